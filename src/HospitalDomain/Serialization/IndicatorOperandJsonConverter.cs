using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="IndicatorOperand"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class IndicatorOperandJsonConverter : JsonConverter<IndicatorOperand>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static IndicatorOperandJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override IndicatorOperand Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ImmutableArray<string>? metrics = null;
        string? description = null;
        JsonObjectReading.ReadObject(ref reader, "IndicatorOperand", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "metrics":
                    metrics = JsonObjectReading.GetStringArray(ref r, options, "metrics");
                    break;
                case "description":
                    description = JsonObjectReading.GetNullableString(ref r, "description");
                    break;
                default:
                    throw JsonReading.UnknownProperty("IndicatorOperand", property);
            }
        });

        return JsonObjectReading.Create("IndicatorOperand", () => new IndicatorOperand(
            metrics: JsonObjectReading.Required(metrics, "IndicatorOperand", "metrics"),
            description: JsonObjectReading.Required(description, "IndicatorOperand", "description")));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IndicatorOperand value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        JsonObjectReading.WriteStringArray(writer, "metrics", value.Metrics);
        writer.WriteString("description", value.Description);
        writer.WriteEndObject();
    }
}
