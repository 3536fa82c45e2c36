using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Accreditation;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="AccreditationStandard"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class AccreditationStandardJsonConverter : JsonConverter<AccreditationStandard>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static AccreditationStandardJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override AccreditationStandard Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? id = null;
        string? title = null;
        string? source = null;
        SourceStatus? status = null;
        ImmutableArray<string>? levels = null;
        bool? cumulative = null;
        ImmutableArray<StandardArticle> articles = [];
        JsonObjectReading.ReadObject(ref reader, "AccreditationStandard", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "id":
                    id = JsonObjectReading.GetNullableString(ref r, "id");
                    break;
                case "title":
                    title = JsonObjectReading.GetNullableString(ref r, "title");
                    break;
                case "source":
                    source = JsonObjectReading.GetNullableString(ref r, "source");
                    break;
                case "status":
                    status = JsonObjectReading.GetEnum<SourceStatus>(ref r, "status");
                    break;
                case "levels":
                    levels = JsonObjectReading.GetStringArray(ref r, options, "levels");
                    break;
                case "cumulative":
                    cumulative = JsonReading.GetBoolean(ref r, "cumulative");
                    break;
                case "articles":
                    articles = JsonObjectReading.GetArray(ref r, options, "articles", (ref Utf8JsonReader e, JsonSerializerOptions o) => StandardArticleJsonConverter.Instance.Read(ref e, typeof(StandardArticle), o));
                    break;
                default:
                    throw JsonReading.UnknownProperty("AccreditationStandard", property);
            }
        });

        return JsonObjectReading.Create("AccreditationStandard", () => new AccreditationStandard(
            id: JsonObjectReading.Required(id, "AccreditationStandard", "id"),
            title: JsonObjectReading.Required(title, "AccreditationStandard", "title"),
            source: JsonObjectReading.Required(source, "AccreditationStandard", "source"),
            status: JsonObjectReading.Required(status, "AccreditationStandard", "status"),
            levels: JsonObjectReading.Required(levels, "AccreditationStandard", "levels"),
            cumulative: JsonObjectReading.Required(cumulative, "AccreditationStandard", "cumulative"),
            articles: articles));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AccreditationStandard value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteString("title", value.Title);
        writer.WriteString("source", value.Source);
        JsonObjectReading.WriteEnum(writer, "status", value.Status);
        JsonObjectReading.WriteStringArray(writer, "levels", value.Levels);
        writer.WriteBoolean("cumulative", value.Cumulative);
        JsonObjectReading.WriteArray(writer, "articles", value.Articles, StandardArticleJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
