using System.Runtime.InteropServices;
using HospitalDomain.Metrics;

namespace HospitalDomain.Indicators;

/// <summary>
/// Evaluates a whole <see cref="IndicatorEdition"/> over a <see cref="MetricSet"/>, or over many sets
/// at once into columns: the edition's formulas are compiled once, at construction, into index
/// arithmetic over the catalogue, so an evaluation does no lookups and allocates nothing but its
/// results (and <see cref="EvaluateColumns"/> nothing at all).
/// </summary>
/// <remarks>
/// <para>
/// A calculator is immutable and thread-safe; build one per edition and catalogue and reuse it. A
/// formula that names a metric the catalogue lacks is rejected at construction.
/// </para>
/// <para>
/// Values are exact: each is what the <c>decimal</c> operators give for the formula, bit for bit. A sum, quantity or
/// value beyond the range of <c>decimal</c> (about ±7.9 × 10^28, which only absurd figures reach)
/// makes the result <see cref="IndicatorStatus.NotComputable"/>, never an exception.
/// </para>
/// </remarks>
public sealed class IndicatorCalculator
{
    private readonly CompiledEdition _compiled;

    /// <summary>Compiles <paramref name="edition"/> for metric sets of <paramref name="catalogue"/>.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="catalogue">The catalogue; the standard one when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException">A formula names a metric the catalogue lacks; the message names both.</exception>
    public IndicatorCalculator(IndicatorEdition edition, MetricCatalogue? catalogue = null)
    {
        Edition = Preconditions.CheckNotNull(edition);
        Catalogue = catalogue ?? MetricCatalogue.Standard;
        _compiled = new CompiledEdition(edition, Catalogue);
    }

    /// <summary>Gets the edition evaluated.</summary>
    public IndicatorEdition Edition { get; }

    /// <summary>Gets the catalogue the metric sets must use.</summary>
    public MetricCatalogue Catalogue { get; }

    /// <summary>Evaluates every indicator of the edition.</summary>
    /// <param name="current">The figures of the period evaluated.</param>
    /// <param name="previous">The figures of the period before (上年同期), for growth indicators; null when not available.</param>
    /// <returns>One result per entry, in the edition's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is null.</exception>
    /// <exception cref="ArgumentException">A set uses another catalogue, or the two sets are of different entities.</exception>
    public IndicatorEvaluation Evaluate(MetricSet current, MetricSet? previous = null)
    {
        Preconditions.CheckNotNull(current);
        var results = _compiled.Evaluate(current, previous);
        return new IndicatorEvaluation(Edition, current.Entity, current.Period, ImmutableCollectionsMarshal.AsImmutableArray(results), trusted: true);
    }

    /// <summary>
    /// Evaluates every indicator of the edition over many metric sets into columns that the caller
    /// supplies (and may reuse from one batch to the next): one value and one status per indicator
    /// and set, and no object per result.
    /// </summary>
    /// <param name="current">The figures of the periods evaluated, one set per row.</param>
    /// <param name="previous">
    /// The figures of the periods before (上年同期), row for row with <paramref name="current"/>, a null
    /// element where one is not available; or empty, when none is.
    /// </param>
    /// <param name="values">
    /// Receives the values, by indicator: the value of entry <c>i</c> of <see cref="Edition"/> for set
    /// <c>s</c> is at <c>i × current.Length + s</c>, so that each indicator's column is one contiguous
    /// slice. Zero where the status is not Computed. At least
    /// <c>Edition.Entries.Length × current.Length</c> long.
    /// </param>
    /// <param name="statuses">Receives the statuses, laid out as <paramref name="values"/>; as long as it.</param>
    /// <remarks>
    /// Each value and status is the one <see cref="Evaluate"/> gives for the same sets; the numerators,
    /// denominators and missing metrics behind a result are left to <see cref="Evaluate"/>, for the
    /// rows where they are wanted. The spans are written and nothing is allocated.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An element of <paramref name="current"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="previous"/> is neither empty nor as long as <paramref name="current"/>; an output span is
    /// too short; a set uses another catalogue; or a previous set is of another entity than its row's current
    /// one. The message names the row.
    /// </exception>
    public void EvaluateColumns(ReadOnlySpan<MetricSet> current, ReadOnlySpan<MetricSet?> previous, Span<decimal> values, Span<IndicatorStatus> statuses)
    {
        var rows = current.Length;
        var cells = (long)rows * _compiled.Count;
        Preconditions.CheckArgument(previous.IsEmpty || previous.Length == rows, nameof(previous), $"previous must be empty or hold one element per set of current ({rows}), held {previous.Length}.");
        Preconditions.CheckArgument(values.Length >= cells, nameof(values), $"values must hold {cells} elements ({_compiled.Count} indicators × {rows} sets), held {values.Length}.");
        Preconditions.CheckArgument(statuses.Length >= cells, nameof(statuses), $"statuses must hold {cells} elements ({_compiled.Count} indicators × {rows} sets), held {statuses.Length}.");
        _compiled.EvaluateColumns(current, previous, values, statuses);
    }
}
