using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Accreditation;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="CriterionResult"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class CriterionResultJsonConverter : JsonConverter<CriterionResult>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static CriterionResultJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override CriterionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? articleNumber = null;
        Criterion? criterion = null;
        CriterionOutcome? outcome = null;
        decimal? actual = null;
        string? explanation = null;
        string? shortfall = null;
        ImmutableArray<string> missingInputs = [];
        JsonObjectReading.ReadObject(ref reader, "CriterionResult", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "articleNumber":
                    articleNumber = JsonObjectReading.GetNullableString(ref r, "articleNumber");
                    break;
                case "criterion":
                    criterion = CriterionJsonConverter.Instance.Read(ref r, typeof(Criterion), options);
                    break;
                case "outcome":
                    outcome = JsonObjectReading.GetEnum<CriterionOutcome>(ref r, "outcome");
                    break;
                case "actual":
                    actual = JsonReading.GetDecimal(ref r, "actual");
                    break;
                case "explanation":
                    explanation = JsonObjectReading.GetNullableString(ref r, "explanation");
                    break;
                case "shortfall":
                    shortfall = JsonObjectReading.GetNullableString(ref r, "shortfall");
                    break;
                case "missingInputs":
                    missingInputs = JsonObjectReading.GetStringArray(ref r, options, "missingInputs");
                    break;
                default:
                    throw JsonReading.UnknownProperty("CriterionResult", property);
            }
        });

        return JsonObjectReading.Create("CriterionResult", () => new CriterionResult(
            articleNumber: JsonObjectReading.Required(articleNumber, "CriterionResult", "articleNumber"),
            criterion: JsonObjectReading.Required(criterion, "CriterionResult", "criterion"),
            outcome: JsonObjectReading.Required(outcome, "CriterionResult", "outcome"),
            actual: actual,
            explanation: JsonObjectReading.Required(explanation, "CriterionResult", "explanation"),
            shortfall: shortfall,
            missingInputs: missingInputs));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CriterionResult value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("articleNumber", value.ArticleNumber);
        JsonObjectReading.Write(writer, "criterion", value.Criterion, CriterionJsonConverter.Instance, options);
        JsonObjectReading.WriteEnum(writer, "outcome", value.Outcome);
        JsonObjectReading.WriteOptional(writer, "actual", value.Actual);
        writer.WriteString("explanation", value.Explanation);
        JsonObjectReading.WriteOptional(writer, "shortfall", value.Shortfall);
        JsonObjectReading.WriteStringArray(writer, "missingInputs", value.MissingInputs);
        writer.WriteEndObject();
    }
}
