using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;

namespace HospitalDomain.Serialization;

/// <summary>
/// Converts a <see cref="Change"/>: <c>{"previous":8.3,"current":7.8,"valueKind":"quantity","direction":"lowerIsBetter","unit":"days"}</c>;
/// the derived figures are not written.
/// </summary>
public sealed class ChangeJsonConverter : JsonConverter<Change>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static ChangeJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override Change Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        decimal? previous = null, current = null;
        var valueKind = ChangeValueKind.Quantity;
        var direction = IndicatorDirection.MonitorOnly;
        var unit = Unit.None;
        JsonObjectReading.ReadObject(ref reader, "Change", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "previous": previous = JsonReading.GetDecimal(ref r, "previous"); break;
                case "current": current = JsonReading.GetDecimal(ref r, "current"); break;
                case "valueKind": valueKind = JsonObjectReading.GetEnum<ChangeValueKind>(ref r, "valueKind"); break;
                case "direction": direction = JsonObjectReading.GetEnum<IndicatorDirection>(ref r, "direction"); break;
                case "unit": unit = JsonObjectReading.GetEnum<Unit>(ref r, "unit"); break;
                default: throw JsonReading.UnknownProperty("Change", property);
            }
        });

        return Change.Between(
            previous ?? throw JsonReading.MissingProperty("Change", "previous"),
            current ?? throw JsonReading.MissingProperty("Change", "current"),
            valueKind,
            direction,
            unit);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Change value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("previous", value.Previous);
        writer.WriteNumber("current", value.Current);
        JsonObjectReading.WriteEnum(writer, "valueKind", value.ValueKind);
        JsonObjectReading.WriteEnum(writer, "direction", value.Direction);
        JsonObjectReading.WriteEnum(writer, "unit", value.Unit);
        writer.WriteEndObject();
    }
}
