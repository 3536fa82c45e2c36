using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Indicators;

namespace HospitalDomain.Serialization;

/// <summary>
/// Converts an <see cref="IndicatorEvaluation"/>: <c>{"edition":"national-tertiary-2020","entity":"…","period":"2021","results":[…]}</c>.
/// The edition must be a shipped one when reading.
/// </summary>
public sealed class IndicatorEvaluationJsonConverter : JsonConverter<IndicatorEvaluation>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static IndicatorEvaluationJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override IndicatorEvaluation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        IndicatorEdition? edition = null;
        string? entity = null;
        ReportingPeriod? period = null;
        ImmutableArray<IndicatorResult>? results = null;
        JsonObjectReading.ReadObject(ref reader, "IndicatorEvaluation", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "edition":
                    var id = JsonReading.GetString(ref r, "edition");
                    edition = IndicatorEditions.All.FirstOrDefault(e => e.Id == id) ?? throw new JsonException($"'{id}' is not a shipped indicator edition.");
                    break;
                case "entity": entity = JsonReading.GetString(ref r, "entity"); break;
                case "period": period = ReportingPeriodJsonConverter.Instance.Read(ref r, typeof(ReportingPeriod), options); break;
                case "results":
                    var known = edition ?? throw new JsonException("'edition' must come before 'results'.");
                    results = [.. JsonReading.ReadArray(ref r, options, "results", (ref Utf8JsonReader e, JsonSerializerOptions o) => IndicatorResultJsonConverter.ReadWith(ref e, known, o))];
                    break;
                default: throw JsonReading.UnknownProperty("IndicatorEvaluation", property);
            }
        });

        return JsonObjectReading.Create("IndicatorEvaluation", () => new IndicatorEvaluation(
            edition ?? throw JsonReading.MissingProperty("IndicatorEvaluation", "edition"),
            entity ?? throw JsonReading.MissingProperty("IndicatorEvaluation", "entity"),
            period ?? throw JsonReading.MissingProperty("IndicatorEvaluation", "period"),
            results ?? throw JsonReading.MissingProperty("IndicatorEvaluation", "results")));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IndicatorEvaluation value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("edition", value.Edition.Id);
        writer.WriteString("entity", value.Entity);
        writer.WriteString("period", value.Period.ToString());
        writer.WriteStartArray("results");
        foreach (var result in value.Results)
        {
            IndicatorResultJsonConverter.Instance.Write(writer, result, options);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
