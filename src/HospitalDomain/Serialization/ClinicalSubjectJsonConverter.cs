using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Departments;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="ClinicalSubject"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class ClinicalSubjectJsonConverter : JsonConverter<ClinicalSubject>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static ClinicalSubjectJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override ClinicalSubject Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ClinicalSubjectCode? code = null;
        string? chineseName = null;
        string? englishName = null;
        JsonObjectReading.ReadObject(ref reader, "ClinicalSubject", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "code":
                    code = ClinicalSubjectCodeJsonConverter.Instance.Read(ref r, typeof(ClinicalSubjectCode), options);
                    break;
                case "chineseName":
                    chineseName = JsonObjectReading.GetNullableString(ref r, "chineseName");
                    break;
                case "englishName":
                    englishName = JsonObjectReading.GetNullableString(ref r, "englishName");
                    break;
                default:
                    throw JsonReading.UnknownProperty("ClinicalSubject", property);
            }
        });

        return JsonObjectReading.Create("ClinicalSubject", () => new ClinicalSubject(
            code: JsonObjectReading.Required(code, "ClinicalSubject", "code"),
            chineseName: JsonObjectReading.Required(chineseName, "ClinicalSubject", "chineseName"),
            englishName: englishName));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ClinicalSubject value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        JsonObjectReading.Write(writer, "code", value.Code, ClinicalSubjectCodeJsonConverter.Instance, options);
        writer.WriteString("chineseName", value.ChineseName);
        JsonObjectReading.WriteOptional(writer, "englishName", value.EnglishName);
        writer.WriteEndObject();
    }
}
