using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Commendations;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="CommendationRecipient"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class CommendationRecipientJsonConverter : JsonConverter<CommendationRecipient>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static CommendationRecipientJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override CommendationRecipient Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? name = null;
        string? department = null;
        string? role = null;
        JsonObjectReading.ReadObject(ref reader, "CommendationRecipient", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "name":
                    name = JsonObjectReading.GetNullableString(ref r, "name");
                    break;
                case "department":
                    department = JsonObjectReading.GetNullableString(ref r, "department");
                    break;
                case "role":
                    role = JsonObjectReading.GetNullableString(ref r, "role");
                    break;
                default:
                    throw JsonReading.UnknownProperty("CommendationRecipient", property);
            }
        });

        return JsonObjectReading.Create("CommendationRecipient", () => new CommendationRecipient(
            name: JsonObjectReading.Required(name, "CommendationRecipient", "name"),
            department: department,
            role: role));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CommendationRecipient value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        JsonObjectReading.WriteOptional(writer, "department", value.Department);
        JsonObjectReading.WriteOptional(writer, "role", value.Role);
        writer.WriteEndObject();
    }
}
