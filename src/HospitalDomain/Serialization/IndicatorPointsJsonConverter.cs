using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Assessments;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="IndicatorPoints"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class IndicatorPointsJsonConverter : JsonConverter<IndicatorPoints>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static IndicatorPointsJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override IndicatorPoints Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? indicatorCode = null;
        string? dimension = null;
        decimal? weight = null;
        decimal? points = null;
        decimal? indicatorValue = null;
        decimal? percentileRank = null;
        bool missing = false;
        int? rank = null;
        JsonObjectReading.ReadObject(ref reader, "IndicatorPoints", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "indicatorCode":
                    indicatorCode = JsonObjectReading.GetNullableString(ref r, "indicatorCode");
                    break;
                case "dimension":
                    dimension = JsonObjectReading.GetNullableString(ref r, "dimension");
                    break;
                case "weight":
                    weight = JsonReading.GetDecimal(ref r, "weight");
                    break;
                case "points":
                    points = JsonReading.GetDecimal(ref r, "points");
                    break;
                case "indicatorValue":
                    indicatorValue = JsonReading.GetDecimal(ref r, "indicatorValue");
                    break;
                case "percentileRank":
                    percentileRank = JsonReading.GetDecimal(ref r, "percentileRank");
                    break;
                case "rank":
                    rank = JsonReading.GetInt32(ref r, "rank");
                    break;
                case "missing":
                    missing = JsonReading.GetBoolean(ref r, "missing");
                    break;
                default:
                    throw JsonReading.UnknownProperty("IndicatorPoints", property);
            }
        });

        return JsonObjectReading.Create("IndicatorPoints", () => new IndicatorPoints(
            indicatorCode: JsonObjectReading.Required(indicatorCode, "IndicatorPoints", "indicatorCode"),
            dimension: JsonObjectReading.Required(dimension, "IndicatorPoints", "dimension"),
            weight: JsonObjectReading.Required(weight, "IndicatorPoints", "weight"),
            points: JsonObjectReading.Required(points, "IndicatorPoints", "points"),
            indicatorValue: indicatorValue,
            percentileRank: percentileRank,
            missing: missing,
            rank: rank));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IndicatorPoints value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("indicatorCode", value.IndicatorCode);
        writer.WriteString("dimension", value.Dimension);
        writer.WriteNumber("weight", value.Weight);
        writer.WriteNumber("points", value.Points);
        JsonObjectReading.WriteOptional(writer, "indicatorValue", value.IndicatorValue);
        JsonObjectReading.WriteOptional(writer, "percentileRank", value.PercentileRank);
        if (value.Rank is { } rank)
        {
            writer.WriteNumber("rank", rank);
        }

        if (value.Missing)
        {
            writer.WriteBoolean("missing", true);
        }
        writer.WriteEndObject();
    }
}
