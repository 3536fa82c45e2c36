using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain;

/// <summary>The kind of a <see cref="ReportingPeriod"/> (统计期).</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum ReportingPeriodKind
{
    /// <summary>Any inclusive interval of dates, written "2023-01-01/2023-07-31".</summary>
    Custom = 0,

    /// <summary>A calendar year (年度), written "2023".</summary>
    Year = 1,

    /// <summary>A half-year (半年), written "2023H1" or "2023H2".</summary>
    HalfYear = 2,

    /// <summary>A quarter (季度), written "2023Q1" to "2023Q4".</summary>
    Quarter = 3,

    /// <summary>A calendar month (月度), written "2023-03".</summary>
    Month = 4,
}
