using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Commendations;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="DocumentNumber"/> to and from its canonical form as a JSON string, such as <c>"某医发〔2024〕12号"</c>.</summary>
public sealed class DocumentNumberJsonConverter : JsonConverter<DocumentNumber>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static DocumentNumberJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override DocumentNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonReading.GetString(ref reader, "a document number");
        try
        {
            return DocumentNumber.Parse(text);
        }
        catch (FormatException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DocumentNumber value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
