using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Indicators;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="DrgGroupStatistics"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class DrgGroupStatisticsJsonConverter : JsonConverter<DrgGroupStatistics>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static DrgGroupStatisticsJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override DrgGroupStatistics Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? groupCode = null;
        long? cases = null;
        decimal? relativeWeight = null;
        decimal? meanCost = null;
        decimal? meanStay = null;
        decimal? benchmarkMeanCost = null;
        decimal? benchmarkMeanStay = null;
        long? deaths = null;
        DrgRiskLevel? riskLevel = null;
        string? name = null;
        JsonObjectReading.ReadObject(ref reader, "DrgGroupStatistics", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "groupCode":
                    groupCode = JsonObjectReading.GetNullableString(ref r, "groupCode");
                    break;
                case "cases":
                    cases = JsonReading.GetInt64(ref r, "cases");
                    break;
                case "relativeWeight":
                    relativeWeight = JsonReading.GetDecimal(ref r, "relativeWeight");
                    break;
                case "meanCost":
                    meanCost = JsonReading.GetDecimal(ref r, "meanCost");
                    break;
                case "meanStay":
                    meanStay = JsonReading.GetDecimal(ref r, "meanStay");
                    break;
                case "benchmarkMeanCost":
                    benchmarkMeanCost = JsonReading.GetDecimal(ref r, "benchmarkMeanCost");
                    break;
                case "benchmarkMeanStay":
                    benchmarkMeanStay = JsonReading.GetDecimal(ref r, "benchmarkMeanStay");
                    break;
                case "deaths":
                    deaths = JsonReading.GetInt64(ref r, "deaths");
                    break;
                case "riskLevel":
                    riskLevel = JsonObjectReading.GetEnum<DrgRiskLevel>(ref r, "riskLevel");
                    break;
                case "name":
                    name = JsonObjectReading.GetNullableString(ref r, "name");
                    break;
                default:
                    throw JsonReading.UnknownProperty("DrgGroupStatistics", property);
            }
        });

        return JsonObjectReading.Create("DrgGroupStatistics", () => new DrgGroupStatistics(
            groupCode: JsonObjectReading.Required(groupCode, "DrgGroupStatistics", "groupCode"),
            cases: JsonObjectReading.Required(cases, "DrgGroupStatistics", "cases"),
            relativeWeight: JsonObjectReading.Required(relativeWeight, "DrgGroupStatistics", "relativeWeight"),
            meanCost: JsonObjectReading.Required(meanCost, "DrgGroupStatistics", "meanCost"),
            meanStay: JsonObjectReading.Required(meanStay, "DrgGroupStatistics", "meanStay"),
            benchmarkMeanCost: JsonObjectReading.Required(benchmarkMeanCost, "DrgGroupStatistics", "benchmarkMeanCost"),
            benchmarkMeanStay: JsonObjectReading.Required(benchmarkMeanStay, "DrgGroupStatistics", "benchmarkMeanStay"),
            deaths: deaths,
            riskLevel: riskLevel,
            name: name));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DrgGroupStatistics value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("groupCode", value.GroupCode);
        writer.WriteNumber("cases", value.Cases);
        writer.WriteNumber("relativeWeight", value.RelativeWeight);
        writer.WriteNumber("meanCost", value.MeanCost);
        writer.WriteNumber("meanStay", value.MeanStay);
        writer.WriteNumber("benchmarkMeanCost", value.BenchmarkMeanCost);
        writer.WriteNumber("benchmarkMeanStay", value.BenchmarkMeanStay);
        JsonObjectReading.WriteOptional(writer, "deaths", value.Deaths);
        JsonObjectReading.WriteOptionalEnum(writer, "riskLevel", value.RiskLevel);
        JsonObjectReading.WriteOptional(writer, "name", value.Name);
        writer.WriteEndObject();
    }
}
