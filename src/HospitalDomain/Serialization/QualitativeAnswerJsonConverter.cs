using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Assessments;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="QualitativeAnswer"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class QualitativeAnswerJsonConverter : JsonConverter<QualitativeAnswer>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static QualitativeAnswerJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override QualitativeAnswer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? entity = null;
        string? indicatorCode = null;
        decimal? points = null;
        JsonObjectReading.ReadObject(ref reader, "QualitativeAnswer", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "entity":
                    entity = JsonObjectReading.GetNullableString(ref r, "entity");
                    break;
                case "indicatorCode":
                    indicatorCode = JsonObjectReading.GetNullableString(ref r, "indicatorCode");
                    break;
                case "points":
                    points = JsonReading.GetDecimal(ref r, "points");
                    break;
                default:
                    throw JsonReading.UnknownProperty("QualitativeAnswer", property);
            }
        });

        return JsonObjectReading.Create("QualitativeAnswer", () => new QualitativeAnswer(
            entity: JsonObjectReading.Required(entity, "QualitativeAnswer", "entity"),
            indicatorCode: JsonObjectReading.Required(indicatorCode, "QualitativeAnswer", "indicatorCode"),
            points: JsonObjectReading.Required(points, "QualitativeAnswer", "points")));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, QualitativeAnswer value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("entity", value.Entity);
        writer.WriteString("indicatorCode", value.IndicatorCode);
        writer.WriteNumber("points", value.Points);
        writer.WriteEndObject();
    }
}
