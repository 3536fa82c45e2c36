using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Governance;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="TargetScore"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class TargetScoreJsonConverter : JsonConverter<TargetScore>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static TargetScoreJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override TargetScore Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        AgreementTarget? target = null;
        TargetOutcome? outcome = null;
        decimal? points = null;
        decimal? actual = null;
        JsonObjectReading.ReadObject(ref reader, "TargetScore", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "target":
                    target = AgreementTargetJsonConverter.Instance.Read(ref r, typeof(AgreementTarget), options);
                    break;
                case "outcome":
                    outcome = JsonObjectReading.GetEnum<TargetOutcome>(ref r, "outcome");
                    break;
                case "points":
                    points = JsonReading.GetDecimal(ref r, "points");
                    break;
                case "actual":
                    actual = JsonReading.GetDecimal(ref r, "actual");
                    break;
                default:
                    throw JsonReading.UnknownProperty("TargetScore", property);
            }
        });

        return JsonObjectReading.Create("TargetScore", () => new TargetScore(
            target: JsonObjectReading.Required(target, "TargetScore", "target"),
            outcome: JsonObjectReading.Required(outcome, "TargetScore", "outcome"),
            points: JsonObjectReading.Required(points, "TargetScore", "points"),
            actual: actual));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TargetScore value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        JsonObjectReading.Write(writer, "target", value.Target, AgreementTargetJsonConverter.Instance, options);
        JsonObjectReading.WriteEnum(writer, "outcome", value.Outcome);
        writer.WriteNumber("points", value.Points);
        JsonObjectReading.WriteOptional(writer, "actual", value.Actual);
        writer.WriteEndObject();
    }
}
