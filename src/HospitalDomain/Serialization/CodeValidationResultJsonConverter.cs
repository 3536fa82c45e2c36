using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Organizations;

namespace HospitalDomain.Serialization;

/// <summary>
/// Converts a <see cref="CodeValidationResult"/> to and from
/// <c>{"isValid":false,"error":"checkCharacter","message":"…","position":18,"expectedCheckCharacter":"A"}</c>;
/// a valid result is <c>{"isValid":true}</c>.
/// </summary>
public sealed class CodeValidationResultJsonConverter : JsonConverter<CodeValidationResult>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static CodeValidationResultJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override CodeValidationResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        bool? isValid = null;
        var error = CodeValidationError.None;
        string? message = null;
        int? position = null;
        char? expected = null;
        JsonObjectReading.ReadObject(ref reader, "CodeValidationResult", (ref Utf8JsonReader r, string name) =>
        {
            switch (name)
            {
                case "isValid":
                    isValid = JsonReading.GetBoolean(ref r, "isValid");
                    break;
                case "error":
                    error = JsonObjectReading.GetEnum<CodeValidationError>(ref r, "error");
                    break;
                case "message":
                    message = JsonReading.GetString(ref r, "message");
                    break;
                case "position":
                    position = JsonReading.GetInt32(ref r, "position");
                    break;
                case "expectedCheckCharacter":
                    var text = JsonReading.GetString(ref r, "expectedCheckCharacter");
                    expected = text.Length == 1 ? text[0] : throw new JsonException("expectedCheckCharacter must be one character.");
                    break;
                default:
                    throw JsonReading.UnknownProperty("CodeValidationResult", name);
            }
        });

        if (isValid is null)
        {
            throw JsonReading.MissingProperty("CodeValidationResult", "isValid");
        }

        if (isValid.Value != (error == CodeValidationError.None) || isValid.Value && (message is not null || position is not null || expected is not null))
        {
            throw new JsonException("A CodeValidationResult is valid exactly when it has no error, and a valid result has no message, position or expected character.");
        }

        return isValid.Value
            ? CodeValidationResult.Valid
            : CodeValidationResult.Fail(error, message ?? throw JsonReading.MissingProperty("CodeValidationResult", "message"), position, expected);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CodeValidationResult value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteBoolean("isValid", value.IsValid);
        if (!value.IsValid)
        {
            JsonObjectReading.WriteEnum(writer, "error", value.Error);
            writer.WriteString("message", value.Message);
            JsonObjectReading.WriteOptional(writer, "position", value.Position);
            if (value.ExpectedCheckCharacter is { } c)
            {
                writer.WriteString("expectedCheckCharacter", c.ToString());
            }
        }

        writer.WriteEndObject();
    }
}
