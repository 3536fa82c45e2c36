using System.Text.Json.Serialization;

namespace HospitalDomain.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for every public type of the library, for use
/// under trimming and native AOT: <c>JsonSerializer.Serialize(value, HospitalDomainJsonContext.Default.Hospital)</c>.
/// </summary>
[JsonSourceGenerationOptions(
    WriteIndented = false,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(LocalDateJsonConverter)])]
[JsonSerializable(typeof(ReportingPeriod))]
[JsonSerializable(typeof(ReportingPeriodKind))]
[JsonSerializable(typeof(Ratio))]
[JsonSerializable(typeof(ChineseNumber))]
[JsonSerializable(typeof(ChineseNumberQualifier))]
[JsonSerializable(typeof(SourceStatus))]
[JsonSerializable(typeof(HospitalDomain.Indicators.IndicatorDirection))]
public sealed partial class HospitalDomainJsonContext : JsonSerializerContext
{
}
