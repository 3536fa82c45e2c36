using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FluentAssertions;
using HospitalDomain.Serialization;

namespace HospitalDomain.Tests.TestHelpers;

/// <summary>
/// Checks a serialized form: the exact JSON text, and the round trip, both with plain
/// <see cref="JsonSerializerOptions"/> (the converter attributes) and with the options set up by
/// <see cref="HospitalDomainJsonOptions.ConfigureForHospitalDomain"/> (source-generated metadata).
/// </summary>
public static class JsonAssert
{
    /// <summary>Options configured for the library, shared by the tests.</summary>
    public static JsonSerializerOptions Options { get; } = new JsonSerializerOptions().ConfigureForHospitalDomain();

    /// <summary>Asserts that <paramref name="value"/> serializes to exactly <paramref name="expectedJson"/> and reads back equal.</summary>
    public static void RoundTrip<T>(T value, string expectedJson)
    {
        var json = JsonSerializer.Serialize(value, Options);
        json.Should().Be(expectedJson);
        var back = JsonSerializer.Deserialize<T>(json, Options);
        back.Should().Be(value);

        // The source-generated context alone must agree.
        var typeInfo = (JsonTypeInfo<T>)HospitalDomainJsonContext.Default.GetTypeInfo(typeof(T))!;
        JsonSerializer.Serialize(value, typeInfo).Should().Be(expectedJson);
        JsonSerializer.Deserialize(json, typeInfo).Should().Be(value);
    }

    /// <summary>Asserts that reading <paramref name="json"/> as <typeparamref name="T"/> fails with a <see cref="JsonException"/> whose path is <paramref name="expectedPath"/>.</summary>
    public static JsonException Invalid<T>(string json, string expectedPath)
    {
        var act = () => JsonSerializer.Deserialize<T>(json, Options);
        var exception = act.Should().ThrowExactly<JsonException>().Which;
        exception.Path.Should().Be(expectedPath);
        return exception;
    }
}
