using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Organizations;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="Affiliation"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class AffiliationJsonConverter : JsonConverter<Affiliation>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static AffiliationJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override Affiliation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        AffiliationKind? kind = null;
        string? institution = null;
        int? since = null;
        JsonObjectReading.ReadObject(ref reader, "Affiliation", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "kind":
                    kind = JsonObjectReading.GetEnum<AffiliationKind>(ref r, "kind");
                    break;
                case "institution":
                    institution = JsonObjectReading.GetNullableString(ref r, "institution");
                    break;
                case "since":
                    since = JsonObjectReading.GetNullableInt32(ref r, "since");
                    break;
                default:
                    throw JsonReading.UnknownProperty("Affiliation", property);
            }
        });

        return JsonObjectReading.Create("Affiliation", () => new Affiliation(
            kind: JsonObjectReading.Required(kind, "Affiliation", "kind"),
            institution: JsonObjectReading.Required(institution, "Affiliation", "institution"),
            since: since));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Affiliation value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        JsonObjectReading.WriteEnum(writer, "kind", value.Kind);
        writer.WriteString("institution", value.Institution);
        JsonObjectReading.WriteOptional(writer, "since", value.Since);
        writer.WriteEndObject();
    }
}
