using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Departments;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="Department"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class DepartmentJsonConverter : JsonConverter<Department>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static DepartmentJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override Department Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? code = null;
        string? name = null;
        DepartmentKind? kind = null;
        string? englishName = null;
        ClinicalSubjectCode? subjectCode = null;
        string? parentCode = null;
        JsonObjectReading.ReadObject(ref reader, "Department", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "code":
                    code = JsonObjectReading.GetNullableString(ref r, "code");
                    break;
                case "name":
                    name = JsonObjectReading.GetNullableString(ref r, "name");
                    break;
                case "kind":
                    kind = JsonObjectReading.GetEnum<DepartmentKind>(ref r, "kind");
                    break;
                case "englishName":
                    englishName = JsonObjectReading.GetNullableString(ref r, "englishName");
                    break;
                case "subjectCode":
                    subjectCode = ClinicalSubjectCodeJsonConverter.Instance.Read(ref r, typeof(ClinicalSubjectCode), options);
                    break;
                case "parentCode":
                    parentCode = JsonObjectReading.GetNullableString(ref r, "parentCode");
                    break;
                default:
                    throw JsonReading.UnknownProperty("Department", property);
            }
        });

        return JsonObjectReading.Create("Department", () => new Department(
            code: JsonObjectReading.Required(code, "Department", "code"),
            name: JsonObjectReading.Required(name, "Department", "name"),
            kind: JsonObjectReading.Required(kind, "Department", "kind"),
            englishName: englishName,
            subjectCode: subjectCode,
            parentCode: parentCode));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Department value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteString("name", value.Name);
        JsonObjectReading.WriteEnum(writer, "kind", value.Kind);
        JsonObjectReading.WriteOptional(writer, "englishName", value.EnglishName);
        JsonObjectReading.WriteOptional(writer, "subjectCode", value.SubjectCode, ClinicalSubjectCodeJsonConverter.Instance, options);
        JsonObjectReading.WriteOptional(writer, "parentCode", value.ParentCode);
        writer.WriteEndObject();
    }
}
