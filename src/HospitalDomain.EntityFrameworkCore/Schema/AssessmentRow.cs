using HospitalDomain.Assessments;

namespace HospitalDomain.EntityFrameworkCore.Schema;

/// <summary>One hospital's assessment under a scheme for a period (table <c>assessments</c>): total points, grade and rank.</summary>
/// <remarks>
/// The key is (scheme, period, entity); the points per indicator are <see cref="AssessmentPointRow"/>s
/// with the same key. Dimension totals are not stored. An EF Core entity; equality is by reference.
/// </remarks>
public sealed class AssessmentRow
{
    /// <summary>Gets the assessment scheme's id (column <c>scheme</c>).</summary>
    public required string Scheme { get; init; }

    /// <summary>Gets the period assessed (column <c>period</c>).</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>Gets the hospital (column <c>entity</c>).</summary>
    public required string Entity { get; init; }

    /// <summary>Gets the peer group (column <c>peer_group</c>).</summary>
    public required string PeerGroup { get; init; }

    /// <summary>Gets the total points (column <c>total</c>).</summary>
    public required decimal Total { get; init; }

    /// <summary>Gets the grade (column <c>grade</c>), such as A+.</summary>
    public required string Grade { get; init; }

    /// <summary>Gets the rank in the peer group, 1 for the best (column <c>rank</c>).</summary>
    public required int Rank { get; init; }

    /// <summary>Gets the number of hospitals in the peer group (column <c>peer_count</c>).</summary>
    public required int PeerCount { get; init; }

    /// <summary>Gets the indicators that earned the most points, best first, comma-separated (column <c>lifted</c>), or null.</summary>
    public string? Lifted { get; init; }

    /// <summary>Gets the indicators that lost the most points, worst first, comma-separated (column <c>cost</c>), or null.</summary>
    public string? Cost { get; init; }

    /// <summary>Gets the previous assessment's total (column <c>previous_total</c>), or null.</summary>
    public decimal? PreviousTotal { get; init; }

    /// <summary>Gets the previous assessment's grade (column <c>previous_grade</c>), or null.</summary>
    public string? PreviousGrade { get; init; }

    /// <summary>Creates the row of <paramref name="assessment"/>.</summary>
    /// <param name="scheme">The scheme's id.</param>
    /// <param name="period">The period assessed.</param>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scheme"/> is blank.</exception>
    public static AssessmentRow FromAssessment(string scheme, ReportingPeriod period, Assessment assessment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scheme);
        ArgumentNullException.ThrowIfNull(assessment);
        return new AssessmentRow
        {
            Scheme = scheme,
            Period = period,
            Entity = assessment.Entity,
            PeerGroup = assessment.PeerGroup,
            Total = assessment.Total,
            Grade = assessment.Grade,
            Rank = assessment.Rank,
            PeerCount = assessment.PeerCount,
            Lifted = assessment.Lifted.IsEmpty ? null : string.Join(',', assessment.Lifted),
            Cost = assessment.Cost.IsEmpty ? null : string.Join(',', assessment.Cost),
            PreviousTotal = assessment.PreviousTotal,
            PreviousGrade = assessment.PreviousGrade,
        };
    }

    /// <summary>Builds the assessment from this row and its points (without dimension totals, which are not stored).</summary>
    /// <param name="points">The rows of this assessment's points, in the order to keep.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> is null.</exception>
    /// <exception cref="ArgumentException">A point row belongs to another assessment, or the stored values are invalid.</exception>
    public Assessment ToAssessment(IEnumerable<AssessmentPointRow> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var list = points.ToList();
        var stranger = list.FirstOrDefault(p => p.Scheme != Scheme || p.Period != Period || p.Entity != Entity);
        if (stranger is not null)
        {
            throw new ArgumentException($"The point row {stranger.Scheme} {stranger.Period} {stranger.Entity} {stranger.Indicator} belongs to another assessment than {Scheme} {Period} {Entity}.", nameof(points));
        }

        return new Assessment(
            Entity,
            PeerGroup,
            Total,
            Grade,
            Rank,
            PeerCount,
            list.Select(p => p.ToPoints()),
            lifted: Lifted?.Split(','),
            cost: Cost?.Split(','),
            previousTotal: PreviousTotal,
            previousGrade: PreviousGrade);
    }
}
