using System.Buffers;
using System.Runtime.InteropServices;
using HospitalDomain.Metrics;

namespace HospitalDomain.Indicators;

/// <summary>
/// An edition compiled for one catalogue: every metric its formulas read gets a slot; a metric set's
/// figures are gathered into the slots (the previous period's only for the growth formulas), then
/// each entry's <see cref="CompiledIndicator"/> evaluates from them.
/// </summary>
/// <remarks>Immutable and thread-safe; the slots live on the stack of each evaluation.</remarks>
internal sealed class CompiledEdition
{
    // Up to this many slots the figures of a set live on the stack; beyond it, in a pooled array.
    private const int StackSlots = 160;

    private readonly CompiledIndicator[] _indicators;
    private readonly int[] _metrics;
    private readonly int[] _slots;
    private readonly int[] _previousMetrics;
    private readonly int[] _previousSlots;

    /// <summary>Compiles <paramref name="edition"/> for sets of <paramref name="catalogue"/>.</summary>
    /// <exception cref="ArgumentException">A formula names a metric the catalogue lacks; the message names both.</exception>
    public CompiledEdition(IndicatorEdition edition, MetricCatalogue catalogue)
    {
        Catalogue = catalogue;
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        var metrics = new List<int>();
        _indicators = [.. edition.Entries.Select(entry => new CompiledIndicator(entry, code => Slot(entry, code)))];

        // Gathered in catalogue order, the order of the set's own arrays.
        var order = metrics.Select((metric, slot) => (metric, slot)).OrderBy(p => p.metric).ToArray();
        _metrics = [.. order.Select(p => p.metric)];
        _slots = [.. order.Select(p => p.slot)];
        var previous = new HashSet<int>(_indicators.Where(i => i.ReadsPrevious).SelectMany(i => i.Operands.ToArray()));
        _previousMetrics = [.. order.Where(p => previous.Contains(p.slot)).Select(p => p.metric)];
        _previousSlots = [.. order.Where(p => previous.Contains(p.slot)).Select(p => p.slot)];

        int Slot(IndicatorEntry entry, string code)
        {
            if (slots.TryGetValue(code, out var slot))
            {
                return slot;
            }

            if (!catalogue.TryGetIndex(code, out var metric))
            {
                Preconditions.ThrowArgument(nameof(edition), $"indicator '{entry.Code}' uses the metric '{code}', which the catalogue '{catalogue.Id}' lacks.");
            }

            slots.Add(code, metrics.Count);
            metrics.Add(metric);
            return metrics.Count - 1;
        }
    }

    /// <summary>Gets the catalogue the sets must use.</summary>
    public MetricCatalogue Catalogue { get; }

    /// <summary>Gets the number of entries.</summary>
    public int Count => _indicators.Length;

    /// <summary>Evaluates every entry into result objects.</summary>
    /// <exception cref="ArgumentException">A set uses another catalogue, or the two sets are of different entities.</exception>
    public IndicatorResult[] Evaluate(MetricSet current, MetricSet? previous)
    {
        CheckRow(current, previous, row: -1);
        var slots = _metrics.Length;
        decimal[]? rented = null;
        bool[]? rentedPresent = null;
        Span<decimal> values = slots <= StackSlots ? stackalloc decimal[2 * slots] : (rented = ArrayPool<decimal>.Shared.Rent(2 * slots));
        Span<bool> present = slots <= StackSlots ? stackalloc bool[2 * slots] : (rentedPresent = ArrayPool<bool>.Shared.Rent(2 * slots));
        var results = new IndicatorResult[_indicators.Length];
        var now = GatherCurrent(current, values[..slots], present[..slots]);
        var before = GatherPrevious(previous, values.Slice(slots, slots), present.Slice(slots, slots));
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = _indicators[i].Evaluate(now, before);
        }

        Return(rented, rentedPresent);
        return results;
    }

    /// <summary>
    /// Evaluates every entry over <paramref name="current"/> (row for row with <paramref name="previous"/>,
    /// when given) into the columns of <paramref name="values"/> and <paramref name="statuses"/>: entry
    /// <c>i</c>, row <c>r</c> at <c>i × rows + r</c>. The spans are long enough (checked by the caller).
    /// </summary>
    /// <exception cref="ArgumentException">A row's set is null, uses another catalogue, or its previous set is of another entity.</exception>
    public void EvaluateColumns(ReadOnlySpan<MetricSet> current, ReadOnlySpan<MetricSet?> previous, Span<decimal> values, Span<IndicatorStatus> statuses)
    {
        var rows = current.Length;
        var slots = _metrics.Length;
        decimal[]? rented = null;
        bool[]? rentedPresent = null;
        Span<decimal> figures = slots <= StackSlots ? stackalloc decimal[2 * slots] : (rented = ArrayPool<decimal>.Shared.Rent(2 * slots));
        Span<bool> present = slots <= StackSlots ? stackalloc bool[2 * slots] : (rentedPresent = ArrayPool<bool>.Shared.Rent(2 * slots));
        for (var row = 0; row < rows; row++)
        {
            var set = current[row];
            var before = previous.IsEmpty ? null : previous[row];
            if (set is null)
            {
                Preconditions.ThrowNull(Name(nameof(current), row));
            }

            CheckRow(set, before, row);
            var now = GatherCurrent(set, figures[..slots], present[..slots]);
            var then = GatherPrevious(before, figures.Slice(slots, slots), present.Slice(slots, slots));
            for (int i = 0, cell = row; i < _indicators.Length; i++, cell += rows)
            {
                _indicators[i].Compute(now, then, out var outcome);
                values[cell] = outcome.Status == IndicatorStatus.Computed ? outcome.Value : 0m;
                statuses[cell] = outcome.Status;
            }
        }

        Return(rented, rentedPresent);
    }

    private static void Return(decimal[]? values, bool[]? present)
    {
        if (values is not null)
        {
            ArrayPool<decimal>.Shared.Return(values);
        }

        if (present is not null)
        {
            ArrayPool<bool>.Shared.Return(present);
        }
    }

    // The sets of one row (row −1: the arguments of Evaluate); messages are made only on failure.
    private void CheckRow(MetricSet current, MetricSet? previous, int row)
    {
        if (!ReferenceEquals(current.Catalogue, Catalogue))
        {
            Preconditions.ThrowArgument(Name(nameof(current), row), $"{Name(nameof(current), row)} uses the catalogue '{current.Catalogue.Id}', the calculator '{Catalogue.Id}'.");
        }

        if (previous is null)
        {
            return;
        }

        if (!ReferenceEquals(previous.Catalogue, Catalogue))
        {
            Preconditions.ThrowArgument(Name(nameof(previous), row), $"{Name(nameof(previous), row)} uses the catalogue '{previous.Catalogue.Id}', the calculator '{Catalogue.Id}'.");
        }

        if (previous.Entity != current.Entity)
        {
            Preconditions.ThrowArgument(Name(nameof(previous), row), $"{Name(nameof(previous), row)} is of '{previous.Entity}', {Name(nameof(current), row)} of '{current.Entity}'.");
        }
    }

    private static string Name(string name, int row) => row < 0 ? name : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}[{row}]");

    private Figures GatherCurrent(MetricSet set, Span<decimal> values, Span<bool> present)
    {
        Figures.Gather(set, _metrics, _slots, values, present);
        return new Figures(values, present);
    }

    private Figures GatherPrevious(MetricSet? previous, Span<decimal> values, Span<bool> present)
    {
        if (previous is null)
        {
            return default;
        }

        Figures.Gather(previous, _previousMetrics, _previousSlots, values, present);
        return new Figures(values, present);
    }
}
