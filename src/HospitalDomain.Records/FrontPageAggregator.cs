using System.Collections.Immutable;
using HospitalDomain.Metrics;
using HospitalDomain.Records.Reading;

namespace HospitalDomain.Records;

/// <summary>
/// Reads front-page (住院病案首页) exports, validates every row and aggregates the accepted ones into
/// <see cref="MetricSet"/>s by entity and period, with an exact reconciliation.
/// </summary>
/// <remarks>
/// <para>
/// Call <see cref="Read(Stream, string)"/> or <see cref="ReadFile"/> once per export (several
/// exports add up, and a stay repeated in a later export is a duplicate), then <see cref="ToResult"/>.
/// Each export is streamed: one thread cuts it into blocks of whole rows, blocks are parsed and
/// validated in parallel, and one consumer takes the results in file order, so duplicate detection,
/// the rejections reported and the sums are the same whatever the number of threads. Memory is
/// bounded by a few blocks per thread and the index of stays seen (a few bytes per stay).
/// </para>
/// <para>Personal fields are never read. Not thread-safe: one export at a time.</para>
/// </remarks>
public sealed class FrontPageAggregator
{
    private readonly RecordIngestOptions _options;
    private readonly ImmutableArray<(Metric Metric, Func<DischargeRecord, decimal> Rule)> _custom;
    private readonly Dictionary<GroupKey, Accumulator> _groups = [];
    private readonly StayIndex _stays = new();
    private readonly long[] _rejectedByRule = new long[Enum.GetValues<RejectionRule>().Length];
    private readonly List<RecordRejection> _kept = [];
    private readonly bool[] _slotPresent = new bool[Slots.Count];
    private long _accepted;
    private bool _stopped;

    /// <summary>Creates an aggregator.</summary>
    /// <param name="options">The options, or null for <see cref="RecordIngestOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">A custom rule names a metric outside the catalogue.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public FrontPageAggregator(RecordIngestOptions? options = null)
    {
        _options = options ?? RecordIngestOptions.Default;
        _options.Validate();
        _custom = [.. _options.Rules.CustomRules.Select(r => (r.Resolve(_options.Catalogue), r.Contribution))];
        foreach (var code in Slots.MetricCodes)
        {
            if (code is not null && !_options.Catalogue.TryGetIndex(code, out _) && !_options.Rules.DisabledMetrics.Contains(code))
            {
                throw new ArgumentException($"The catalogue '{_options.Catalogue.Id}' has no metric '{code}' for the default rules; disable it in AggregationRules.DisabledMetrics.", nameof(options));
            }
        }
    }

    /// <summary>Gets whether reading stopped at a rejection (<see cref="RejectionPolicy.StopAtFirstError"/>); further reads do nothing.</summary>
    public bool Stopped => _stopped;

    /// <summary>Reads and aggregates one export file (plain or gzip).</summary>
    /// <param name="path">The file path; the name in messages is the path as given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="RecordFileException">The file is missing, unreadable, or not a usable export.</exception>
    public void ReadFile(string path)
    {
        using var stream = FrontPageReader.OpenFile(path);
        Read(stream, path);
    }

    /// <summary>Reads and aggregates one export from a stream (plain or gzip), which is read to its end but not closed.</summary>
    /// <param name="stream">The export.</param>
    /// <param name="inputName">The name used in messages, such as the file name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RecordFileException">The input is not a usable export.</exception>
    public void Read(Stream stream, string inputName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(inputName);
        if (_stopped)
        {
            return;
        }

        try
        {
            foreach (var result in Pipeline.Run(stream, inputName, _options, _custom, keepRecords: false))
            {
                try
                {
                    Consume(result);
                }
                finally
                {
                    result.Release();
                }

                if (_stopped)
                {
                    break;
                }
            }
        }
        catch (OverflowException e)
        {
            throw new RecordFileException(inputName, "a sum exceeds the range of the aggregation (about 9.2 × 10^14 yuan, or 9.2 × 10^10 DRG weight, per entity and period)", e);
        }
    }

    /// <summary>Builds the result of everything read so far.</summary>
    /// <returns>The metric sets, DRG totals, reconciliation and first rejections.</returns>
    public IngestResult ToResult()
    {
        var catalogue = _options.Catalogue;
        var disabled = _options.Rules.DisabledMetrics;
        var replaced = _custom.Select(c => c.Metric.Code).ToHashSet(StringComparer.Ordinal);
        var sets = ImmutableArray.CreateBuilder<MetricSet>(_groups.Count);
        var drg = ImmutableArray.CreateBuilder<DrgTotals>();
        foreach (var (key, acc) in _groups.OrderBy(g => Entity(g.Key), StringComparer.Ordinal).ThenBy(g => g.Key.Period))
        {
            var entity = Entity(key);
            var period = Period(key.Period);
            var builder = MetricSet.CreateBuilder(catalogue, entity, period);
            for (var slot = 0; slot < Slots.Count; slot++)
            {
                if (Slots.MetricCodes[slot] is { } code && _slotPresent[slot] && !disabled.Contains(code) && !replaced.Contains(code))
                {
                    builder.Set(code, Scaled(acc[slot], Slots.ScaleOf(slot)));
                }
            }

            for (var i = 0; i < _custom.Length; i++)
            {
                builder.Set(_custom[i].Metric, acc.Custom[i]);
            }

            sets.Add(builder.Build());
            if (_slotPresent[Slots.DrgWeight])
            {
                drg.Add(new DrgTotals(entity, period, acc[Slots.DrgCases], Scaled(acc[Slots.DrgWeight], Slots.WeightScale)));
            }
        }

        return new IngestResult(sets.ToImmutable(), drg.ToImmutable(), new Reconciliation(_accepted, (long[])_rejectedByRule.Clone()), [.. _kept], _stopped);
    }

    internal void MarkPresent(ColumnLayout layout, RecordIngestOptions options)
    {
        var rules = options.Rules;
        var anyLevel = layout.Procedures.Any(p => p.Level >= 0);
        var operations = rules.OperationCodes is not null ? !layout.Procedures.IsEmpty : anyLevel;
        _slotPresent[Slots.Discharges] = _slotPresent[Slots.BedDays] = _slotPresent[Slots.Deaths] = _slotPresent[Slots.Revenue] = true;
        _slotPresent[Slots.Surgeries] |= operations;
        _slotPresent[Slots.Level4] |= anyLevel;
        _slotPresent[Slots.Level3] |= anyLevel;
        _slotPresent[Slots.MinimallyInvasive] |= operations && rules.MinimallyInvasiveCodes is not null;
        _slotPresent[Slots.ClassOneOperations] |= operations && layout.Procedures.Any(p => p.Incision >= 0);
        _slotPresent[Slots.ClassOneInfections] |= operations && layout.Procedures.Any(p => p.Incision >= 0);
        _slotPresent[Slots.DrugRevenue] |= !layout.DrugCosts.IsEmpty;
        _slotPresent[Slots.Consumables] |= !layout.ConsumableCosts.IsEmpty;
        _slotPresent[Slots.DrgCases] = _slotPresent[Slots.DrgWeight] |= layout.DrgWeight >= 0 && layout.DrgGroup >= 0;
        _slotPresent[Slots.LowRiskCases] = _slotPresent[Slots.LowRiskDeaths] |= layout.DrgGroup >= 0 && rules.LowRiskDrgGroups is not null;
    }

    private void Consume(BlockResult result)
    {
        if (result.Layout is { } layout)
        {
            MarkPresent(layout, _options);
        }

        // A group gets its accumulator at its first accepted row: a group whose rows all turn out
        // to be duplicates has no metric set.
        var accumulators = new Accumulator?[result.Groups.Count];

        var stays = new StayIndex.HospitalStays[result.Hospitals.Count];
        for (var i = 0; i < stays.Length; i++)
        {
            stays[i] = _stays.For(result.Hospitals[i]);
        }

        var rejections = result.Rejections;
        var next = 0;
        var accepted = result.Accepted;
        for (var i = 0; i < accepted.Length; i++)
        {
            ref readonly var facts = ref accepted[i];
            while (next < rejections.Count && rejections[next].Line < facts.Line)
            {
                if (Reject(rejections[next++]))
                {
                    return;
                }
            }

            if (!stays[facts.Hospital].Add(facts.PackedStay, facts.TextStay))
            {
                if (Reject(new RecordRejection(facts.Line, "BAH", facts.TextStay is null ? StayIndex.UnpackCaseNumber(facts.PackedStay) : facts.TextStay.Split('\u001F')[0], RejectionRule.DuplicateStay, "the stay (ZZJGDM, BAH, ZYCS) was already accepted from an earlier row")))
                {
                    return;
                }

                continue;
            }

            (accumulators[facts.Group] ??= AccumulatorFor(result.Groups[facts.Group])).Add(facts, facts.Custom >= 0 ? result.Custom[facts.Custom] : null);
            _accepted++;
        }

        while (next < rejections.Count)
        {
            if (Reject(rejections[next++]))
            {
                return;
            }
        }
    }

    private Accumulator AccumulatorFor(GroupKey key)
    {
        if (!_groups.TryGetValue(key, out var accumulator))
        {
            accumulator = new Accumulator(_custom.Length);
            _groups.Add(key, accumulator);
        }

        return accumulator;
    }

    /// <summary>Counts and reports a rejection; true when reading must stop.</summary>
    private bool Reject(RecordRejection rejection)
    {
        _rejectedByRule[(int)rejection.Rule]++;
        if (_kept.Count < _options.KeptRejections)
        {
            _kept.Add(rejection);
        }

        _options.OnRejection?.Invoke(rejection);
        _stopped = _options.Policy == RejectionPolicy.StopAtFirstError;
        return _stopped;
    }

    private static string Entity(GroupKey key) => key.Department is null ? key.Hospital : $"{key.Hospital}/{key.Department}";

    private ReportingPeriod Period(int key) => _options.Period switch
    {
        PeriodGranularity.Year => ReportingPeriod.Year(key),
        PeriodGranularity.Quarter => ReportingPeriod.Quarter(key / 4, (key % 4) + 1),
        PeriodGranularity.Month => ReportingPeriod.Month(key / 12, (key % 12) + 1),
        _ => throw new InvalidOperationException($"Unknown period granularity {_options.Period}."),
    };

    private static decimal Scaled(long value, int scale) => scale == 0 ? value : new decimal(value) / (scale == Slots.MoneyScale ? 10_000m : 100_000_000m);
}
