using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Assessments;
using HospitalDomain.Indicators;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="IndicatorScoring"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class IndicatorScoringJsonConverter : JsonConverter<IndicatorScoring>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static IndicatorScoringJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override IndicatorScoring Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? indicatorCode = null;
        decimal? weight = null;
        ScoringMethod? method = null;
        string? dimension = null;
        ImmutableArray<ScoreBand> bands = [];
        decimal? floor = null;
        decimal? target = null;
        bool scoreMonitorOnly = false;
        JsonObjectReading.ReadObject(ref reader, "IndicatorScoring", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "indicatorCode":
                    indicatorCode = JsonObjectReading.GetNullableString(ref r, "indicatorCode");
                    break;
                case "weight":
                    weight = JsonReading.GetDecimal(ref r, "weight");
                    break;
                case "method":
                    method = JsonObjectReading.GetEnum<ScoringMethod>(ref r, "method");
                    break;
                case "dimension":
                    dimension = JsonObjectReading.GetNullableString(ref r, "dimension");
                    break;
                case "bands":
                    bands = JsonObjectReading.GetArray(ref r, options, "bands", (ref Utf8JsonReader e, JsonSerializerOptions o) => ScoreBandJsonConverter.Instance.Read(ref e, typeof(ScoreBand), o));
                    break;
                case "floor":
                    floor = JsonReading.GetDecimal(ref r, "floor");
                    break;
                case "target":
                    target = JsonReading.GetDecimal(ref r, "target");
                    break;
                case "scoreMonitorOnly":
                    scoreMonitorOnly = JsonReading.GetBoolean(ref r, "scoreMonitorOnly");
                    break;
                default:
                    throw JsonReading.UnknownProperty("IndicatorScoring", property);
            }
        });

        return JsonObjectReading.Create("IndicatorScoring", () => new IndicatorScoring(
            indicatorCode: JsonObjectReading.Required(indicatorCode, "IndicatorScoring", "indicatorCode"),
            weight: JsonObjectReading.Required(weight, "IndicatorScoring", "weight"),
            method: JsonObjectReading.Required(method, "IndicatorScoring", "method"),
            dimension: dimension,
            bands: bands,
            floor: floor,
            target: target,
            scoreMonitorOnly: scoreMonitorOnly));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IndicatorScoring value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("indicatorCode", value.IndicatorCode);
        writer.WriteNumber("weight", value.Weight);
        JsonObjectReading.WriteEnum(writer, "method", value.Method);
        JsonObjectReading.WriteOptional(writer, "dimension", value.Dimension);
        JsonObjectReading.WriteArray(writer, "bands", value.Bands, ScoreBandJsonConverter.Instance, options);
        JsonObjectReading.WriteOptional(writer, "floor", value.Floor);
        JsonObjectReading.WriteOptional(writer, "target", value.Target);
        if (value.ScoreMonitorOnly)
        {
            writer.WriteBoolean("scoreMonitorOnly", true);
        }
        writer.WriteEndObject();
    }
}
