using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Accreditation;
using HospitalDomain.Departments;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="Criterion"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class CriterionJsonConverter : JsonConverter<Criterion>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static CriterionJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override Criterion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? id = null;
        string? level = null;
        CriterionKind? kind = null;
        string? description = null;
        ProfileMeasure? measure = null;
        ClinicalSubjectCode? subject = null;
        decimal? minimum = null;
        decimal? maximum = null;
        ImmutableArray<ClinicalSubjectCode> requiredSubjects = [];
        ImmutableArray<MergeGroup> mergeGroups = [];
        SourceStatus status = SourceStatus.Secondary;
        JsonObjectReading.ReadObject(ref reader, "Criterion", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "id":
                    id = JsonObjectReading.GetNullableString(ref r, "id");
                    break;
                case "level":
                    level = JsonObjectReading.GetNullableString(ref r, "level");
                    break;
                case "kind":
                    kind = JsonObjectReading.GetEnum<CriterionKind>(ref r, "kind");
                    break;
                case "description":
                    description = JsonObjectReading.GetNullableString(ref r, "description");
                    break;
                case "measure":
                    measure = JsonObjectReading.GetEnum<ProfileMeasure>(ref r, "measure");
                    break;
                case "subject":
                    subject = ClinicalSubjectCodeJsonConverter.Instance.Read(ref r, typeof(ClinicalSubjectCode), options);
                    break;
                case "minimum":
                    minimum = JsonReading.GetDecimal(ref r, "minimum");
                    break;
                case "maximum":
                    maximum = JsonReading.GetDecimal(ref r, "maximum");
                    break;
                case "requiredSubjects":
                    requiredSubjects = JsonObjectReading.GetArray(ref r, options, "requiredSubjects", (ref Utf8JsonReader e, JsonSerializerOptions o) => ClinicalSubjectCodeJsonConverter.Instance.Read(ref e, typeof(ClinicalSubjectCode), o));
                    break;
                case "mergeGroups":
                    mergeGroups = JsonObjectReading.GetArray(ref r, options, "mergeGroups", (ref Utf8JsonReader e, JsonSerializerOptions o) => MergeGroupJsonConverter.Instance.Read(ref e, typeof(MergeGroup), o));
                    break;
                case "status":
                    status = JsonObjectReading.GetEnum<SourceStatus>(ref r, "status");
                    break;
                default:
                    throw JsonReading.UnknownProperty("Criterion", property);
            }
        });

        return JsonObjectReading.Create("Criterion", () => new Criterion(
            id: JsonObjectReading.Required(id, "Criterion", "id"),
            level: JsonObjectReading.Required(level, "Criterion", "level"),
            kind: JsonObjectReading.Required(kind, "Criterion", "kind"),
            description: JsonObjectReading.Required(description, "Criterion", "description"),
            measure: measure,
            subject: subject,
            minimum: minimum,
            maximum: maximum,
            requiredSubjects: requiredSubjects,
            mergeGroups: mergeGroups,
            status: status));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Criterion value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteString("level", value.Level);
        JsonObjectReading.WriteEnum(writer, "kind", value.Kind);
        writer.WriteString("description", value.Description);
        JsonObjectReading.WriteOptionalEnum(writer, "measure", value.Measure);
        JsonObjectReading.WriteOptional(writer, "subject", value.Subject, ClinicalSubjectCodeJsonConverter.Instance, options);
        JsonObjectReading.WriteOptional(writer, "minimum", value.Minimum);
        JsonObjectReading.WriteOptional(writer, "maximum", value.Maximum);
        JsonObjectReading.WriteArray(writer, "requiredSubjects", value.RequiredSubjects, ClinicalSubjectCodeJsonConverter.Instance, options);
        JsonObjectReading.WriteArray(writer, "mergeGroups", value.MergeGroups, MergeGroupJsonConverter.Instance, options);
        JsonObjectReading.WriteEnum(writer, "status", value.Status);
        writer.WriteEndObject();
    }
}
