using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Assessments;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="DimensionTotal"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class DimensionTotalJsonConverter : JsonConverter<DimensionTotal>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static DimensionTotalJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override DimensionTotal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? dimension = null;
        decimal? points = null;
        decimal? weight = null;
        JsonObjectReading.ReadObject(ref reader, "DimensionTotal", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "dimension":
                    dimension = JsonObjectReading.GetNullableString(ref r, "dimension");
                    break;
                case "points":
                    points = JsonReading.GetDecimal(ref r, "points");
                    break;
                case "weight":
                    weight = JsonReading.GetDecimal(ref r, "weight");
                    break;
                default:
                    throw JsonReading.UnknownProperty("DimensionTotal", property);
            }
        });

        return JsonObjectReading.Create("DimensionTotal", () => new DimensionTotal(
            dimension: JsonObjectReading.Required(dimension, "DimensionTotal", "dimension"),
            points: JsonObjectReading.Required(points, "DimensionTotal", "points"),
            weight: JsonObjectReading.Required(weight, "DimensionTotal", "weight")));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DimensionTotal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("dimension", value.Dimension);
        writer.WriteNumber("points", value.Points);
        writer.WriteNumber("weight", value.Weight);
        writer.WriteEndObject();
    }
}
