using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="IndicatorDefinition"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class IndicatorDefinitionJsonConverter : JsonConverter<IndicatorDefinition>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static IndicatorDefinitionJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override IndicatorDefinition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? code = null;
        string? chineseName = null;
        string? englishName = null;
        IndicatorKind? kind = null;
        IndicatorOperand? numerator = null;
        IndicatorOperand? denominator = null;
        decimal factor = 1m;
        decimal divisor = 1m;
        Unit? unit = null;
        IndicatorDirection? direction = null;
        IndicatorDataSource? dataSource = null;
        string? source = null;
        SourceStatus? status = null;
        string? notes = null;
        JsonObjectReading.ReadObject(ref reader, "IndicatorDefinition", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "code":
                    code = JsonObjectReading.GetNullableString(ref r, "code");
                    break;
                case "chineseName":
                    chineseName = JsonObjectReading.GetNullableString(ref r, "chineseName");
                    break;
                case "englishName":
                    englishName = JsonObjectReading.GetNullableString(ref r, "englishName");
                    break;
                case "kind":
                    kind = JsonObjectReading.GetEnum<IndicatorKind>(ref r, "kind");
                    break;
                case "numerator":
                    numerator = IndicatorOperandJsonConverter.Instance.Read(ref r, typeof(IndicatorOperand), options);
                    break;
                case "denominator":
                    denominator = IndicatorOperandJsonConverter.Instance.Read(ref r, typeof(IndicatorOperand), options);
                    break;
                case "factor":
                    factor = JsonReading.GetDecimal(ref r, "factor");
                    break;
                case "divisor":
                    divisor = JsonReading.GetDecimal(ref r, "divisor");
                    break;
                case "unit":
                    unit = JsonObjectReading.GetEnum<Unit>(ref r, "unit");
                    break;
                case "direction":
                    direction = JsonObjectReading.GetEnum<IndicatorDirection>(ref r, "direction");
                    break;
                case "dataSource":
                    dataSource = JsonObjectReading.GetEnum<IndicatorDataSource>(ref r, "dataSource");
                    break;
                case "source":
                    source = JsonObjectReading.GetNullableString(ref r, "source");
                    break;
                case "status":
                    status = JsonObjectReading.GetEnum<SourceStatus>(ref r, "status");
                    break;
                case "notes":
                    notes = JsonObjectReading.GetNullableString(ref r, "notes");
                    break;
                default:
                    throw JsonReading.UnknownProperty("IndicatorDefinition", property);
            }
        });

        return JsonObjectReading.Create("IndicatorDefinition", () => new IndicatorDefinition(
            code: JsonObjectReading.Required(code, "IndicatorDefinition", "code"),
            chineseName: JsonObjectReading.Required(chineseName, "IndicatorDefinition", "chineseName"),
            englishName: JsonObjectReading.Required(englishName, "IndicatorDefinition", "englishName"),
            kind: JsonObjectReading.Required(kind, "IndicatorDefinition", "kind"),
            numerator: numerator,
            denominator: denominator,
            factor: factor,
            divisor: divisor,
            unit: JsonObjectReading.Required(unit, "IndicatorDefinition", "unit"),
            direction: JsonObjectReading.Required(direction, "IndicatorDefinition", "direction"),
            dataSource: JsonObjectReading.Required(dataSource, "IndicatorDefinition", "dataSource"),
            source: JsonObjectReading.Required(source, "IndicatorDefinition", "source"),
            status: JsonObjectReading.Required(status, "IndicatorDefinition", "status"),
            notes: notes));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IndicatorDefinition value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteString("chineseName", value.ChineseName);
        writer.WriteString("englishName", value.EnglishName);
        JsonObjectReading.WriteEnum(writer, "kind", value.Kind);
        JsonObjectReading.WriteOptional(writer, "numerator", value.Numerator, IndicatorOperandJsonConverter.Instance, options);
        JsonObjectReading.WriteOptional(writer, "denominator", value.Denominator, IndicatorOperandJsonConverter.Instance, options);
        if (value.Factor != 1m)
        {
            writer.WriteNumber("factor", value.Factor);
        }
        if (value.Divisor != 1m)
        {
            writer.WriteNumber("divisor", value.Divisor);
        }
        JsonObjectReading.WriteEnum(writer, "unit", value.Unit);
        JsonObjectReading.WriteEnum(writer, "direction", value.Direction);
        JsonObjectReading.WriteEnum(writer, "dataSource", value.DataSource);
        writer.WriteString("source", value.Source);
        JsonObjectReading.WriteEnum(writer, "status", value.Status);
        JsonObjectReading.WriteOptional(writer, "notes", value.Notes);
        writer.WriteEndObject();
    }
}
