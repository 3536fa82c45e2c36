using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Governance;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="AgreementAttainment"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class AgreementAttainmentJsonConverter : JsonConverter<AgreementAttainment>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static AgreementAttainmentJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override AgreementAttainment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ImmutableArray<TargetScore> scores = [];
        JsonObjectReading.ReadObject(ref reader, "AgreementAttainment", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "scores":
                    scores = JsonObjectReading.GetArray(ref r, options, "scores", (ref Utf8JsonReader e, JsonSerializerOptions o) => TargetScoreJsonConverter.Instance.Read(ref e, typeof(TargetScore), o));
                    break;
                default:
                    throw JsonReading.UnknownProperty("AgreementAttainment", property);
            }
        });

        return JsonObjectReading.Create("AgreementAttainment", () => new AgreementAttainment(
            scores: scores));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AgreementAttainment value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        JsonObjectReading.WriteArray(writer, "scores", value.Scores, TargetScoreJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
