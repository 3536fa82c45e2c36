using HospitalDomain.Metrics;

namespace HospitalDomain.Records;

/// <summary>
/// A user's rule for one metric: what each accepted record adds to it. A custom rule for a metric
/// replaces the default rule for that metric.
/// </summary>
/// <remarks>
/// Custom rules see a materialized <see cref="DischargeRecord"/> per accepted row, which costs
/// allocations the default rules avoid: expect a slower aggregation when there are any. The function
/// must be thread-safe (it is called from several threads) and must return a value valid for the
/// metric's kind when summed (a count adds whole numbers).
/// </remarks>
public sealed class RecordMetricRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="metricCode">The metric's code in the catalogue, such as "surgeries".</param>
    /// <param name="description">What the rule counts, for documentation and the command's output.</param>
    /// <param name="contribution">What one record adds to the metric.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="metricCode"/> or <paramref name="description"/> is blank.</exception>
    public RecordMetricRule(string metricCode, string description, Func<DischargeRecord, decimal> contribution)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metricCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentNullException.ThrowIfNull(contribution);
        MetricCode = metricCode;
        Description = description;
        Contribution = contribution;
    }

    /// <summary>Gets the metric's code.</summary>
    public string MetricCode { get; }

    /// <summary>Gets what the rule counts.</summary>
    public string Description { get; }

    /// <summary>Gets what one record adds to the metric.</summary>
    public Func<DischargeRecord, decimal> Contribution { get; }

    internal Metric Resolve(MetricCatalogue catalogue) =>
        catalogue.TryGetIndex(MetricCode, out var index)
            ? catalogue.Metrics[index]
            : throw new ArgumentException($"Rule metric '{MetricCode}' is not in the catalogue '{catalogue.Id}'.", nameof(catalogue));
}
