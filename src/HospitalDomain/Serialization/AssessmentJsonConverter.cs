using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Assessments;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="Assessment"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class AssessmentJsonConverter : JsonConverter<Assessment>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static AssessmentJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override Assessment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? entity = null;
        string? peerGroup = null;
        ImmutableArray<IndicatorPoints> points = [];
        ImmutableArray<DimensionTotal> dimensions = [];
        decimal? total = null;
        string? grade = null;
        int? rank = null;
        int? peerCount = null;
        ImmutableArray<string> lifted = [];
        ImmutableArray<string> cost = [];
        decimal? previousTotal = null;
        string? previousGrade = null;
        JsonObjectReading.ReadObject(ref reader, "Assessment", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "entity":
                    entity = JsonObjectReading.GetNullableString(ref r, "entity");
                    break;
                case "peerGroup":
                    peerGroup = JsonObjectReading.GetNullableString(ref r, "peerGroup");
                    break;
                case "points":
                    points = JsonObjectReading.GetArray(ref r, options, "points", (ref Utf8JsonReader e, JsonSerializerOptions o) => IndicatorPointsJsonConverter.Instance.Read(ref e, typeof(IndicatorPoints), o));
                    break;
                case "dimensions":
                    dimensions = JsonObjectReading.GetArray(ref r, options, "dimensions", (ref Utf8JsonReader e, JsonSerializerOptions o) => DimensionTotalJsonConverter.Instance.Read(ref e, typeof(DimensionTotal), o));
                    break;
                case "total":
                    total = JsonReading.GetDecimal(ref r, "total");
                    break;
                case "grade":
                    grade = JsonObjectReading.GetNullableString(ref r, "grade");
                    break;
                case "rank":
                    rank = JsonReading.GetInt32(ref r, "rank");
                    break;
                case "peerCount":
                    peerCount = JsonReading.GetInt32(ref r, "peerCount");
                    break;
                case "lifted":
                    lifted = JsonObjectReading.GetStringArray(ref r, options, "lifted");
                    break;
                case "cost":
                    cost = JsonObjectReading.GetStringArray(ref r, options, "cost");
                    break;
                case "previousTotal":
                    previousTotal = JsonReading.GetDecimal(ref r, "previousTotal");
                    break;
                case "previousGrade":
                    previousGrade = JsonObjectReading.GetNullableString(ref r, "previousGrade");
                    break;
                default:
                    throw JsonReading.UnknownProperty("Assessment", property);
            }
        });

        return JsonObjectReading.Create("Assessment", () => new Assessment(
            entity: JsonObjectReading.Required(entity, "Assessment", "entity"),
            peerGroup: JsonObjectReading.Required(peerGroup, "Assessment", "peerGroup"),
            points: points,
            dimensions: dimensions,
            total: JsonObjectReading.Required(total, "Assessment", "total"),
            grade: JsonObjectReading.Required(grade, "Assessment", "grade"),
            rank: JsonObjectReading.Required(rank, "Assessment", "rank"),
            peerCount: JsonObjectReading.Required(peerCount, "Assessment", "peerCount"),
            lifted: lifted,
            cost: cost,
            previousTotal: previousTotal,
            previousGrade: previousGrade));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Assessment value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("entity", value.Entity);
        writer.WriteString("peerGroup", value.PeerGroup);
        JsonObjectReading.WriteArray(writer, "points", value.Points, IndicatorPointsJsonConverter.Instance, options);
        JsonObjectReading.WriteArray(writer, "dimensions", value.Dimensions, DimensionTotalJsonConverter.Instance, options);
        writer.WriteNumber("total", value.Total);
        writer.WriteString("grade", value.Grade);
        writer.WriteNumber("rank", value.Rank);
        writer.WriteNumber("peerCount", value.PeerCount);
        JsonObjectReading.WriteStringArray(writer, "lifted", value.Lifted);
        JsonObjectReading.WriteStringArray(writer, "cost", value.Cost);
        JsonObjectReading.WriteOptional(writer, "previousTotal", value.PreviousTotal);
        JsonObjectReading.WriteOptional(writer, "previousGrade", value.PreviousGrade);
        writer.WriteEndObject();
    }
}
