using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Commendations;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="Commendation"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class CommendationJsonConverter : JsonConverter<Commendation>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static CommendationJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override Commendation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? title = null;
        RecipientKind? recipientKind = null;
        CommendationLevel level = default;
        ImmutableArray<CommendationRecipient> recipients = [];
        int? statedCount = null;
        ImmutableArray<AwardForm> forms = [];
        string? issuer = null;
        JsonObjectReading.ReadObject(ref reader, "Commendation", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "title":
                    title = JsonObjectReading.GetNullableString(ref r, "title");
                    break;
                case "recipientKind":
                    recipientKind = JsonObjectReading.GetEnum<RecipientKind>(ref r, "recipientKind");
                    break;
                case "level":
                    level = JsonObjectReading.GetEnum<CommendationLevel>(ref r, "level");
                    break;
                case "recipients":
                    recipients = JsonObjectReading.GetArray(ref r, options, "recipients", (ref Utf8JsonReader e, JsonSerializerOptions o) => CommendationRecipientJsonConverter.Instance.Read(ref e, typeof(CommendationRecipient), o));
                    break;
                case "statedCount":
                    statedCount = JsonObjectReading.GetNullableInt32(ref r, "statedCount");
                    break;
                case "forms":
                    forms = JsonObjectReading.GetArray(ref r, options, "forms", (ref Utf8JsonReader e, JsonSerializerOptions o) => JsonObjectReading.GetEnum<AwardForm>(ref e, "forms"));
                    break;
                case "issuer":
                    issuer = JsonObjectReading.GetNullableString(ref r, "issuer");
                    break;
                default:
                    throw JsonReading.UnknownProperty("Commendation", property);
            }
        });

        return JsonObjectReading.Create("Commendation", () => new Commendation(
            title: JsonObjectReading.Required(title, "Commendation", "title"),
            recipientKind: JsonObjectReading.Required(recipientKind, "Commendation", "recipientKind"),
            level: level,
            recipients: recipients,
            statedCount: statedCount,
            forms: forms,
            issuer: issuer));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Commendation value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("title", value.Title);
        JsonObjectReading.WriteEnum(writer, "recipientKind", value.RecipientKind);
        if (value.Level != default)
        {
            JsonObjectReading.WriteEnum(writer, "level", value.Level);
        }
        JsonObjectReading.WriteArray(writer, "recipients", value.Recipients, CommendationRecipientJsonConverter.Instance, options);
        JsonObjectReading.WriteOptional(writer, "statedCount", value.StatedCount);
        JsonObjectReading.WriteEnumArray(writer, "forms", value.Forms);
        JsonObjectReading.WriteOptional(writer, "issuer", value.Issuer);
        writer.WriteEndObject();
    }
}
