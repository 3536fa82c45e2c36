using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Organizations;

namespace HospitalDomain.Serialization;

/// <summary>Converts an <see cref="OrganizationCode"/> to and from its canonical form <c>"77604965-3"</c> (the hyphen is optional when reading; the empty value is written as "") as a JSON string.</summary>
public sealed class OrganizationCodeJsonConverter : JsonConverter<OrganizationCode>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static OrganizationCodeJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override OrganizationCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonReading.GetString(ref reader, "an organization code");
        if (text.Length == 0)
        {
            return default;
        }

        var result = OrganizationCode.Validate(text);
        return result.IsValid ? OrganizationCode.Parse(text) : throw JsonReading.InvalidText("organization code", text, result.Message + ".");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, OrganizationCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
