using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>What time a reported figure covers, as the report words it.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum FigureTiming
{
    /// <summary>The report does not say; usually the year reported on.</summary>
    Unstated = 0,

    /// <summary>The whole year: 全年, 年, 年度 (全年门急诊量260.72万人次).</summary>
    Annual,

    /// <summary>A day on average: 日均, 每天, 单日 (日均门诊量5000人次).</summary>
    Daily,

    /// <summary>A stock at a date or "as of" the report: 截至, 年末, 年底, 现有 (现有职工1200人).</summary>
    AtDate,

    /// <summary>A stated period other than the year: 上半年, 一季度, 三年共 (上半年共完成手术5909台次).</summary>
    Period,
}
