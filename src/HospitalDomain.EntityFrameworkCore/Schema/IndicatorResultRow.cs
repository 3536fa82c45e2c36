using System.Collections.Immutable;
using HospitalDomain.Indicators;

namespace HospitalDomain.EntityFrameworkCore.Schema;

/// <summary>
/// One indicator result of one entity and period under one edition (table <c>indicator_results</c>):
/// the value with its numerator and denominator, or the status saying why there is none.
/// </summary>
/// <remarks>
/// The key is (entity, period, edition, indicator). The status is stored by name (computed,
/// notComputable, missingData, qualitative, notApplicable). An EF Core entity; equality is by reference.
/// </remarks>
public sealed class IndicatorResultRow
{
    /// <summary>Gets the entity (column <c>entity</c>).</summary>
    public required string Entity { get; init; }

    /// <summary>Gets the period (column <c>period</c>).</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>Gets the edition's id (column <c>edition</c>), such as national-tertiary-2020.</summary>
    public required string Edition { get; init; }

    /// <summary>Gets the indicator's stable code (column <c>indicator</c>).</summary>
    public required string Indicator { get; init; }

    /// <summary>Gets the indicator's serial number in the edition (column <c>serial</c>), such as 1 or 25.1.</summary>
    public required string Serial { get; init; }

    /// <summary>Gets the status (column <c>status</c>).</summary>
    public required IndicatorStatus Status { get; init; }

    /// <summary>Gets the value (column <c>value</c>), present exactly when the status is computed.</summary>
    public decimal? Value { get; init; }

    /// <summary>Gets the numerator (分子, column <c>numerator</c>), or null.</summary>
    public decimal? Numerator { get; init; }

    /// <summary>Gets the denominator (分母, column <c>denominator</c>), or null.</summary>
    public decimal? Denominator { get; init; }

    /// <summary>Gets the missing metrics' codes, comma-separated (column <c>missing_metrics</c>), or null when none is missing.</summary>
    public string? MissingMetrics { get; init; }

    /// <summary>Returns one row per result of <paramref name="evaluation"/>, in the edition's order.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public static IEnumerable<IndicatorResultRow> FromEvaluation(IndicatorEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return evaluation.Results.Select(r => new IndicatorResultRow
        {
            Entity = evaluation.Entity,
            Period = evaluation.Period,
            Edition = evaluation.Edition.Id,
            Indicator = r.Entry.Code,
            Serial = r.Entry.Serial,
            Status = r.Status,
            Value = r.Value,
            Numerator = r.Numerator,
            Denominator = r.Denominator,
            MissingMetrics = r.MissingMetrics.IsEmpty ? null : string.Join(',', r.MissingMetrics),
        }).ToList();
    }

    /// <summary>
    /// Builds the evaluations under <paramref name="edition"/> that <paramref name="rows"/> hold, one
    /// per entity and period, ordered by entity (ordinal) and period; rows of other editions are ignored.
    /// </summary>
    /// <param name="rows">The rows, in any order.</param>
    /// <param name="edition">The edition whose results to read.</param>
    /// <returns>The evaluations.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A row names an indicator the edition does not have, or an entity and period lacks results for some of its indicators, or the values do not fit the status.</exception>
    public static ImmutableArray<IndicatorEvaluation> ToEvaluations(IEnumerable<IndicatorResultRow> rows, IndicatorEdition edition)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(edition);
        var groups = new SortedDictionary<(string Entity, ReportingPeriod Period), Dictionary<string, IndicatorResultRow>>(EntityPeriodComparer.Instance);
        foreach (var row in rows.Where(r => r.Edition == edition.Id))
        {
            if (!edition.TryGet(row.Indicator, out _))
            {
                throw new ArgumentException($"Indicator result row {row.Entity} {row.Period} names '{row.Indicator}', which the edition '{edition.Id}' does not have.", nameof(rows));
            }

            if (!groups.TryGetValue((row.Entity, row.Period), out var byCode))
            {
                byCode = new Dictionary<string, IndicatorResultRow>(StringComparer.Ordinal);
                groups.Add((row.Entity, row.Period), byCode);
            }

            if (!byCode.TryAdd(row.Indicator, row))
            {
                throw new ArgumentException($"Indicator result row {row.Entity} {row.Period} {row.Indicator} is given twice.", nameof(rows));
            }
        }

        return [.. groups.Select(g => new IndicatorEvaluation(edition, g.Key.Entity, g.Key.Period, [.. edition.Entries.Select(entry => ToResult(entry, g.Key, g.Value))]))];
    }

    private static IndicatorResult ToResult(IndicatorEntry entry, (string Entity, ReportingPeriod Period) key, Dictionary<string, IndicatorResultRow> byCode)
    {
        if (!byCode.TryGetValue(entry.Code, out var row))
        {
            throw new ArgumentException($"The indicator results of {key.Entity} {key.Period} lack '{entry.Code}' ({entry.Serial}) of the edition.", "rows");
        }

        var missing = row.MissingMetrics?.Split(',', StringSplitOptions.RemoveEmptyEntries);
        return IndicatorResult.Create(entry, row.Status, row.Value, row.Numerator, row.Denominator, missing);
    }
}
