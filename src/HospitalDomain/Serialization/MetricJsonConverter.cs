using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Metrics;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="Metric"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class MetricJsonConverter : JsonConverter<Metric>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static MetricJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override Metric Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? code = null;
        string? chineseName = null;
        string? englishName = null;
        Unit? unit = null;
        MetricKind? kind = null;
        string? description = null;
        JsonObjectReading.ReadObject(ref reader, "Metric", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "code":
                    code = JsonObjectReading.GetNullableString(ref r, "code");
                    break;
                case "chineseName":
                    chineseName = JsonObjectReading.GetNullableString(ref r, "chineseName");
                    break;
                case "englishName":
                    englishName = JsonObjectReading.GetNullableString(ref r, "englishName");
                    break;
                case "unit":
                    unit = JsonObjectReading.GetEnum<Unit>(ref r, "unit");
                    break;
                case "kind":
                    kind = JsonObjectReading.GetEnum<MetricKind>(ref r, "kind");
                    break;
                case "description":
                    description = JsonObjectReading.GetNullableString(ref r, "description");
                    break;
                default:
                    throw JsonReading.UnknownProperty("Metric", property);
            }
        });

        return JsonObjectReading.Create("Metric", () => Metric.Create(
            code: JsonObjectReading.Required(code, "Metric", "code"),
            chineseName: JsonObjectReading.Required(chineseName, "Metric", "chineseName"),
            englishName: JsonObjectReading.Required(englishName, "Metric", "englishName"),
            unit: JsonObjectReading.Required(unit, "Metric", "unit"),
            kind: JsonObjectReading.Required(kind, "Metric", "kind"),
            description: description));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Metric value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteString("chineseName", value.ChineseName);
        writer.WriteString("englishName", value.EnglishName);
        JsonObjectReading.WriteEnum(writer, "unit", value.Unit);
        JsonObjectReading.WriteEnum(writer, "kind", value.Kind);
        JsonObjectReading.WriteOptional(writer, "description", value.Description);
        writer.WriteEndObject();
    }
}
