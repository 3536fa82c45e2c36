using System.Text.Json;
using System.Text.Json.Serialization;

namespace HospitalDomain.Serialization;

/// <summary>
/// Converts a <see cref="ChineseNumber"/> to and from its canonical text form as a JSON string,
/// such as <c>"260.72万"</c> or <c>"3000余"</c>.
/// </summary>
public sealed class ChineseNumberJsonConverter : JsonConverter<ChineseNumber>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static ChineseNumberJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override ChineseNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonReading.GetString(ref reader, "a Chinese figure");
        try
        {
            return ChineseNumber.Parse(text);
        }
        catch (FormatException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ChineseNumber value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
