using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Text;

/// <summary>The labels under which reports print one catalogue metric or indicator: 门急诊量, 门急诊人次 … → outpatientEmergencyVisits.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class LabelSynonym
{
    /// <summary>Creates a synonym entry.</summary>
    /// <param name="code">The code of the metric (<see cref="Metrics.MetricCatalogue.Standard"/>) or indicator (<see cref="Indicators.IndicatorEditions"/>).</param>
    /// <param name="labels">The labels as reports print them, without the fillers the reader strips (全年, 全院, 总 …).</param>
    /// <param name="units">The units a figure of this code is printed in; a figure in another unit is not matched. Empty for any unit.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not camelCase, or a label or unit is blank, or there is no label.</exception>
    public LabelSynonym(string code, IEnumerable<string> labels, IEnumerable<string>? units = null)
    {
        Metrics.Metric.CheckCode(code);
        Code = code;
        Labels = [.. Preconditions.CheckNotNull(labels).Select(l => Preconditions.CheckNotBlank(l, nameof(labels)))];
        Preconditions.CheckArgument(!Labels.IsEmpty, nameof(labels), $"the synonym entry '{code}' has no label.");
        Units = ImmutableArrayEquality.ToImmutableOrEmpty(units).Select(u => Preconditions.CheckNotBlank(u, nameof(units))).ToImmutableArray();
    }

    /// <summary>Gets the code of the metric or indicator.</summary>
    public string Code { get; }

    /// <summary>Gets the labels.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>Gets the units a figure of this code is printed in; empty for any.</summary>
    public ImmutableArray<string> Units { get; }

    /// <summary>Returns "code: label, label …".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code}: {string.Join(", ", Labels)}";
}
