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

        if (entity is null)
        {
            throw JsonReading.MissingProperty("CohortMember", "entity");
        }

        if (peerGroup is null)
        {
            throw JsonReading.MissingProperty("CohortMember", "peerGroup");
        }

        if (evaluation is null)
        {
            throw JsonReading.MissingProperty("CohortMember", "evaluation");
        }

        return JsonObjectReading.Create("CohortMember", () => new CohortMember(entity: entity, peerGroup: peerGroup, evaluation: evaluation));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CohortMember value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("entity", value.Entity);
        writer.WriteString("peerGroup", value.PeerGroup);
        writer.WritePropertyName("evaluation");
        IndicatorEvaluationJsonConverter.Instance.Write(writer, value.Evaluation, options);
        writer.WriteEndObject();
    }
}
