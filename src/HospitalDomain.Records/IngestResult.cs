using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Metrics;
using HospitalDomain.Records.Serialization;

namespace HospitalDomain.Records;

/// <summary>What an aggregation of front-page exports produced: the metric sets, the DRG totals, the reconciliation and the first rejections.</summary>
/// <remarks>Immutable. Metric sets are ordered by entity (ordinal) and period.</remarks>
[JsonConverter(typeof(RecordsJsonConverter)), ValueEquality]
public sealed partial class IngestResult
{
    [JsonConstructor]
    internal IngestResult(ImmutableArray<MetricSet> metricSets, ImmutableArray<DrgTotals> drg, Reconciliation reconciliation, ImmutableArray<RecordRejection> rejections, bool stopped)
    {
        MetricSets = metricSets;
        Drg = drg;
        Reconciliation = reconciliation;
        Rejections = rejections;
        Stopped = stopped;
    }

    /// <summary>Gets one metric set per entity and period with at least one accepted row.</summary>
    public ImmutableArray<MetricSet> MetricSets { get; }

    /// <summary>Gets the DRG totals per entity and period, when a DRG weight column was named; otherwise empty.</summary>
    public ImmutableArray<DrgTotals> Drg { get; }

    /// <summary>Gets rows read, accepted and rejected, with the count per rule.</summary>
    public Reconciliation Reconciliation { get; }

    /// <summary>Gets the first rejections in file order (at most <see cref="RecordIngestOptions.KeptRejections"/>).</summary>
    public ImmutableArray<RecordRejection> Rejections { get; }

    /// <summary>Gets whether reading stopped at the first rejection (<see cref="RejectionPolicy.StopAtFirstError"/>).</summary>
    public bool Stopped { get; }
}
