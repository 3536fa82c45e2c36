using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Indicators;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="IndicatorAlias"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class IndicatorAliasJsonConverter : JsonConverter<IndicatorAlias>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static IndicatorAliasJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override IndicatorAlias Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? code = null;
        string? name = null;
        string? note = null;
        JsonObjectReading.ReadObject(ref reader, "IndicatorAlias", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "code":
                    code = JsonObjectReading.GetNullableString(ref r, "code");
                    break;
                case "name":
                    name = JsonObjectReading.GetNullableString(ref r, "name");
                    break;
                case "note":
                    note = JsonObjectReading.GetNullableString(ref r, "note");
                    break;
                default:
                    throw JsonReading.UnknownProperty("IndicatorAlias", property);
            }
        });

        return JsonObjectReading.Create("IndicatorAlias", () => new IndicatorAlias(
            code: JsonObjectReading.Required(code, "IndicatorAlias", "code"),
            name: JsonObjectReading.Required(name, "IndicatorAlias", "name"),
            note: note));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IndicatorAlias value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteString("name", value.Name);
        JsonObjectReading.WriteOptional(writer, "note", value.Note);
        writer.WriteEndObject();
    }
}
