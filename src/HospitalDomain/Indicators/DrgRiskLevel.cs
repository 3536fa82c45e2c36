using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Indicators;

/// <summary>The mortality-risk band of a DRG group (死亡风险分级), by its standardized mortality.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum DrgRiskLevel
{
    /// <summary>Low risk (低风险组): standardized log mortality below −1 standard deviation.</summary>
    Low = 0,

    /// <summary>Medium-low risk (中低风险组).</summary>
    MediumLow,

    /// <summary>Medium-high risk (中高风险组).</summary>
    MediumHigh,

    /// <summary>High risk (高风险组).</summary>
    High,
}
