using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Indicators;

/// <summary>
/// Which way an indicator should move (指标导向): whether a higher value is better, a lower value is
/// better, or the value is only monitored (监测指标) without a judgement.
/// </summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum IndicatorDirection
{
    /// <summary>The indicator is monitored only (监测比较); a change is neither better nor worse.</summary>
    MonitorOnly = 0,

    /// <summary>A higher value is better (逐步提高).</summary>
    HigherIsBetter = 1,

    /// <summary>A lower value is better (逐步降低).</summary>
    LowerIsBetter = 2,
}
