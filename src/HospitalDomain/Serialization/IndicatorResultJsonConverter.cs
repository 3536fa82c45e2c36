using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Indicators;

namespace HospitalDomain.Serialization;

/// <summary>
/// Converts an <see cref="IndicatorResult"/>: <c>{"serial":"6","code":"level4SurgeryShare","name":"…","status":"computed","value":39.12,"numerator":…,"denominator":…,"unit":"percent"}</c>.
/// Reading resolves the code against the shipped definitions, so read results of your own editions
/// through <see cref="IndicatorEvaluation"/>, which carries the edition id.
/// </summary>
public sealed class IndicatorResultJsonConverter : JsonConverter<IndicatorResult>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static IndicatorResultJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override IndicatorResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadWith(ref reader, null, options);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IndicatorResult value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("serial", value.Entry.Serial);
        writer.WriteString("code", value.Definition.Code);
        writer.WriteString("name", value.Definition.ChineseName);
        JsonObjectReading.WriteEnum(writer, "status", value.Status);
        WriteNumber(writer, "value", value.Value);
        WriteNumber(writer, "numerator", value.Numerator);
        WriteNumber(writer, "denominator", value.Denominator);
        JsonObjectReading.WriteEnum(writer, "unit", value.Definition.Unit);
        JsonObjectReading.WriteStringArray(writer, "missingMetrics", value.MissingMetrics);
        writer.WriteEndObject();
    }

    internal static IndicatorResult ReadWith(ref Utf8JsonReader reader, IndicatorEdition? edition, JsonSerializerOptions options)
    {
        string? serial = null, code = null;
        IndicatorStatus? status = null;
        decimal? value = null, numerator = null, denominator = null;
        ImmutableArray<string> missing = [];
        JsonObjectReading.ReadObject(ref reader, "IndicatorResult", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "serial": serial = JsonReading.GetString(ref r, "serial"); break;
                case "code": code = JsonReading.GetString(ref r, "code"); break;
                case "name": JsonReading.GetString(ref r, "name"); break;
                case "status": status = JsonObjectReading.GetEnum<IndicatorStatus>(ref r, "status"); break;
                case "value": value = JsonReading.GetDecimal(ref r, "value"); break;
                case "numerator": numerator = JsonReading.GetDecimal(ref r, "numerator"); break;
                case "denominator": denominator = JsonReading.GetDecimal(ref r, "denominator"); break;
                case "unit": JsonReading.GetString(ref r, "unit"); break;
                case "missingMetrics": missing = JsonObjectReading.GetStringArray(ref r, options, "missingMetrics"); break;
                default: throw JsonReading.UnknownProperty("IndicatorResult", property);
            }
        });

        if (code is null)
        {
            throw JsonReading.MissingProperty("IndicatorResult", "code");
        }

        IndicatorEntry entry;
        if (edition is not null)
        {
            entry = edition.TryGet(code, out var own) ? own : throw new JsonException($"'{code}' is not an indicator of the edition '{edition.Id}'.");
        }
        else
        {
            var definition = IndicatorEditions.TryGetDefinition(code, out var shipped) ? shipped : throw new JsonException($"'{code}' is not a shipped indicator.");
            entry = JsonObjectReading.Create("IndicatorResult", () => new IndicatorEntry(serial ?? throw JsonReading.MissingProperty("IndicatorResult", "serial"), definition, "—"));
        }

        return JsonObjectReading.Create("IndicatorResult", () => IndicatorResult.Create(entry, status ?? throw JsonReading.MissingProperty("IndicatorResult", "status"), value, numerator, denominator, missing));
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, decimal? number)
    {
        if (number is { } n)
        {
            writer.WriteNumber(name, n);
        }
    }
}
