using System.Runtime.InteropServices;
using HospitalDomain.Metrics;

namespace HospitalDomain.Indicators;

/// <summary>
/// An edition compiled for one catalogue, in two forms over the catalogue indices of a set's own
/// arrays: a <see cref="FormulaProgram"/>, which computes with the <c>decimal</c> operators unchecked
/// (the common path), and each entry's <see cref="CompiledIndicator"/>, whose steps check for a
/// result beyond <c>decimal</c>'s range and which names the metrics a result lacks. The program
/// evaluates first; the checked form makes the results it leaves (missing data, not computable,
/// qualitative, composite), and evaluates again every entry of a set where a step overflowed.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class CompiledEdition
{
    private readonly CompiledIndicator[] _indicators;
    private readonly FormulaProgram _program;

    /// <summary>Compiles <paramref name="edition"/> for sets of <paramref name="catalogue"/>.</summary>
    /// <exception cref="ArgumentException">A formula names a metric the catalogue lacks; the message names both.</exception>
    public CompiledEdition(IndicatorEdition edition, MetricCatalogue catalogue)
    {
        Catalogue = catalogue;
        _indicators = [.. edition.Entries.Select(entry => new CompiledIndicator(entry, code => Index(entry, code)))];
        _program = new FormulaProgram(edition.Entries, catalogue);

        int Index(IndicatorEntry entry, string code)
        {
            if (!catalogue.TryGetIndex(code, out var metric))
            {
                Preconditions.ThrowArgument(nameof(edition), $"indicator '{entry.Code}' uses the metric '{code}', which the catalogue '{catalogue.Id}' lacks.");
            }

            return metric;
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
        var results = new IndicatorResult[_indicators.Length];
        var now = new Figures(current);
        var before = Figures.Of(previous);
        try
        {
            for (var i = 0; i < results.Length; i++)
            {
                results[i] = _program.ComputeEntry(i, current.ValueArray, current.PresentArray, previous?.ValueArray, previous?.PresentArray, out var value, out var numerator, out var denominator) == IndicatorStatus.Computed
                    ? _indicators[i].Computed(value, numerator, denominator)
                    : _indicators[i].Evaluate(now, before);
            }
        }
        catch (OverflowException)
        {
            // A step beyond decimal's range: the checked form evaluates every entry, and makes that one NotComputable.
            for (var i = 0; i < results.Length; i++)
            {
                results[i] = _indicators[i].Evaluate(now, before);
            }
        }

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
        for (var row = 0; row < rows; row++)
        {
            var set = current[row];
            var before = previous.IsEmpty ? null : previous[row];
            if (set is null)
            {
                Preconditions.ThrowNull(Name(nameof(current), row));
            }

            CheckRow(set, before, row);
            try
            {
                _program.ComputeRow(set.ValueArray, set.PresentArray, before?.ValueArray, before?.PresentArray, values, statuses, row, rows);
            }
            catch (OverflowException)
            {
                // A step beyond decimal's range: the checked form evaluates the row again, and makes that entry NotComputable.
                var now = new Figures(set);
                var then = Figures.Of(before);
                for (int i = 0, cell = row; i < _indicators.Length; i++, cell += rows)
                {
                    // The outcome's value is zero unless Computed.
                    _indicators[i].Compute(now, then, out var outcome);
                    values[cell] = outcome.Value;
                    statuses[cell] = outcome.Status;
                }
            }
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
}
