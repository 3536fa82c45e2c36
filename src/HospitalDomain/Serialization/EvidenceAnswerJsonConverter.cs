using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Accreditation;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="EvidenceAnswer"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class EvidenceAnswerJsonConverter : JsonConverter<EvidenceAnswer>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static EvidenceAnswerJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override EvidenceAnswer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? itemId = null;
        bool? answer = null;
        JsonObjectReading.ReadObject(ref reader, "EvidenceAnswer", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "itemId":
                    itemId = JsonObjectReading.GetNullableString(ref r, "itemId");
                    break;
                case "answer":
                    answer = JsonReading.GetBoolean(ref r, "answer");
                    break;
                default:
                    throw JsonReading.UnknownProperty("EvidenceAnswer", property);
            }
        });

        return JsonObjectReading.Create("EvidenceAnswer", () => new EvidenceAnswer(
            itemId: JsonObjectReading.Required(itemId, "EvidenceAnswer", "itemId"),
            answer: JsonObjectReading.Required(answer, "EvidenceAnswer", "answer")));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, EvidenceAnswer value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("itemId", value.ItemId);
        writer.WriteBoolean("answer", value.Answer);
        writer.WriteEndObject();
    }
}
