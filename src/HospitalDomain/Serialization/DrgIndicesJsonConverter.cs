using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Indicators;

namespace HospitalDomain.Serialization;

/// <summary>Converts <see cref="DrgIndices"/>: the totals and each index as a ratio object.</summary>
public sealed class DrgIndicesJsonConverter : JsonConverter<DrgIndices>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static DrgIndicesJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override DrgIndices Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        decimal? totalWeight = null;
        long? cases = null;
        int? groupCount = null;
        Ratio? cmi = null, cost = null, time = null, lowRisk = null;
        JsonObjectReading.ReadObject(ref reader, "DrgIndices", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "totalWeight": totalWeight = JsonReading.GetDecimal(ref r, "totalWeight"); break;
                case "cases": cases = JsonReading.GetInt64(ref r, "cases"); break;
                case "groupCount": groupCount = JsonReading.GetInt32(ref r, "groupCount"); break;
                case "caseMixIndex": cmi = RatioJsonConverter.Instance.Read(ref r, typeof(Ratio), options); break;
                case "costEfficiencyIndex": cost = RatioJsonConverter.Instance.Read(ref r, typeof(Ratio), options); break;
                case "timeEfficiencyIndex": time = RatioJsonConverter.Instance.Read(ref r, typeof(Ratio), options); break;
                case "lowRiskMortality": lowRisk = RatioJsonConverter.Instance.Read(ref r, typeof(Ratio), options); break;
                default: throw JsonReading.UnknownProperty("DrgIndices", property);
            }
        });

        return DrgIndices.Restore(
            totalWeight ?? throw JsonReading.MissingProperty("DrgIndices", "totalWeight"),
            cases ?? throw JsonReading.MissingProperty("DrgIndices", "cases"),
            groupCount ?? throw JsonReading.MissingProperty("DrgIndices", "groupCount"),
            cmi ?? throw JsonReading.MissingProperty("DrgIndices", "caseMixIndex"),
            cost ?? throw JsonReading.MissingProperty("DrgIndices", "costEfficiencyIndex"),
            time ?? throw JsonReading.MissingProperty("DrgIndices", "timeEfficiencyIndex"),
            lowRisk);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DrgIndices value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteNumber("totalWeight", value.TotalWeight);
        writer.WriteNumber("cases", value.Cases);
        writer.WriteNumber("groupCount", value.GroupCount);
        WriteRatio(writer, "caseMixIndex", value.CaseMixIndex, options);
        WriteRatio(writer, "costEfficiencyIndex", value.CostEfficiencyIndex, options);
        WriteRatio(writer, "timeEfficiencyIndex", value.TimeEfficiencyIndex, options);
        if (value.LowRiskMortality is { } lowRisk)
        {
            WriteRatio(writer, "lowRiskMortality", lowRisk, options);
        }

        writer.WriteEndObject();
    }

    private static void WriteRatio(Utf8JsonWriter writer, string name, Ratio ratio, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        RatioJsonConverter.Instance.Write(writer, ratio, options);
    }
}
