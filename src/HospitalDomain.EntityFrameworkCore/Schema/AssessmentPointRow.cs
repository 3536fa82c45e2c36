using HospitalDomain.Assessments;

namespace HospitalDomain.EntityFrameworkCore.Schema;

/// <summary>The points of one indicator in one hospital's assessment (table <c>assessment_points</c>).</summary>
/// <remarks>The key is (scheme, period, entity, indicator), a foreign key to <c>assessments</c> on the first three. An EF Core entity; equality is by reference.</remarks>
public sealed class AssessmentPointRow
{
    /// <summary>Gets the assessment scheme's id (column <c>scheme</c>).</summary>
    public required string Scheme { get; init; }

    /// <summary>Gets the period assessed (column <c>period</c>).</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>Gets the hospital (column <c>entity</c>).</summary>
    public required string Entity { get; init; }

    /// <summary>Gets the indicator's code (column <c>indicator</c>).</summary>
    public required string Indicator { get; init; }

    /// <summary>Gets the dimension the points count towards (column <c>dimension</c>).</summary>
    public required string Dimension { get; init; }

    /// <summary>Gets the points at stake (column <c>weight</c>).</summary>
    public required decimal Weight { get; init; }

    /// <summary>Gets the points earned (column <c>points</c>).</summary>
    public required decimal Points { get; init; }

    /// <summary>Gets the indicator value (column <c>indicator_value</c>), or null when missing.</summary>
    public decimal? IndicatorValue { get; init; }

    /// <summary>Gets the direction-aware percentile rank in the peer group (column <c>percentile_rank</c>), or null.</summary>
    public decimal? PercentileRank { get; init; }

    /// <summary>Gets whether the value was missing (column <c>missing</c>).</summary>
    public bool Missing { get; init; }

    /// <summary>Gets the rank in the peer group on this indicator, 1 for the best (column <c>rank</c>), or null.</summary>
    public int? Rank { get; init; }

    /// <summary>Returns one row per indicator of <paramref name="assessment"/>, in its order.</summary>
    /// <param name="scheme">The scheme's id.</param>
    /// <param name="period">The period assessed.</param>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scheme"/> is blank.</exception>
    public static IEnumerable<AssessmentPointRow> FromAssessment(string scheme, ReportingPeriod period, Assessment assessment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scheme);
        ArgumentNullException.ThrowIfNull(assessment);
        return assessment.Points.Select(p => new AssessmentPointRow
        {
            Scheme = scheme,
            Period = period,
            Entity = assessment.Entity,
            Indicator = p.IndicatorCode,
            Dimension = p.Dimension,
            Weight = p.Weight,
            Points = p.Points,
            IndicatorValue = p.IndicatorValue,
            PercentileRank = p.PercentileRank,
            Missing = p.Missing,
            Rank = p.Rank,
        }).ToList();
    }

    internal IndicatorPoints ToPoints() => new(Indicator, Dimension, Weight, Points, IndicatorValue, PercentileRank, Missing, Rank);
}
