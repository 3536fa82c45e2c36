using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Assessments;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="DimensionWeight"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class DimensionWeightJsonConverter : JsonConverter<DimensionWeight>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static DimensionWeightJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override DimensionWeight Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? dimension = null;
        decimal? weight = null;
        JsonObjectReading.ReadObject(ref reader, "DimensionWeight", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "dimension":
                    dimension = JsonObjectReading.GetNullableString(ref r, "dimension");
                    break;
                case "weight":
                    weight = JsonReading.GetDecimal(ref r, "weight");
                    break;
                default:
                    throw JsonReading.UnknownProperty("DimensionWeight", property);
            }
        });

        return JsonObjectReading.Create("DimensionWeight", () => new DimensionWeight(
            dimension: JsonObjectReading.Required(dimension, "DimensionWeight", "dimension"),
            weight: JsonObjectReading.Required(weight, "DimensionWeight", "weight")));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DimensionWeight value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("dimension", value.Dimension);
        writer.WriteNumber("weight", value.Weight);
        writer.WriteEndObject();
    }
}
