using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Indicators;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>A figure of a work report as printed: a label, the value (260.72万), the unit, and the change it states if any.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class ReportedFigure
{
    /// <summary>Creates a reported figure.</summary>
    /// <param name="label">What is counted, such as 门急诊量.</param>
    /// <param name="value">The value as printed.</param>
    /// <param name="unit">The unit as printed, such as 人次, or null.</param>
    /// <param name="change">The change the report states, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank.</exception>
    public ReportedFigure(string label, ChineseNumber value, string? unit = null, Change? change = null)
    {
        Label = Preconditions.CheckNotBlank(label);
        Value = value;
        Unit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        Change = change;
    }

    /// <summary>Gets what is counted.</summary>
    public string Label { get; }

    /// <summary>Gets the value as printed.</summary>
    public ChineseNumber Value { get; }

    /// <summary>Gets the unit as printed, or null.</summary>
    public string? Unit { get; }

    /// <summary>Gets the change the report states, or null.</summary>
    public Change? Change { get; }

    /// <summary>Returns "label value unit".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Label}{Value}{Unit}";
}
