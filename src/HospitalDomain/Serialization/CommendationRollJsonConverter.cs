using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using HospitalDomain.Commendations;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="CommendationRoll"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class CommendationRollJsonConverter : JsonConverter<CommendationRoll>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static CommendationRollJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override CommendationRoll Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? title = null;
        ImmutableArray<Commendation> awards = [];
        DocumentNumber? documentNumber = null;
        LocalDate? date = null;
        string? issuer = null;
        string? readBy = null;
        JsonObjectReading.ReadObject(ref reader, "CommendationRoll", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "title":
                    title = JsonObjectReading.GetNullableString(ref r, "title");
                    break;
                case "awards":
                    awards = JsonObjectReading.GetArray(ref r, options, "awards", (ref Utf8JsonReader e, JsonSerializerOptions o) => CommendationJsonConverter.Instance.Read(ref e, typeof(Commendation), o));
                    break;
                case "documentNumber":
                    documentNumber = DocumentNumberJsonConverter.Instance.Read(ref r, typeof(DocumentNumber), options);
                    break;
                case "date":
                    date = LocalDateJsonConverter.Instance.Read(ref r, typeof(LocalDate), options);
                    break;
                case "issuer":
                    issuer = JsonObjectReading.GetNullableString(ref r, "issuer");
                    break;
                case "readBy":
                    readBy = JsonObjectReading.GetNullableString(ref r, "readBy");
                    break;
                default:
                    throw JsonReading.UnknownProperty("CommendationRoll", property);
            }
        });

        return JsonObjectReading.Create("CommendationRoll", () => new CommendationRoll(
            title: JsonObjectReading.Required(title, "CommendationRoll", "title"),
            awards: awards,
            documentNumber: documentNumber,
            date: date,
            issuer: issuer,
            readBy: readBy));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CommendationRoll value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("title", value.Title);
        JsonObjectReading.WriteArray(writer, "awards", value.Awards, CommendationJsonConverter.Instance, options);
        JsonObjectReading.WriteOptional(writer, "documentNumber", value.DocumentNumber, DocumentNumberJsonConverter.Instance, options);
        JsonObjectReading.WriteOptional(writer, "date", value.Date, options);
        JsonObjectReading.WriteOptional(writer, "issuer", value.Issuer);
        JsonObjectReading.WriteOptional(writer, "readBy", value.ReadBy);
        writer.WriteEndObject();
    }
}
