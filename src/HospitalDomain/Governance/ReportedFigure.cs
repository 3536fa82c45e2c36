using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>
/// A figure of a report as printed: a label, the value (260.72万) and unit, the change stated with it,
/// the catalogue metric or indicator the label names, what time it covers, and whether it is a plan's
/// target or a value derived by whoever built the data rather than printed.
/// </summary>
/// <remarks>
/// <para>
/// A figure states a value, a change or both: 门诊人次增长28.42% has a change and no value. The unit is
/// kept as printed (人次, 例次, 亩, 篇, 面, 个周期, ‰ …), so figures the metric catalogue has no metric
/// for (admissions, staff, floor area, papers, grants) are held as well as those it has.
/// </para>
/// <para>Equality compares every property.</para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class ReportedFigure
{
    /// <summary>Creates a reported figure.</summary>
    /// <param name="label">What is counted, as printed, such as 门急诊量.</param>
    /// <param name="value">The value as printed, or null when the report states only a change.</param>
    /// <param name="unit">The unit as printed, such as 人次, or null.</param>
    /// <param name="change">The change the report states, or null.</param>
    /// <param name="metric">The code of the catalogue metric or indicator the label names (outpatientEmergencyVisits, averageLengthOfStay), or null.</param>
    /// <param name="timing">What time the figure covers.</param>
    /// <param name="isTarget">Whether it is a plan's target rather than a result.</param>
    /// <param name="isDerived">Whether the value was derived by whoever built the data (from other printed figures) rather than printed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank, <paramref name="metric"/> is not a camelCase code, or neither a value nor a change is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timing"/> is not defined.</exception>
    public ReportedFigure(string label, ChineseNumber? value = null, string? unit = null, StatedChange? change = null, string? metric = null, FigureTiming timing = FigureTiming.Unstated, bool isTarget = false, bool isDerived = false)
    {
        Label = Preconditions.CheckNotBlank(label);
        Preconditions.CheckArgument(value is not null || change is not null, nameof(value), $"the figure '{label}' states neither a value nor a change.");
        if (metric is not null)
        {
            Metrics.Metric.CheckCode(metric, nameof(metric));
        }

        Value = value;
        Unit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        Change = change;
        Metric = metric;
        Timing = Preconditions.CheckDefined(timing);
        IsTarget = isTarget;
        IsDerived = isDerived;
    }

    /// <summary>Gets what is counted, as printed.</summary>
    public string Label { get; }

    /// <summary>Gets the value as printed, or null when only a change is stated.</summary>
    public ChineseNumber? Value { get; }

    /// <summary>Gets the unit as printed, or null.</summary>
    public string? Unit { get; }

    /// <summary>Gets the change the report states, or null.</summary>
    public StatedChange? Change { get; }

    /// <summary>Gets the code of the catalogue metric or indicator the label names, or null.</summary>
    public string? Metric { get; }

    /// <summary>Gets what time the figure covers.</summary>
    public FigureTiming Timing { get; }

    /// <summary>Gets whether it is a plan's target.</summary>
    public bool IsTarget { get; }

    /// <summary>Gets whether the value was derived rather than printed.</summary>
    public bool IsDerived { get; }

    /// <summary>Returns "label value unit，change", such as "平均住院日7.8天，较上年同期下降0.5天".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Label}{Value}{Unit}{(Change is null ? string.Empty : (Value is null ? string.Empty : "，") + Change)}";
}
