using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Governance;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="AgreementTarget"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class AgreementTargetJsonConverter : JsonConverter<AgreementTarget>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static AgreementTargetJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override AgreementTarget Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? code = null;
        string? description = null;
        TargetComparator? comparator = null;
        decimal? target = null;
        decimal? weight = null;
        ScoringRule rule = default;
        decimal? floor = null;
        decimal? cap = null;
        JsonObjectReading.ReadObject(ref reader, "AgreementTarget", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "code":
                    code = JsonObjectReading.GetNullableString(ref r, "code");
                    break;
                case "description":
                    description = JsonObjectReading.GetNullableString(ref r, "description");
                    break;
                case "comparator":
                    comparator = JsonObjectReading.GetEnum<TargetComparator>(ref r, "comparator");
                    break;
                case "target":
                    target = JsonReading.GetDecimal(ref r, "target");
                    break;
                case "weight":
                    weight = JsonReading.GetDecimal(ref r, "weight");
                    break;
                case "rule":
                    rule = JsonObjectReading.GetEnum<ScoringRule>(ref r, "rule");
                    break;
                case "floor":
                    floor = JsonReading.GetDecimal(ref r, "floor");
                    break;
                case "cap":
                    cap = JsonReading.GetDecimal(ref r, "cap");
                    break;
                default:
                    throw JsonReading.UnknownProperty("AgreementTarget", property);
            }
        });

        return JsonObjectReading.Create("AgreementTarget", () => new AgreementTarget(
            code: JsonObjectReading.Required(code, "AgreementTarget", "code"),
            description: JsonObjectReading.Required(description, "AgreementTarget", "description"),
            comparator: JsonObjectReading.Required(comparator, "AgreementTarget", "comparator"),
            target: JsonObjectReading.Required(target, "AgreementTarget", "target"),
            weight: JsonObjectReading.Required(weight, "AgreementTarget", "weight"),
            rule: rule,
            floor: floor,
            cap: cap));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AgreementTarget value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteString("description", value.Description);
        JsonObjectReading.WriteEnum(writer, "comparator", value.Comparator);
        writer.WriteNumber("target", value.Target);
        writer.WriteNumber("weight", value.Weight);
        if (value.Rule != default)
        {
            JsonObjectReading.WriteEnum(writer, "rule", value.Rule);
        }
        JsonObjectReading.WriteOptional(writer, "floor", value.Floor);
        JsonObjectReading.WriteOptional(writer, "cap", value.Cap);
        writer.WriteEndObject();
    }
}
