using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Indicators;

namespace HospitalDomain.Serialization;

/// <summary>
/// Converts an <see cref="IndicatorEdition"/> to and from the shape of the shipped edition files:
/// entries refer to definitions by code; definitions that are not shipped, or differ from the
/// shipped ones, are written in a <c>definitions</c> array and take precedence when reading.
/// </summary>
public sealed class IndicatorEditionJsonConverter : JsonConverter<IndicatorEdition>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static IndicatorEditionJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override IndicatorEdition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? id = null, title = null, englishTitle = null, publisher = null, basis = null, source = null;
        int? year = null;
        SourceStatus? status = null;
        List<IndicatorDefinition> definitions = [];
        List<(string Serial, string Code, string Dimension, string? SubDimension, bool Monitored)>? entries = null;
        List<IndicatorAlias> aliases = [];
        JsonObjectReading.ReadObject(ref reader, "IndicatorEdition", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "id": id = JsonReading.GetString(ref r, "id"); break;
                case "title": title = JsonReading.GetString(ref r, "title"); break;
                case "englishTitle": englishTitle = JsonObjectReading.GetNullableString(ref r, "englishTitle"); break;
                case "year": year = JsonReading.GetInt32(ref r, "year"); break;
                case "publisher": publisher = JsonReading.GetString(ref r, "publisher"); break;
                case "basis": basis = JsonObjectReading.GetNullableString(ref r, "basis"); break;
                case "source": source = JsonReading.GetString(ref r, "source"); break;
                case "status": status = JsonObjectReading.GetEnum<SourceStatus>(ref r, "status"); break;
                case "definitions":
                    definitions = JsonReading.ReadArray(ref r, options, "definitions", (ref Utf8JsonReader e, JsonSerializerOptions o) => IndicatorDefinitionJsonConverter.Instance.Read(ref e, typeof(IndicatorDefinition), o));
                    break;
                case "entries":
                    entries = JsonReading.ReadArray(ref r, options, "entries", ReadEntry);
                    break;
                case "aliases":
                    aliases = JsonReading.ReadArray(ref r, options, "aliases", (ref Utf8JsonReader e, JsonSerializerOptions o) => IndicatorAliasJsonConverter.Instance.Read(ref e, typeof(IndicatorAlias), o));
                    break;
                default:
                    throw JsonReading.UnknownProperty("IndicatorEdition", property);
            }
        });

        var local = new Dictionary<string, IndicatorDefinition>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (!local.TryAdd(definition.Code, definition))
            {
                throw new JsonException($"The edition defines the indicator '{definition.Code}' more than once.");
            }
        }

        var resolved = new List<IndicatorEntry>();
        foreach (var (serial, code, dimension, subDimension, monitored) in entries ?? throw JsonReading.MissingProperty("IndicatorEdition", "entries"))
        {
            var definition = local.TryGetValue(code, out var own) ? own
                : IndicatorEditions.TryGetDefinition(code, out var shipped) ? shipped
                : throw new JsonException($"Entry {serial} refers to the indicator '{code}', which is neither shipped nor defined in the edition's definitions.");
            resolved.Add(JsonObjectReading.Create("IndicatorEntry", () => new IndicatorEntry(serial, definition, dimension, subDimension, monitored)));
        }

        return JsonObjectReading.Create("IndicatorEdition", () => new IndicatorEdition(
            id ?? throw JsonReading.MissingProperty("IndicatorEdition", "id"),
            title ?? throw JsonReading.MissingProperty("IndicatorEdition", "title"),
            year ?? throw JsonReading.MissingProperty("IndicatorEdition", "year"),
            publisher ?? throw JsonReading.MissingProperty("IndicatorEdition", "publisher"),
            source ?? throw JsonReading.MissingProperty("IndicatorEdition", "source"),
            status ?? throw JsonReading.MissingProperty("IndicatorEdition", "status"),
            resolved,
            englishTitle,
            basis,
            aliases));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IndicatorEdition value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteString("title", value.Title);
        JsonObjectReading.WriteOptional(writer, "englishTitle", value.EnglishTitle);
        writer.WriteNumber("year", value.Year);
        writer.WriteString("publisher", value.Publisher);
        JsonObjectReading.WriteOptional(writer, "basis", value.Basis);
        writer.WriteString("source", value.Source);
        JsonObjectReading.WriteEnum(writer, "status", value.Status);
        var own = value.Entries.Where(e => !IndicatorEditions.TryGetDefinition(e.Code, out var shipped) || shipped != e.Definition).ToList();
        if (own.Count > 0)
        {
            writer.WriteStartArray("definitions");
            foreach (var entry in own)
            {
                IndicatorDefinitionJsonConverter.Instance.Write(writer, entry.Definition, options);
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("entries");
        foreach (var entry in value.Entries)
        {
            writer.WriteStartObject();
            writer.WriteString("serial", entry.Serial);
            writer.WriteString("code", entry.Code);
            writer.WriteString("dimension", entry.Dimension);
            JsonObjectReading.WriteOptional(writer, "subDimension", entry.SubDimension);
            if (entry.NationallyMonitored)
            {
                writer.WriteBoolean("nationallyMonitored", true);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (!value.Aliases.IsEmpty)
        {
            writer.WriteStartArray("aliases");
            foreach (var alias in value.Aliases)
            {
                IndicatorAliasJsonConverter.Instance.Write(writer, alias, options);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static (string Serial, string Code, string Dimension, string? SubDimension, bool Monitored) ReadEntry(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        string? serial = null, code = null, dimension = null, subDimension = null;
        var monitored = false;
        JsonObjectReading.ReadObject(ref reader, "IndicatorEntry", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "serial": serial = JsonReading.GetString(ref r, "serial"); break;
                case "code": code = JsonReading.GetString(ref r, "code"); break;
                case "dimension": dimension = JsonReading.GetString(ref r, "dimension"); break;
                case "subDimension": subDimension = JsonObjectReading.GetNullableString(ref r, "subDimension"); break;
                case "nationallyMonitored": monitored = JsonReading.GetBoolean(ref r, "nationallyMonitored"); break;
                default: throw JsonReading.UnknownProperty("IndicatorEntry", property);
            }
        });

        return (
            serial ?? throw JsonReading.MissingProperty("IndicatorEntry", "serial"),
            code ?? throw JsonReading.MissingProperty("IndicatorEntry", "code"),
            dimension ?? throw JsonReading.MissingProperty("IndicatorEntry", "dimension"),
            subDimension,
            monitored);
    }
}
