using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Metrics;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="MetricCatalogue"/> to and from <c>{"id":…,"title":…,"metrics":[…]}</c>, the shape of Data/Metrics.json.</summary>
public sealed class MetricCatalogueJsonConverter : JsonConverter<MetricCatalogue>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static MetricCatalogueJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override MetricCatalogue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? id = null;
        string? title = null;
        List<Metric>? metrics = null;
        JsonObjectReading.ReadObject(ref reader, "MetricCatalogue", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "id":
                    id = JsonReading.GetString(ref r, "id");
                    break;
                case "title":
                    title = JsonReading.GetString(ref r, "title");
                    break;
                case "metrics":
                    metrics = JsonReading.ReadArray(ref r, options, "metrics", (ref Utf8JsonReader e, JsonSerializerOptions o) => MetricJsonConverter.Instance.Read(ref e, typeof(Metric), o));
                    break;
                default:
                    throw JsonReading.UnknownProperty("MetricCatalogue", property);
            }
        });

        return JsonObjectReading.Create("MetricCatalogue", () => new MetricCatalogue(
            id ?? throw JsonReading.MissingProperty("MetricCatalogue", "id"),
            title ?? throw JsonReading.MissingProperty("MetricCatalogue", "title"),
            metrics ?? throw JsonReading.MissingProperty("MetricCatalogue", "metrics")));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, MetricCatalogue value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteString("title", value.Title);
        writer.WriteStartArray("metrics");
        foreach (var metric in value.Metrics)
        {
            MetricJsonConverter.Instance.Write(writer, metric, options);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
