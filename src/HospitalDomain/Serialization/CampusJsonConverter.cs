using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Organizations;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="Campus"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class CampusJsonConverter : JsonConverter<Campus>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static CampusJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override Campus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? name = null;
        string? address = null;
        CampusStatus status = default;
        JsonObjectReading.ReadObject(ref reader, "Campus", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "name":
                    name = JsonObjectReading.GetNullableString(ref r, "name");
                    break;
                case "address":
                    address = JsonObjectReading.GetNullableString(ref r, "address");
                    break;
                case "status":
                    status = JsonObjectReading.GetEnum<CampusStatus>(ref r, "status");
                    break;
                default:
                    throw JsonReading.UnknownProperty("Campus", property);
            }
        });

        return JsonObjectReading.Create("Campus", () => new Campus(
            name: JsonObjectReading.Required(name, "Campus", "name"),
            address: address,
            status: status));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Campus value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        JsonObjectReading.WriteOptional(writer, "address", value.Address);
        if (value.Status != default)
        {
            JsonObjectReading.WriteEnum(writer, "status", value.Status);
        }
        writer.WriteEndObject();
    }
}
