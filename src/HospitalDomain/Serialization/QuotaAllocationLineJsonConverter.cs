using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Commendations;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="QuotaAllocationLine"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class QuotaAllocationLineJsonConverter : JsonConverter<QuotaAllocationLine>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static QuotaAllocationLineJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override QuotaAllocationLine Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? code = null;
        int? eligible = null;
        int? limit = null;
        int? awards = null;
        JsonObjectReading.ReadObject(ref reader, "QuotaAllocationLine", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "code":
                    code = JsonObjectReading.GetNullableString(ref r, "code");
                    break;
                case "eligible":
                    eligible = JsonReading.GetInt32(ref r, "eligible");
                    break;
                case "limit":
                    limit = JsonReading.GetInt32(ref r, "limit");
                    break;
                case "awards":
                    awards = JsonReading.GetInt32(ref r, "awards");
                    break;
                default:
                    throw JsonReading.UnknownProperty("QuotaAllocationLine", property);
            }
        });

        return JsonObjectReading.Create("QuotaAllocationLine", () => new QuotaAllocationLine(
            code: JsonObjectReading.Required(code, "QuotaAllocationLine", "code"),
            eligible: JsonObjectReading.Required(eligible, "QuotaAllocationLine", "eligible"),
            limit: JsonObjectReading.Required(limit, "QuotaAllocationLine", "limit"),
            awards: JsonObjectReading.Required(awards, "QuotaAllocationLine", "awards")));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, QuotaAllocationLine value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteNumber("eligible", value.Eligible);
        writer.WriteNumber("limit", value.Limit);
        writer.WriteNumber("awards", value.Awards);
        writer.WriteEndObject();
    }
}
