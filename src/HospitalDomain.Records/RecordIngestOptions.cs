using System.Collections.Immutable;
using HospitalDomain.Metrics;

namespace HospitalDomain.Records;

/// <summary>How front-page exports are read, validated and aggregated.</summary>
/// <remarks>
/// Immutable (init-only properties); equality is by reference. The defaults read UTF-8 or GB18030
/// (detected), reject bad rows, and group by hospital and year.
/// </remarks>
public sealed class RecordIngestOptions
{
    /// <summary>Gets the default options.</summary>
    public static RecordIngestOptions Default { get; } = new();

    /// <summary>Gets the encoding, or <see cref="RecordEncoding.Auto"/> to detect it (the default).</summary>
    public RecordEncoding Encoding { get; init; } = RecordEncoding.Auto;

    /// <summary>
    /// Gets the map from a vendor's header (出院科别, 实际住院天数 …) to the national field name (CYKB,
    /// SJZYTS …); headers not in the map are taken as field names. Matching ignores case and surrounding spaces.
    /// </summary>
    public ImmutableDictionary<string, string> HeaderMap { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Gets what happens to a bad row (default: it is rejected and reading goes on).</summary>
    public RejectionPolicy Policy { get; init; } = RejectionPolicy.RejectRow;

    /// <summary>Gets the entity of a metric set (default: the hospital).</summary>
    public EntityGrouping Grouping { get; init; } = EntityGrouping.Hospital;

    /// <summary>Gets the period of a metric set, by discharge date (default: the year).</summary>
    public PeriodGranularity Period { get; init; } = PeriodGranularity.Year;

    /// <summary>Gets the aggregation rules.</summary>
    public AggregationRules Rules { get; init; } = AggregationRules.Default;

    /// <summary>Gets the catalogue of the metric sets (default: <see cref="MetricCatalogue.Standard"/>).</summary>
    public MetricCatalogue Catalogue { get; init; } = MetricCatalogue.Standard;

    /// <summary>
    /// Gets how many blocks of rows are parsed at once (default: the processor count; the thread pool
    /// runs them, with at most twice this number of blocks in flight); 1 reads and parses on the calling thread.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Gets how many rejections the result keeps (default 1,000; the counts per rule cover all of them).</summary>
    public int KeptRejections { get; init; } = 1000;

    /// <summary>Gets a callback that sees every rejection, in file order, on the calling thread; null for none.</summary>
    public Action<RecordRejection>? OnRejection { get; init; }

    /// <summary>Gets a callback told the number of bytes of the current input read so far (compressed bytes for gzip), called from the reading thread; null for none.</summary>
    public IProgress<long>? Progress { get; init; }

    /// <summary>Gets the size of a block of rows handed to a parser, in bytes (default 1 MiB); memory in use is a small multiple of it per thread.</summary>
    public int BlockSize { get; init; } = 1 << 20;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDegreeOfParallelism, 1, nameof(MaxDegreeOfParallelism));
        ArgumentOutOfRangeException.ThrowIfNegative(KeptRejections, nameof(KeptRejections));
        ArgumentOutOfRangeException.ThrowIfLessThan(BlockSize, 256, nameof(BlockSize));
        ArgumentNullException.ThrowIfNull(HeaderMap, nameof(HeaderMap));
        ArgumentNullException.ThrowIfNull(Rules, nameof(Rules));
        ArgumentNullException.ThrowIfNull(Catalogue, nameof(Catalogue));
    }
}
