using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Assessments;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="GradeBand"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class GradeBandJsonConverter : JsonConverter<GradeBand>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static GradeBandJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override GradeBand Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? grade = null;
        decimal? bound = null;
        JsonObjectReading.ReadObject(ref reader, "GradeBand", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "grade":
                    grade = JsonObjectReading.GetNullableString(ref r, "grade");
                    break;
                case "bound":
                    bound = JsonReading.GetDecimal(ref r, "bound");
                    break;
                default:
                    throw JsonReading.UnknownProperty("GradeBand", property);
            }
        });

        return JsonObjectReading.Create("GradeBand", () => new GradeBand(
            grade: JsonObjectReading.Required(grade, "GradeBand", "grade"),
            bound: JsonObjectReading.Required(bound, "GradeBand", "bound")));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, GradeBand value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("grade", value.Grade);
        writer.WriteNumber("bound", value.Bound);
        writer.WriteEndObject();
    }
}
