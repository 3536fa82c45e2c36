using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Assessments;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="CohortAssessment"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class CohortAssessmentJsonConverter : JsonConverter<CohortAssessment>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static CohortAssessmentJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override CohortAssessment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? schemeId = null;
        ImmutableArray<Assessment> assessments = [];
        ImmutableArray<IndicatorStatistics> statistics = [];
        JsonObjectReading.ReadObject(ref reader, "CohortAssessment", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "schemeId":
                    schemeId = JsonObjectReading.GetNullableString(ref r, "schemeId");
                    break;
                case "assessments":
                    assessments = JsonObjectReading.GetArray(ref r, options, "assessments", (ref Utf8JsonReader e, JsonSerializerOptions o) => AssessmentJsonConverter.Instance.Read(ref e, typeof(Assessment), o));
                    break;
                case "statistics":
                    statistics = JsonObjectReading.GetArray(ref r, options, "statistics", (ref Utf8JsonReader e, JsonSerializerOptions o) => IndicatorStatisticsJsonConverter.Instance.Read(ref e, typeof(IndicatorStatistics), o));
                    break;
                default:
                    throw JsonReading.UnknownProperty("CohortAssessment", property);
            }
        });

        return JsonObjectReading.Create("CohortAssessment", () => new CohortAssessment(
            schemeId: JsonObjectReading.Required(schemeId, "CohortAssessment", "schemeId"),
            assessments: assessments,
            statistics: statistics));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CohortAssessment value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("schemeId", value.SchemeId);
        JsonObjectReading.WriteArray(writer, "assessments", value.Assessments, AssessmentJsonConverter.Instance, options);
        JsonObjectReading.WriteArray(writer, "statistics", value.Statistics, IndicatorStatisticsJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
