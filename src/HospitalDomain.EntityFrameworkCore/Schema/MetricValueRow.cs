using System.Collections.Immutable;
using HospitalDomain.Metrics;

namespace HospitalDomain.EntityFrameworkCore.Schema;

/// <summary>
/// One value of one metric for one entity and period (table <c>metric_values</c>): the long form
/// (entity, period, metric code, value) that DHIS2 and data warehouses use, mapped to and from
/// <see cref="MetricSet"/>.
/// </summary>
/// <remarks>
/// The key is (entity, period, metric). A metric a set does not hold has no row: missing stays
/// missing, never 0. An EF Core entity; equality is by reference.
/// </remarks>
public sealed class MetricValueRow
{
    /// <summary>Gets the entity (column <c>entity</c>), such as a hospital's key or "hospital/department".</summary>
    public required string Entity { get; init; }

    /// <summary>Gets the period (column <c>period</c>, its text form such as 2023 or 2023Q4).</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>Gets the metric's code (column <c>metric</c>), such as discharges.</summary>
    public required string Metric { get; init; }

    /// <summary>Gets the value (column <c>value</c>), in the metric's unit.</summary>
    public required decimal Value { get; init; }

    /// <summary>Returns one row per value that <paramref name="set"/> holds, in catalogue order.</summary>
    /// <param name="set">The metric set.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is null.</exception>
    public static IEnumerable<MetricValueRow> FromMetricSet(MetricSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.Values().Select(v => new MetricValueRow { Entity = set.Entity, Period = set.Period, Metric = v.Key.Code, Value = v.Value }).ToList();
    }

    /// <summary>Builds the metric sets that <paramref name="rows"/> hold, one per entity and period, ordered by entity (ordinal) and period.</summary>
    /// <param name="rows">The rows, in any order.</param>
    /// <param name="catalogue">The catalogue the metric codes belong to.</param>
    /// <returns>The metric sets.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A row names a metric outside <paramref name="catalogue"/>, or the same value twice.</exception>
    public static ImmutableArray<MetricSet> ToMetricSets(IEnumerable<MetricValueRow> rows, MetricCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(catalogue);
        var sets = new SortedDictionary<(string Entity, ReportingPeriod Period), MetricSetBuilder>(EntityPeriodComparer.Instance);
        var seen = new HashSet<(string, ReportingPeriod, string)>();
        foreach (var row in rows)
        {
            if (!catalogue.TryGetIndex(row.Metric, out _))
            {
                throw new ArgumentException($"Metric value row {row.Entity} {row.Period} names the metric '{row.Metric}', which the catalogue '{catalogue.Id}' does not have.", nameof(rows));
            }

            if (!seen.Add((row.Entity, row.Period, row.Metric)))
            {
                throw new ArgumentException($"Metric value row {row.Entity} {row.Period} {row.Metric} is given twice.", nameof(rows));
            }

            if (!sets.TryGetValue((row.Entity, row.Period), out var builder))
            {
                builder = MetricSet.CreateBuilder(catalogue, row.Entity, row.Period);
                sets.Add((row.Entity, row.Period), builder);
            }

            builder.Set(row.Metric, row.Value);
        }

        return [.. sets.Values.Select(b => b.Build())];
    }
}
