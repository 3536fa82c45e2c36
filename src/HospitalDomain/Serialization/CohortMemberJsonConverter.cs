using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Assessments;
using HospitalDomain.Indicators;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="CohortMember"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class CohortMemberJsonConverter : JsonConverter<CohortMember>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static CohortMemberJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override CohortMember Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? entity = null;
        string? peerGroup = null;
        IndicatorEvaluation? evaluation = null;
        JsonObjectReading.ReadObject(ref reader, "CohortMember", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "entity":
                    entity = JsonObjectReading.GetNullableString(ref r, "entity");
                    break;
                case "peerGroup":
                    peerGroup = JsonObjectReading.GetNullableString(ref r, "peerGroup");
                    break;
                case "evaluation":
                    evaluation = IndicatorEvaluationJsonConverter.Instance.Read(ref r, typeof(IndicatorEvaluation), options);
                    break;
                default:
                    throw JsonReading.UnknownProperty("CohortMember", property);
            }
        });

        return JsonObjectReading.Create("CohortMember", () => new CohortMember(
            entity: JsonObjectReading.Required(entity, "CohortMember", "entity"),
            peerGroup: JsonObjectReading.Required(peerGroup, "CohortMember", "peerGroup"),
            evaluation: JsonObjectReading.Required(evaluation, "CohortMember", "evaluation")));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CohortMember value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("entity", value.Entity);
        writer.WriteString("peerGroup", value.PeerGroup);
        JsonObjectReading.Write(writer, "evaluation", value.Evaluation, IndicatorEvaluationJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
