using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Assessments;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="ScoreBand"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class ScoreBandJsonConverter : JsonConverter<ScoreBand>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static ScoreBandJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override ScoreBand Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        decimal? threshold = null;
        decimal? points = null;
        JsonObjectReading.ReadObject(ref reader, "ScoreBand", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "threshold":
                    threshold = JsonReading.GetDecimal(ref r, "threshold");
                    break;
                case "points":
                    points = JsonReading.GetDecimal(ref r, "points");
                    break;
                default:
                    throw JsonReading.UnknownProperty("ScoreBand", property);
            }
        });

        return JsonObjectReading.Create("ScoreBand", () => new ScoreBand(
            threshold: JsonObjectReading.Required(threshold, "ScoreBand", "threshold"),
            points: JsonObjectReading.Required(points, "ScoreBand", "points")));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ScoreBand value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteNumber("threshold", value.Threshold);
        writer.WriteNumber("points", value.Points);
        writer.WriteEndObject();
    }
}
