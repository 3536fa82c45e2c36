using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Commendations;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="QuotaAllocation"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class QuotaAllocationJsonConverter : JsonConverter<QuotaAllocation>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static QuotaAllocationJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override QuotaAllocation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        int? requested = null;
        ImmutableArray<QuotaAllocationLine> lines = [];
        JsonObjectReading.ReadObject(ref reader, "QuotaAllocation", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "requested":
                    requested = JsonReading.GetInt32(ref r, "requested");
                    break;
                case "lines":
                    lines = JsonObjectReading.GetArray(ref r, options, "lines", (ref Utf8JsonReader e, JsonSerializerOptions o) => QuotaAllocationLineJsonConverter.Instance.Read(ref e, typeof(QuotaAllocationLine), o));
                    break;
                default:
                    throw JsonReading.UnknownProperty("QuotaAllocation", property);
            }
        });

        return JsonObjectReading.Create("QuotaAllocation", () => new QuotaAllocation(
            requested: JsonObjectReading.Required(requested, "QuotaAllocation", "requested"),
            lines: lines));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, QuotaAllocation value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteNumber("requested", value.Requested);
        JsonObjectReading.WriteArray(writer, "lines", value.Lines, QuotaAllocationLineJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
