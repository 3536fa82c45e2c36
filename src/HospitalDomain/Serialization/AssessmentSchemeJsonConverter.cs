using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Assessments;
using HospitalDomain.Indicators;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="AssessmentScheme"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class AssessmentSchemeJsonConverter : JsonConverter<AssessmentScheme>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static AssessmentSchemeJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override AssessmentScheme Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? id = null;
        string? title = null;
        string? editionId = null;
        ImmutableArray<IndicatorScoring>? rules = null;
        ImmutableArray<GradeBand>? gradeBands = null;
        GradeBandMode gradeMode = default;
        MissingDataRule missingData = default;
        bool illustrative = true;
        ImmutableArray<DimensionWeight> dimensionWeights = [];
        JsonObjectReading.ReadObject(ref reader, "AssessmentScheme", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "id":
                    id = JsonObjectReading.GetNullableString(ref r, "id");
                    break;
                case "title":
                    title = JsonObjectReading.GetNullableString(ref r, "title");
                    break;
                case "editionId":
                    editionId = JsonObjectReading.GetNullableString(ref r, "editionId");
                    break;
                case "rules":
                    rules = JsonObjectReading.GetArray(ref r, options, "rules", (ref Utf8JsonReader e, JsonSerializerOptions o) => IndicatorScoringJsonConverter.Instance.Read(ref e, typeof(IndicatorScoring), o));
                    break;
                case "gradeBands":
                    gradeBands = JsonObjectReading.GetArray(ref r, options, "gradeBands", (ref Utf8JsonReader e, JsonSerializerOptions o) => GradeBandJsonConverter.Instance.Read(ref e, typeof(GradeBand), o));
                    break;
                case "gradeMode":
                    gradeMode = JsonObjectReading.GetEnum<GradeBandMode>(ref r, "gradeMode");
                    break;
                case "missingData":
                    missingData = JsonObjectReading.GetEnum<MissingDataRule>(ref r, "missingData");
                    break;
                case "dimensionWeights":
                    dimensionWeights = JsonObjectReading.GetArray(ref r, options, "dimensionWeights", (ref Utf8JsonReader e, JsonSerializerOptions o) => DimensionWeightJsonConverter.Instance.Read(ref e, typeof(DimensionWeight), o));
                    break;
                case "illustrative":
                    illustrative = JsonReading.GetBoolean(ref r, "illustrative");
                    break;
                default:
                    throw JsonReading.UnknownProperty("AssessmentScheme", property);
            }
        });

        return JsonObjectReading.Create("AssessmentScheme", () => new AssessmentScheme(
            id: JsonObjectReading.Required(id, "AssessmentScheme", "id"),
            title: JsonObjectReading.Required(title, "AssessmentScheme", "title"),
            editionId: JsonObjectReading.Required(editionId, "AssessmentScheme", "editionId"),
            rules: JsonObjectReading.Required(rules, "AssessmentScheme", "rules"),
            gradeBands: JsonObjectReading.Required(gradeBands, "AssessmentScheme", "gradeBands"),
            gradeMode: gradeMode,
            missingData: missingData,
            illustrative: illustrative,
            dimensionWeights: dimensionWeights));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AssessmentScheme value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteString("title", value.Title);
        writer.WriteString("editionId", value.EditionId);
        JsonObjectReading.WriteArray(writer, "rules", value.Rules, IndicatorScoringJsonConverter.Instance, options);
        JsonObjectReading.WriteArray(writer, "gradeBands", value.GradeBands, GradeBandJsonConverter.Instance, options);
        if (!value.DimensionWeights.IsEmpty)
        {
            JsonObjectReading.WriteArray(writer, "dimensionWeights", value.DimensionWeights, DimensionWeightJsonConverter.Instance, options);
        }

        if (value.GradeMode != default)
        {
            JsonObjectReading.WriteEnum(writer, "gradeMode", value.GradeMode);
        }
        if (value.MissingData != default)
        {
            JsonObjectReading.WriteEnum(writer, "missingData", value.MissingData);
        }
        writer.WriteBoolean("illustrative", value.Illustrative);
        writer.WriteEndObject();
    }
}
