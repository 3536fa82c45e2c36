using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Accreditation;
using HospitalDomain.Departments;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="MergeGroup"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class MergeGroupJsonConverter : JsonConverter<MergeGroup>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static MergeGroupJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override MergeGroup Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ImmutableArray<ClinicalSubjectCode>? subjects = null;
        JsonObjectReading.ReadObject(ref reader, "MergeGroup", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "subjects":
                    subjects = JsonObjectReading.GetArray(ref r, options, "subjects", (ref Utf8JsonReader e, JsonSerializerOptions o) => ClinicalSubjectCodeJsonConverter.Instance.Read(ref e, typeof(ClinicalSubjectCode), o));
                    break;
                default:
                    throw JsonReading.UnknownProperty("MergeGroup", property);
            }
        });

        return JsonObjectReading.Create("MergeGroup", () => new MergeGroup(
            subjects: JsonObjectReading.Required(subjects, "MergeGroup", "subjects")));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, MergeGroup value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        JsonObjectReading.WriteArray(writer, "subjects", value.Subjects, ClinicalSubjectCodeJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
