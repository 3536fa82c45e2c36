using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Assessments;
using HospitalDomain.Metrics;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="CohortFigures"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class CohortFiguresJsonConverter : JsonConverter<CohortFigures>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static CohortFiguresJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override CohortFigures Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? peerGroup = null;
        MetricSet? current = null;
        MetricSet? previous = null;
        JsonObjectReading.ReadObject(ref reader, "CohortFigures", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "peerGroup":
                    peerGroup = JsonObjectReading.GetNullableString(ref r, "peerGroup");
                    break;
                case "current":
                    current = MetricSetJsonConverter.Instance.Read(ref r, typeof(MetricSet), options);
                    break;
                case "previous":
                    previous = r.TokenType == JsonTokenType.Null ? null : MetricSetJsonConverter.Instance.Read(ref r, typeof(MetricSet), options);
                    break;
                default:
                    throw JsonReading.UnknownProperty("CohortFigures", property);
            }
        });

        return JsonObjectReading.Create("CohortFigures", () => new CohortFigures(
            peerGroup: JsonObjectReading.Required(peerGroup, "CohortFigures", "peerGroup"),
            current: JsonObjectReading.Required(current, "CohortFigures", "current"),
            previous: previous));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CohortFigures value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("peerGroup", value.PeerGroup);
        JsonObjectReading.Write(writer, "current", value.Current, MetricSetJsonConverter.Instance, options);
        if (value.Previous is not null)
        {
            JsonObjectReading.Write(writer, "previous", value.Previous, MetricSetJsonConverter.Instance, options);
        }

        writer.WriteEndObject();
    }
}
