using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HospitalDomain.Metrics;
using HospitalDomain.Organizations;
using HospitalDomain.Serialization;

namespace HospitalDomain.Consumer.Tests;

/// <summary>
/// A value of the consumer's that holds library types (a list, a dictionary, an immutable array, a
/// record), with the JSON expected for it: the library's parts exactly as the library writes them
/// alone, the consumer's own names as the consumer's options make them.
/// </summary>
public abstract class ConsumerShape
{
    private static readonly Dictionary<string, ConsumerShape> Shapes = new ConsumerShape[]
    {
        new ConsumerShape<List<Hospital>>(
            "List<Hospital>",
            [Samples.Hebei, Samples.Shouyang],
            ConsumerJsonContext.Default.ListHospital,
            (_, _) => $"[{Alone(Samples.Hebei)},{Alone(Samples.Shouyang)}]",
            (actual, expected) => actual.Should().Equal(expected)),
        new ConsumerShape<Dictionary<string, MetricSet>>(
            "Dictionary<string, MetricSet>",
            new() { ["XuzhouCentral"] = Samples.Xuzhou2021, ["XuzhouFirstHalf"] = Samples.Xuzhou2023H1 },
            ConsumerJsonContext.Default.DictionaryStringMetricSet,
            (_, keys) => $"{{\"{Named(keys, "XuzhouCentral")}\":{Alone(Samples.Xuzhou2021)},\"{Named(keys, "XuzhouFirstHalf")}\":{Alone(Samples.Xuzhou2023H1)}}}",
            (actual, expected) => actual.Should().Equal(expected)),
        new ConsumerShape<ImmutableArray<ReportingPeriod>>(
            "ImmutableArray<ReportingPeriod>",
            Samples.Periods,
            ConsumerJsonContext.Default.ImmutableArrayReportingPeriod,
            (_, _) => "[" + string.Join(",", Samples.Periods.Select(Alone)) + "]",
            (actual, expected) => actual.Should().Equal(expected)),
        new ConsumerShape<Dictionary<ReportingPeriod, decimal>>(
            "Dictionary<ReportingPeriod, decimal>",
            Samples.Periods.Select((p, i) => KeyValuePair.Create(p, 1.5m * i)).ToDictionary(),
            ConsumerJsonContext.Default.DictionaryReportingPeriodDecimal,
            (_, _) => "{" + string.Join(",", Samples.Periods.Select((p, i) => Alone(p) + ":" + (1.5m * i).ToString(CultureInfo.InvariantCulture))) + "}",
            (actual, expected) => actual.Should().Equal(expected)),
        new ConsumerShape<Ward>(
            "Ward",
            Samples.CardiologyWard,
            ConsumerJsonContext.Default.Ward,
            (policy, _) => $"{{\"{Named(policy, "WardName")}\":\"Cardiology ward\",\"{Named(policy, "Hospital")}\":{Alone(Samples.Hebei)},"
                + $"\"{Named(policy, "Figures")}\":{Alone(Samples.Xuzhou2021)},\"{Named(policy, "OpenedOn")}\":\"2020-05-01\"}}",
            (actual, expected) => actual.Should().Be(expected)),
    }.ToDictionary(s => s.Name);

    /// <summary>The names of every shape, for theories.</summary>
    public static IEnumerable<string> Names => Shapes.Keys;

    public abstract string Name { get; }

    /// <summary>The shape named <paramref name="name"/>.</summary>
    public static ConsumerShape Named(string name) => Shapes[name];

    /// <summary>The JSON the library writes for a value alone, through its own source-generated context.</summary>
    public static string Alone(Hospital value) => JsonSerializer.Serialize(value, HospitalDomainJsonContext.Default.Hospital);

    /// <inheritdoc cref="Alone(Hospital)"/>
    public static string Alone(MetricSet value) => JsonSerializer.Serialize(value, HospitalDomainJsonContext.Default.MetricSet);

    /// <inheritdoc cref="Alone(Hospital)"/>
    public static string Alone(ReportingPeriod value) => JsonSerializer.Serialize(value, HospitalDomainJsonContext.Default.ReportingPeriod);

    /// <summary>JSON text without insignificant white space, strings escaped as System.Text.Json does by default.</summary>
    public static string Minify(string json)
    {
        using var document = JsonDocument.Parse(json);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            document.RootElement.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The JSON expected when the consumer's own member names follow <paramref name="propertyPolicy"/> and its string keys <paramref name="keyPolicy"/> (null: as declared).</summary>
    public abstract string ExpectedJson(JsonNamingPolicy? propertyPolicy = null, JsonNamingPolicy? keyPolicy = null);

    /// <summary>Writes the value with the serializer's options overload, as a reflection-based application calls it.</summary>
    public abstract string Serialize(JsonSerializerOptions options);

    /// <summary>Reads <paramref name="json"/> with <paramref name="options"/> and asserts the value equals the original.</summary>
    public abstract void ReadBackShouldEqual(string json, JsonSerializerOptions options);

    /// <summary>Writes the value with the consumer context's own metadata property, as an AOT application calls it.</summary>
    public abstract string SerializeWithContextMetadata();

    /// <summary>Reads <paramref name="json"/> with the consumer context's own metadata property and asserts the value equals the original.</summary>
    public abstract void ReadBackWithContextMetadataShouldEqual(string json);

    public override string ToString() => Name;

    private static string Named(JsonNamingPolicy? policy, string name) => policy?.ConvertName(name) ?? name;
}

/// <summary>A <see cref="ConsumerShape"/> of values of type <typeparamref name="T"/>.</summary>
internal sealed class ConsumerShape<T>(string name, T value, JsonTypeInfo<T> contextMetadata, Func<JsonNamingPolicy?, JsonNamingPolicy?, string> expectedJson, Action<T, T> shouldEqual)
    : ConsumerShape
{
    public override string Name => name;

    public override string ExpectedJson(JsonNamingPolicy? propertyPolicy = null, JsonNamingPolicy? keyPolicy = null) => expectedJson(propertyPolicy, keyPolicy);

    public override string Serialize(JsonSerializerOptions options) => JsonSerializer.Serialize(value, options);

    public override void ReadBackShouldEqual(string json, JsonSerializerOptions options) =>
        shouldEqual(JsonSerializer.Deserialize<T>(json, options)!, value);

    public override string SerializeWithContextMetadata() => JsonSerializer.Serialize(value, contextMetadata);

    public override void ReadBackWithContextMetadataShouldEqual(string json) =>
        shouldEqual(JsonSerializer.Deserialize(json, contextMetadata)!, value);
}
