using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Accreditation;
using HospitalDomain.Departments;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="DepartmentResources"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class DepartmentResourcesJsonConverter : JsonConverter<DepartmentResources>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static DepartmentResourcesJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override DepartmentResources Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? name = null;
        ImmutableArray<ClinicalSubjectCode>? subjects = null;
        decimal? beds = null;
        decimal? physicians = null;
        decimal? nurses = null;
        decimal? therapists = null;
        JsonObjectReading.ReadObject(ref reader, "DepartmentResources", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "name":
                    name = JsonObjectReading.GetNullableString(ref r, "name");
                    break;
                case "subjects":
                    subjects = JsonObjectReading.GetArray(ref r, options, "subjects", (ref Utf8JsonReader e, JsonSerializerOptions o) => ClinicalSubjectCodeJsonConverter.Instance.Read(ref e, typeof(ClinicalSubjectCode), o));
                    break;
                case "beds":
                    beds = JsonReading.GetDecimal(ref r, "beds");
                    break;
                case "physicians":
                    physicians = JsonReading.GetDecimal(ref r, "physicians");
                    break;
                case "nurses":
                    nurses = JsonReading.GetDecimal(ref r, "nurses");
                    break;
                case "therapists":
                    therapists = JsonReading.GetDecimal(ref r, "therapists");
                    break;
                default:
                    throw JsonReading.UnknownProperty("DepartmentResources", property);
            }
        });

        return JsonObjectReading.Create("DepartmentResources", () => new DepartmentResources(
            name: JsonObjectReading.Required(name, "DepartmentResources", "name"),
            subjects: JsonObjectReading.Required(subjects, "DepartmentResources", "subjects"),
            beds: beds,
            physicians: physicians,
            nurses: nurses,
            therapists: therapists));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DepartmentResources value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        JsonObjectReading.WriteArray(writer, "subjects", value.Subjects, ClinicalSubjectCodeJsonConverter.Instance, options);
        JsonObjectReading.WriteOptional(writer, "beds", value.Beds);
        JsonObjectReading.WriteOptional(writer, "physicians", value.Physicians);
        JsonObjectReading.WriteOptional(writer, "nurses", value.Nurses);
        JsonObjectReading.WriteOptional(writer, "therapists", value.Therapists);
        writer.WriteEndObject();
    }
}
