using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Departments;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="KeySpecialty"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class KeySpecialtyJsonConverter : JsonConverter<KeySpecialty>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static KeySpecialtyJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override KeySpecialty Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? name = null;
        KeySpecialtyProgramme? programme = null;
        KeySpecialtyLevel? level = null;
        KeySpecialtyStage? stage = null;
        int? year = null;
        ClinicalSubjectCode? subjectCode = null;
        string? programmeName = null;
        JsonObjectReading.ReadObject(ref reader, "KeySpecialty", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "name":
                    name = JsonObjectReading.GetNullableString(ref r, "name");
                    break;
                case "programme":
                    programme = JsonObjectReading.GetEnum<KeySpecialtyProgramme>(ref r, "programme");
                    break;
                case "level":
                    level = JsonObjectReading.GetEnum<KeySpecialtyLevel>(ref r, "level");
                    break;
                case "stage":
                    stage = JsonObjectReading.GetEnum<KeySpecialtyStage>(ref r, "stage");
                    break;
                case "year":
                    year = JsonObjectReading.GetNullableInt32(ref r, "year");
                    break;
                case "subjectCode":
                    subjectCode = ClinicalSubjectCodeJsonConverter.Instance.Read(ref r, typeof(ClinicalSubjectCode), options);
                    break;
                case "programmeName":
                    programmeName = JsonObjectReading.GetNullableString(ref r, "programmeName");
                    break;
                default:
                    throw JsonReading.UnknownProperty("KeySpecialty", property);
            }
        });

        return JsonObjectReading.Create("KeySpecialty", () => new KeySpecialty(
            name: JsonObjectReading.Required(name, "KeySpecialty", "name"),
            programme: JsonObjectReading.Required(programme, "KeySpecialty", "programme"),
            level: level,
            stage: stage,
            year: year,
            subjectCode: subjectCode,
            programmeName: programmeName));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, KeySpecialty value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        JsonObjectReading.WriteEnum(writer, "programme", value.Programme);
        JsonObjectReading.WriteOptionalEnum(writer, "level", value.Level);
        JsonObjectReading.WriteOptionalEnum(writer, "stage", value.Stage);
        JsonObjectReading.WriteOptional(writer, "year", value.Year);
        JsonObjectReading.WriteOptional(writer, "subjectCode", value.SubjectCode, ClinicalSubjectCodeJsonConverter.Instance, options);
        JsonObjectReading.WriteOptional(writer, "programmeName", value.ProgrammeName);
        writer.WriteEndObject();
    }
}
