using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Assessments;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="IndicatorStatistics"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class IndicatorStatisticsJsonConverter : JsonConverter<IndicatorStatistics>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static IndicatorStatisticsJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override IndicatorStatistics Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? indicatorCode = null;
        string? peerGroup = null;
        int? count = null;
        ImmutableArray<decimal> deciles = [];
        decimal? lowerQuartile = null;
        decimal? median = null;
        decimal? upperQuartile = null;
        JsonObjectReading.ReadObject(ref reader, "IndicatorStatistics", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "indicatorCode":
                    indicatorCode = JsonObjectReading.GetNullableString(ref r, "indicatorCode");
                    break;
                case "peerGroup":
                    peerGroup = JsonObjectReading.GetNullableString(ref r, "peerGroup");
                    break;
                case "count":
                    count = JsonReading.GetInt32(ref r, "count");
                    break;
                case "deciles":
                    deciles = JsonObjectReading.GetArray(ref r, options, "deciles", (ref Utf8JsonReader e, JsonSerializerOptions o) => JsonReading.GetDecimal(ref e, "deciles"));
                    break;
                case "lowerQuartile":
                    lowerQuartile = JsonReading.GetDecimal(ref r, "lowerQuartile");
                    break;
                case "median":
                    median = JsonReading.GetDecimal(ref r, "median");
                    break;
                case "upperQuartile":
                    upperQuartile = JsonReading.GetDecimal(ref r, "upperQuartile");
                    break;
                default:
                    throw JsonReading.UnknownProperty("IndicatorStatistics", property);
            }
        });

        return JsonObjectReading.Create("IndicatorStatistics", () => new IndicatorStatistics(
            indicatorCode: JsonObjectReading.Required(indicatorCode, "IndicatorStatistics", "indicatorCode"),
            peerGroup: JsonObjectReading.Required(peerGroup, "IndicatorStatistics", "peerGroup"),
            count: JsonObjectReading.Required(count, "IndicatorStatistics", "count"),
            deciles: deciles,
            lowerQuartile: lowerQuartile,
            median: median,
            upperQuartile: upperQuartile));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IndicatorStatistics value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("indicatorCode", value.IndicatorCode);
        writer.WriteString("peerGroup", value.PeerGroup);
        writer.WriteNumber("count", value.Count);
        if (!value.Deciles.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("deciles");
            foreach (var item in value.Deciles)
            {
                writer.WriteNumberValue(item);
            }
            writer.WriteEndArray();
        }
        JsonObjectReading.WriteOptional(writer, "lowerQuartile", value.LowerQuartile);
        JsonObjectReading.WriteOptional(writer, "median", value.Median);
        JsonObjectReading.WriteOptional(writer, "upperQuartile", value.UpperQuartile);
        writer.WriteEndObject();
    }
}
