using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Commendations;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="QuotaDepartment"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class QuotaDepartmentJsonConverter : JsonConverter<QuotaDepartment>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static QuotaDepartmentJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override QuotaDepartment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? code = null;
        int? headcount = null;
        int excluded = 0;
        int? cap = null;
        string? name = null;
        JsonObjectReading.ReadObject(ref reader, "QuotaDepartment", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "code":
                    code = JsonObjectReading.GetNullableString(ref r, "code");
                    break;
                case "headcount":
                    headcount = JsonReading.GetInt32(ref r, "headcount");
                    break;
                case "excluded":
                    excluded = JsonReading.GetInt32(ref r, "excluded");
                    break;
                case "cap":
                    cap = JsonObjectReading.GetNullableInt32(ref r, "cap");
                    break;
                case "name":
                    name = JsonObjectReading.GetNullableString(ref r, "name");
                    break;
                default:
                    throw JsonReading.UnknownProperty("QuotaDepartment", property);
            }
        });

        return JsonObjectReading.Create("QuotaDepartment", () => new QuotaDepartment(
            code: JsonObjectReading.Required(code, "QuotaDepartment", "code"),
            headcount: JsonObjectReading.Required(headcount, "QuotaDepartment", "headcount"),
            excluded: excluded,
            cap: cap,
            name: name));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, QuotaDepartment value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteNumber("headcount", value.Headcount);
        if (value.Excluded != 0)
        {
            writer.WriteNumber("excluded", value.Excluded);
        }
        JsonObjectReading.WriteOptional(writer, "cap", value.Cap);
        JsonObjectReading.WriteOptional(writer, "name", value.Name);
        writer.WriteEndObject();
    }
}
