using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Departments;

namespace HospitalDomain.Serialization;

/// <summary>
/// Converts a <see cref="ClinicalSubjectCode"/> to and from its dotted form as a JSON string, such
/// as <c>"03.04"</c> (the undotted <c>"0304"</c> is accepted when reading); also usable for dictionary keys.
/// </summary>
public sealed class ClinicalSubjectCodeJsonConverter : JsonConverter<ClinicalSubjectCode>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static ClinicalSubjectCodeJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override ClinicalSubjectCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(JsonReading.GetString(ref reader, "a clinical subject code"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ClinicalSubjectCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <inheritdoc />
    public override ClinicalSubjectCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, ClinicalSubjectCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString());
    }

    private static ClinicalSubjectCode Parse(string text) =>
        ClinicalSubjectCode.TryParse(text, out var code)
            ? code
            : throw JsonReading.InvalidText("clinical subject code", text, "expected 03, 03.04 or 04.01.01 (or the same digits without dots).");
}
