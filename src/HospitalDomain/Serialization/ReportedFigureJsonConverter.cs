using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Governance;
using HospitalDomain.Indicators;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="ReportedFigure"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class ReportedFigureJsonConverter : JsonConverter<ReportedFigure>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static ReportedFigureJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override ReportedFigure Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? label = null;
        ChineseNumber? value = null;
        string? unit = null;
        Change? change = null;
        JsonObjectReading.ReadObject(ref reader, "ReportedFigure", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "label":
                    label = JsonObjectReading.GetNullableString(ref r, "label");
                    break;
                case "value":
                    value = ChineseNumberJsonConverter.Instance.Read(ref r, typeof(ChineseNumber), options);
                    break;
                case "unit":
                    unit = JsonObjectReading.GetNullableString(ref r, "unit");
                    break;
                case "change":
                    change = ChangeJsonConverter.Instance.Read(ref r, typeof(Change), options);
                    break;
                default:
                    throw JsonReading.UnknownProperty("ReportedFigure", property);
            }
        });

        return JsonObjectReading.Create("ReportedFigure", () => new ReportedFigure(
            label: JsonObjectReading.Required(label, "ReportedFigure", "label"),
            value: JsonObjectReading.Required(value, "ReportedFigure", "value"),
            unit: unit,
            change: change));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ReportedFigure value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("label", value.Label);
        JsonObjectReading.Write(writer, "value", value.Value, ChineseNumberJsonConverter.Instance, options);
        JsonObjectReading.WriteOptional(writer, "unit", value.Unit);
        JsonObjectReading.WriteOptional(writer, "change", value.Change, ChangeJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
