using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Departments;
using HospitalDomain;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="ClinicalSubjectCatalogue"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class ClinicalSubjectCatalogueJsonConverter : JsonConverter<ClinicalSubjectCatalogue>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static ClinicalSubjectCatalogueJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override ClinicalSubjectCatalogue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? id = null;
        string? title = null;
        string? source = null;
        SourceStatus? status = null;
        ImmutableArray<ClinicalSubject> subjects = [];
        JsonObjectReading.ReadObject(ref reader, "ClinicalSubjectCatalogue", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "id":
                    id = JsonObjectReading.GetNullableString(ref r, "id");
                    break;
                case "title":
                    title = JsonObjectReading.GetNullableString(ref r, "title");
                    break;
                case "source":
                    source = JsonObjectReading.GetNullableString(ref r, "source");
                    break;
                case "status":
                    status = JsonObjectReading.GetEnum<SourceStatus>(ref r, "status");
                    break;
                case "subjects":
                    subjects = JsonObjectReading.GetArray(ref r, options, "subjects", (ref Utf8JsonReader e, JsonSerializerOptions o) => ClinicalSubjectJsonConverter.Instance.Read(ref e, typeof(ClinicalSubject), o));
                    break;
                default:
                    throw JsonReading.UnknownProperty("ClinicalSubjectCatalogue", property);
            }
        });

        return JsonObjectReading.Create("ClinicalSubjectCatalogue", () => new ClinicalSubjectCatalogue(
            id: JsonObjectReading.Required(id, "ClinicalSubjectCatalogue", "id"),
            title: JsonObjectReading.Required(title, "ClinicalSubjectCatalogue", "title"),
            source: JsonObjectReading.Required(source, "ClinicalSubjectCatalogue", "source"),
            status: JsonObjectReading.Required(status, "ClinicalSubjectCatalogue", "status"),
            subjects: subjects));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ClinicalSubjectCatalogue value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteString("title", value.Title);
        writer.WriteString("source", value.Source);
        JsonObjectReading.WriteEnum(writer, "status", value.Status);
        JsonObjectReading.WriteArray(writer, "subjects", value.Subjects, ClinicalSubjectJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
