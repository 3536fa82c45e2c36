using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Governance;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="Participant"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class ParticipantJsonConverter : JsonConverter<Participant>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static ParticipantJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override Participant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? name = null;
        string? post = null;
        JsonObjectReading.ReadObject(ref reader, "Participant", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "name":
                    name = JsonObjectReading.GetNullableString(ref r, "name");
                    break;
                case "post":
                    post = JsonObjectReading.GetNullableString(ref r, "post");
                    break;
                default:
                    throw JsonReading.UnknownProperty("Participant", property);
            }
        });

        return JsonObjectReading.Create("Participant", () => new Participant(
            name: JsonObjectReading.Required(name, "Participant", "name"),
            post: post));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Participant value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        JsonObjectReading.WriteOptional(writer, "post", value.Post);
        writer.WriteEndObject();
    }
}
