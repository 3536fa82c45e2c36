using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Metrics;

namespace HospitalDomain.Serialization;

/// <summary>
/// Converts a <see cref="MetricSet"/> of the standard catalogue to and from
/// <c>{"entity":"…","period":"2021","values":{"discharges":159500,…}}</c>; unknown metric codes and
/// values invalid for their metric are rejected. For other catalogues use <see cref="MetricSet.Load"/>.
/// </summary>
public sealed class MetricSetJsonConverter : JsonConverter<MetricSet>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static MetricSetJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override MetricSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadWith(ref reader, MetricCatalogue.Standard, options);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, MetricSet value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        if (!ReferenceEquals(value.Catalogue, MetricCatalogue.Standard))
        {
            writer.WriteString("catalogue", value.Catalogue.Id);
        }

        writer.WriteString("entity", value.Entity);
        writer.WriteString("period", value.Period.ToString());
        writer.WriteStartObject("values");
        foreach (var (metric, number) in value.Values())
        {
            writer.WriteNumber(metric.Code, number);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    internal static MetricSet ReadWith(ref Utf8JsonReader reader, MetricCatalogue catalogue, JsonSerializerOptions options)
    {
        string? entity = null;
        ReportingPeriod? period = null;
        List<(string Code, decimal Value)>? values = null;
        JsonObjectReading.ReadObject(ref reader, "MetricSet", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "catalogue":
                    var id = JsonReading.GetString(ref r, "catalogue");
                    if (id != catalogue.Id)
                    {
                        throw new JsonException($"The metric set refers to the catalogue '{id}' but is read with '{catalogue.Id}'.");
                    }

                    break;
                case "entity":
                    entity = JsonReading.GetString(ref r, "entity");
                    break;
                case "period":
                    period = ReportingPeriodJsonConverter.Instance.Read(ref r, typeof(ReportingPeriod), options);
                    break;
                case "values":
                    values = [];
                    JsonReading.Expect(ref r, JsonTokenType.StartObject, "values as a JSON object of metric codes and numbers");
                    while (true)
                    {
                        JsonReading.Read(ref r);
                        if (r.TokenType == JsonTokenType.EndObject)
                        {
                            break;
                        }

                        var code = r.GetString()!;
                        try
                        {
                            if (!catalogue.TryGetIndex(code, out _))
                            {
                                throw new JsonException($"Unknown metric '{code}' in the catalogue '{catalogue.Id}'.");
                            }

                            JsonReading.Read(ref r);
                            values.Add((code, JsonReading.GetDecimal(ref r, code)));
                        }
                        catch (JsonException e)
                        {
                            throw JsonReading.Nest(e, "." + code);
                        }
                    }

                    break;
                default:
                    throw JsonReading.UnknownProperty("MetricSet", property);
            }
        });

        var builder = JsonObjectReading.Create("MetricSet", () => MetricSet.CreateBuilder(
            catalogue,
            entity ?? throw JsonReading.MissingProperty("MetricSet", "entity"),
            period ?? throw JsonReading.MissingProperty("MetricSet", "period")));
        foreach (var (code, value) in values ?? throw JsonReading.MissingProperty("MetricSet", "values"))
        {
            try
            {
                JsonObjectReading.Create("MetricSet", () => builder.Set(code, value));
            }
            catch (JsonException e)
            {
                throw JsonReading.Nest(e, ".values." + code);
            }
        }

        return builder.Build();
    }
}
