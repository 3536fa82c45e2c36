using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Indicators;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="IndicatorEntry"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class IndicatorEntryJsonConverter : JsonConverter<IndicatorEntry>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static IndicatorEntryJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override IndicatorEntry Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? serial = null;
        IndicatorDefinition? definition = null;
        string? dimension = null;
        string? subDimension = null;
        bool nationallyMonitored = false;
        JsonObjectReading.ReadObject(ref reader, "IndicatorEntry", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "serial":
                    serial = JsonObjectReading.GetNullableString(ref r, "serial");
                    break;
                case "definition":
                    definition = IndicatorDefinitionJsonConverter.Instance.Read(ref r, typeof(IndicatorDefinition), options);
                    break;
                case "dimension":
                    dimension = JsonObjectReading.GetNullableString(ref r, "dimension");
                    break;
                case "subDimension":
                    subDimension = JsonObjectReading.GetNullableString(ref r, "subDimension");
                    break;
                case "nationallyMonitored":
                    nationallyMonitored = JsonReading.GetBoolean(ref r, "nationallyMonitored");
                    break;
                default:
                    throw JsonReading.UnknownProperty("IndicatorEntry", property);
            }
        });

        return JsonObjectReading.Create("IndicatorEntry", () => new IndicatorEntry(
            serial: JsonObjectReading.Required(serial, "IndicatorEntry", "serial"),
            definition: JsonObjectReading.Required(definition, "IndicatorEntry", "definition"),
            dimension: JsonObjectReading.Required(dimension, "IndicatorEntry", "dimension"),
            subDimension: subDimension,
            nationallyMonitored: nationallyMonitored));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IndicatorEntry value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("serial", value.Serial);
        JsonObjectReading.Write(writer, "definition", value.Definition, IndicatorDefinitionJsonConverter.Instance, options);
        writer.WriteString("dimension", value.Dimension);
        JsonObjectReading.WriteOptional(writer, "subDimension", value.SubDimension);
        if (value.NationallyMonitored)
        {
            writer.WriteBoolean("nationallyMonitored", true);
        }
        writer.WriteEndObject();
    }
}
