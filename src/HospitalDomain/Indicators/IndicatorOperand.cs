using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Metrics;
using HospitalDomain.Serialization;

namespace HospitalDomain.Indicators;

/// <summary>The numerator or denominator of an indicator: a sum of metrics, with the plain-language description the manual gives.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class IndicatorOperand
{
    /// <summary>Creates an operand.</summary>
    /// <param name="metrics">The codes of the metrics summed; at least one, distinct.</param>
    /// <param name="description">What is counted, in the manual's words, such as 出院患者四级手术台次数.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No metric is named, a code is not camelCase, a code repeats or the description is blank.</exception>
    public IndicatorOperand(IEnumerable<string>? metrics, string description)
    {
        Metrics = ImmutableArrayEquality.ToImmutableOrEmpty(metrics).Select(s => Preconditions.CheckNotBlank(s, nameof(metrics))).ToImmutableArray();
        Description = Preconditions.CheckNotBlank(description);
        Preconditions.CheckArgument(!Metrics.IsEmpty, nameof(metrics), "metrics must name at least one metric.");
        foreach (var code in Metrics)
        {
            Metric.CheckCode(code, nameof(metrics));
        }

        Preconditions.CheckNoDuplicates(Metrics, m => m, nameof(metrics), "metric");
    }

    /// <summary>Gets the codes of the metrics summed.</summary>
    public ImmutableArray<string> Metrics { get; }

    /// <summary>Gets what is counted, in the manual's words.</summary>
    public string Description { get; }

    /// <summary>Returns the metric codes joined by " + ".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(" + ", Metrics);
}
