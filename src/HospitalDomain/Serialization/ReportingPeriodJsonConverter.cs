using System.Text.Json;
using System.Text.Json.Serialization;

namespace HospitalDomain.Serialization;

/// <summary>
/// Converts a <see cref="ReportingPeriod"/> to and from its text form as a JSON string, such as
/// <c>"2023Q4"</c>; also usable for dictionary keys.
/// </summary>
public sealed class ReportingPeriodJsonConverter : JsonConverter<ReportingPeriod>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static ReportingPeriodJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override ReportingPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(JsonReading.GetString(ref reader, "a reporting period"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <inheritdoc />
    public override ReportingPeriod ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString());
    }

    private static ReportingPeriod Parse(string text) =>
        ReportingPeriod.TryParse(text, out var period)
            ? period
            : throw JsonReading.InvalidText("reporting period", text, "expected 2023, 2023H1, 2023Q4, 2023-03 or 2023-01-01/2023-07-31.");
}
