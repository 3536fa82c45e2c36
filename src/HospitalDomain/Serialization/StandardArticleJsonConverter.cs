using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Accreditation;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="StandardArticle"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class StandardArticleJsonConverter : JsonConverter<StandardArticle>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static StandardArticleJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override StandardArticle Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? number = null;
        string? title = null;
        ImmutableArray<Criterion> criteria = [];
        ImmutableArray<StandardArticle> articles = [];
        JsonObjectReading.ReadObject(ref reader, "StandardArticle", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "number":
                    number = JsonObjectReading.GetNullableString(ref r, "number");
                    break;
                case "title":
                    title = JsonObjectReading.GetNullableString(ref r, "title");
                    break;
                case "criteria":
                    criteria = JsonObjectReading.GetArray(ref r, options, "criteria", (ref Utf8JsonReader e, JsonSerializerOptions o) => CriterionJsonConverter.Instance.Read(ref e, typeof(Criterion), o));
                    break;
                case "articles":
                    articles = JsonObjectReading.GetArray(ref r, options, "articles", (ref Utf8JsonReader e, JsonSerializerOptions o) => StandardArticleJsonConverter.Instance.Read(ref e, typeof(StandardArticle), o));
                    break;
                default:
                    throw JsonReading.UnknownProperty("StandardArticle", property);
            }
        });

        return JsonObjectReading.Create("StandardArticle", () => new StandardArticle(
            number: JsonObjectReading.Required(number, "StandardArticle", "number"),
            title: JsonObjectReading.Required(title, "StandardArticle", "title"),
            criteria: criteria,
            articles: articles));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, StandardArticle value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("number", value.Number);
        writer.WriteString("title", value.Title);
        JsonObjectReading.WriteArray(writer, "criteria", value.Criteria, CriterionJsonConverter.Instance, options);
        JsonObjectReading.WriteArray(writer, "articles", value.Articles, StandardArticleJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
