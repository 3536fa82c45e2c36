using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Organizations;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="MemberCount"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class MemberCountJsonConverter : JsonConverter<MemberCount>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static MemberCountJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override MemberCount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        MemberRole? role = null;
        int? count = null;
        string? description = null;
        JsonObjectReading.ReadObject(ref reader, "MemberCount", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "role":
                    role = JsonObjectReading.GetEnum<MemberRole>(ref r, "role");
                    break;
                case "count":
                    count = JsonReading.GetInt32(ref r, "count");
                    break;
                case "description":
                    description = JsonObjectReading.GetNullableString(ref r, "description");
                    break;
                default:
                    throw JsonReading.UnknownProperty("MemberCount", property);
            }
        });

        return JsonObjectReading.Create("MemberCount", () => new MemberCount(
            role: JsonObjectReading.Required(role, "MemberCount", "role"),
            count: JsonObjectReading.Required(count, "MemberCount", "count"),
            description: description));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, MemberCount value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        JsonObjectReading.WriteEnum(writer, "role", value.Role);
        writer.WriteNumber("count", value.Count);
        JsonObjectReading.WriteOptional(writer, "description", value.Description);
        writer.WriteEndObject();
    }
}
