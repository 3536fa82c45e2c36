using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace HospitalDomain.Serialization;

/// <summary>
/// Converts a NodaTime <see cref="LocalDate"/> to and from its ISO-8601 form <c>"2024-01-31"</c>
/// (ISO calendar only), on the design of nodatime.serialization.
/// </summary>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <summary>The shared instance; the converter is stateless and thread-safe.</summary>
    public static LocalDateJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonReading.GetString(ref reader, "a date");
        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            throw JsonReading.InvalidText("date", text, "expected the ISO form yyyy-MM-dd.");
        }

        return result.Value;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Only dates in the ISO calendar can be written as JSON.", nameof(value));
        }

        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }

    /// <inheritdoc />
    public override LocalDate ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(LocalDatePattern.Iso.Format(value));
    }
}
