using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Indicators;

/// <summary>The outcome of evaluating one indicator.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum IndicatorStatus
{
    /// <summary>A value was computed.</summary>
    Computed = 0,

    /// <summary>The denominator (or the previous period's value for a growth indicator) is zero: no value, by definition.</summary>
    NotComputable,

    /// <summary>A metric the formula needs was not reported; the result names the missing metrics.</summary>
    MissingData,

    /// <summary>The indicator is qualitative and is not computed from figures.</summary>
    Qualitative,

    /// <summary>The indicator is composite: its sub-values are not combined into one value.</summary>
    NotApplicable,
}
