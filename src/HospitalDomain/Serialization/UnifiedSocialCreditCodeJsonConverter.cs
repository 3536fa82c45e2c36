using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Organizations;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="UnifiedSocialCreditCode"/> to and from its 18 characters (the empty value is written as "") as a JSON string.</summary>
public sealed class UnifiedSocialCreditCodeJsonConverter : JsonConverter<UnifiedSocialCreditCode>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static UnifiedSocialCreditCodeJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override UnifiedSocialCreditCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonReading.GetString(ref reader, "a unified social credit code");
        if (text.Length == 0)
        {
            return default;
        }

        var result = UnifiedSocialCreditCode.Validate(text);
        return result.IsValid ? UnifiedSocialCreditCode.Parse(text) : throw JsonReading.InvalidText("unified social credit code", text, result.Message + ".");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, UnifiedSocialCreditCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
