using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Organizations;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="HospitalIdentifier"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class HospitalIdentifierJsonConverter : JsonConverter<HospitalIdentifier>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static HospitalIdentifierJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override HospitalIdentifier Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        HospitalIdentifierKind? kind = null;
        string? value = null;
        JsonObjectReading.ReadObject(ref reader, "HospitalIdentifier", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "kind":
                    kind = JsonObjectReading.GetEnum<HospitalIdentifierKind>(ref r, "kind");
                    break;
                case "value":
                    value = JsonObjectReading.GetNullableString(ref r, "value");
                    break;
                default:
                    throw JsonReading.UnknownProperty("HospitalIdentifier", property);
            }
        });

        return JsonObjectReading.Create("HospitalIdentifier", () => new HospitalIdentifier(
            kind: JsonObjectReading.Required(kind, "HospitalIdentifier", "kind"),
            value: JsonObjectReading.Required(value, "HospitalIdentifier", "value")));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, HospitalIdentifier value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        JsonObjectReading.WriteEnum(writer, "kind", value.Kind);
        writer.WriteString("value", value.Value);
        writer.WriteEndObject();
    }
}
