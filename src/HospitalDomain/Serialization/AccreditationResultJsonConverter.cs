using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Accreditation;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="AccreditationResult"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class AccreditationResultJsonConverter : JsonConverter<AccreditationResult>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static AccreditationResultJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override AccreditationResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? standardId = null;
        ImmutableArray<string>? levels = null;
        bool? cumulative = null;
        ImmutableArray<CriterionResult> results = [];
        JsonObjectReading.ReadObject(ref reader, "AccreditationResult", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "standardId":
                    standardId = JsonObjectReading.GetNullableString(ref r, "standardId");
                    break;
                case "levels":
                    levels = JsonObjectReading.GetStringArray(ref r, options, "levels");
                    break;
                case "cumulative":
                    cumulative = JsonReading.GetBoolean(ref r, "cumulative");
                    break;
                case "results":
                    results = JsonObjectReading.GetArray(ref r, options, "results", (ref Utf8JsonReader e, JsonSerializerOptions o) => CriterionResultJsonConverter.Instance.Read(ref e, typeof(CriterionResult), o));
                    break;
                default:
                    throw JsonReading.UnknownProperty("AccreditationResult", property);
            }
        });

        return JsonObjectReading.Create("AccreditationResult", () => new AccreditationResult(
            standardId: JsonObjectReading.Required(standardId, "AccreditationResult", "standardId"),
            levels: JsonObjectReading.Required(levels, "AccreditationResult", "levels"),
            cumulative: JsonObjectReading.Required(cumulative, "AccreditationResult", "cumulative"),
            results: results));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AccreditationResult value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("standardId", value.StandardId);
        JsonObjectReading.WriteStringArray(writer, "levels", value.Levels);
        writer.WriteBoolean("cumulative", value.Cumulative);
        JsonObjectReading.WriteArray(writer, "results", value.Results, CriterionResultJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
