using System.Collections.Immutable;
using HospitalDomain.Metrics;
using HospitalDomain.Records;

namespace HospitalDomain.EntityFrameworkCore.Records;

/// <summary>What a <see cref="DatabaseRecordAggregator"/> computed in the database: the metric sets and DRG totals, as an ingest of the same records gives them.</summary>
/// <remarks>Immutable. Metric sets are ordered by entity (ordinal) and period.</remarks>
public sealed class DatabaseAggregation
{
    internal DatabaseAggregation(long rows, ImmutableArray<MetricSet> metricSets, ImmutableArray<DrgTotals> drg)
    {
        Rows = rows;
        MetricSets = metricSets;
        Drg = drg;
    }

    /// <summary>Gets the number of records aggregated.</summary>
    public long Rows { get; }

    /// <summary>Gets one metric set per entity and period with at least one record.</summary>
    public ImmutableArray<MetricSet> MetricSets { get; }

    /// <summary>Gets the DRG totals per entity and period, when any record has a DRG group and weight; otherwise empty.</summary>
    public ImmutableArray<DrgTotals> Drg { get; }
}
