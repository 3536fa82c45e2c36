using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Tests.Serialization;

/// <summary>
/// Reading any type of the library from malformed JSON fails with a <see cref="JsonException"/>
/// that carries a path, never with another exception type: wrong token types, numbers out of
/// range, unknown enumeration names, truncated input and nesting far beyond the limit.
/// </summary>
public sealed class JsonRobustnessTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForHospitalDomain();

    public static TheoryData<string> ContextTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in SerializableTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    public static TheoryData<string, string> MalformedInputs() => new()
    {
        { "wrong token: number", "12" },
        { "wrong token: boolean", "true" },
        { "wrong token: array", "[1]" },
        { "wrong token: object", "{\"unknown\":1}" },
        { "wrong token: string", "\"noSuchValue\"" },
        { "number out of range", "1e400" },
        { "number out of range in an object", "{\"numerator\":1e400,\"denominator\":1e400,\"name\":1e400}" },
        { "truncated object", "{\"name\":\"x\"," },
        { "truncated string", "\"2023" },
        { "truncated array", "[" },
        { "nested 1000 deep", new string('[', 1000) + new string(']', 1000) },
        { "nested objects 1000 deep", string.Concat(Enumerable.Repeat("{\"a\":", 1000)) + "1" + new string('}', 1000) },
    };

    [Theory]
    [MemberData(nameof(ContextTypes))]
    public void EveryMalformedInput_GivesAJsonExceptionWithAPath(string typeName)
    {
        var type = SerializableTypes().Single(t => t.FullName == typeName);
        foreach (var (label, json) in MalformedInputs().Select(row => ((string)row[0], (string)row[1])))
        {
            Exception? thrown = null;
            try
            {
                JsonSerializer.Deserialize(json, type, Options);
            }
            catch (Exception e)
            {
                thrown = e;
            }

            if (thrown is null)
            {
                // Some inputs are legitimately valid for some types (an enum array of one element, say); only failures are checked.
                continue;
            }

            thrown.Should().BeOfType<JsonException>($"{label} read as {type.Name} must fail with JsonException, not {thrown.GetType().Name}: {thrown.Message}");
            ((JsonException)thrown).Path.Should().NotBeNull($"{label} read as {type.Name} carries a JSON path");
        }
    }

    [Theory]
    [MemberData(nameof(ContextTypes))]
    public void WrongTokenAndTruncation_AlwaysFail(string typeName)
    {
        var type = SerializableTypes().Single(t => t.FullName == typeName);
        foreach (var json in new[] { "{\"name\":\"x\",", "\"2023", new string('[', 1000) + new string(']', 1000), "1e400" })
        {
            var act = () => JsonSerializer.Deserialize(json, type, Options);
            act.Should().ThrowExactly<JsonException>($"{json[..Math.Min(json.Length, 20)]} read as {type.Name}");
        }
    }

    private static IEnumerable<Type> SerializableTypes() =>
        typeof(HospitalDomainJsonContext).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!);

    [Fact]
    public void UnknownEnumName_NamesTheValueTheAllowedNamesAndThePath()
    {
        var json = """{"institution":"河北中医学院","kind":"sisterHospital"}""";

        var act = () => JsonSerializer.Deserialize<HospitalDomain.Organizations.Affiliation>(json, Options);

        var error = act.Should().ThrowExactly<JsonException>().Which;
        error.Message.Should().Contain("kind 'sisterHospital' is not one of: ").And.Contain("affiliatedHospital").And.Contain(".kind");
        error.Path.Should().NotBeNull();
    }

    [Fact]
    public void EnumNames_AreReadInAnyCase_ButNotAsNumbers()
    {
        JsonSerializer.Deserialize<HospitalDomain.Organizations.Affiliation>("""{"institution":"河北中医学院","kind":"AffiliatedHospital"}""", Options)!
            .Kind.Should().Be(HospitalDomain.Organizations.AffiliationKind.AffiliatedHospital);
        var act = () => JsonSerializer.Deserialize<HospitalDomain.Organizations.Affiliation>("""{"institution":"河北中医学院","kind":"1"}""", Options);
        act.Should().ThrowExactly<JsonException>().WithMessage("*'1' is not one of*");
    }
}
