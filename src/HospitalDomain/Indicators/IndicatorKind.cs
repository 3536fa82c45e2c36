using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Indicators;

/// <summary>How an indicator's value is computed.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum IndicatorKind
{
    /// <summary>A ratio or percentage: numerator ÷ denominator × factor (the ×100% indicators).</summary>
    Ratio = 0,

    /// <summary>A rate per N: numerator ÷ denominator × N, such as pharmacists per 100 beds or DDDs per 100 patient-days.</summary>
    PerN,

    /// <summary>Year-on-year growth in per cent of a quantity (a metric, or numerator ÷ denominator): (this period − previous) ÷ previous × 100.</summary>
    Growth,

    /// <summary>A reported value or a sum of metrics, such as the EMR level or a satisfaction score.</summary>
    Value,

    /// <summary>Several sub-values that the definition does not combine into one number (单病种质量控制); not computed.</summary>
    Composite,

    /// <summary>A qualitative judgement (定性指标), not computed from figures.</summary>
    Qualitative,
}
