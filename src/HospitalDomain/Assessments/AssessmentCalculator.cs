using System.Collections.Immutable;
using HospitalDomain.Indicators;

namespace HospitalDomain.Assessments;

/// <summary>
/// Scores, ranks and grades a cohort of hospitals under an <see cref="AssessmentScheme"/>: points
/// per indicator and dimension, totals, ranks and percentiles within peer groups, grades, the
/// distribution of every indicator, and what moved each hospital's total.
/// </summary>
/// <remarks>
/// <para>
/// Percentile rank: for a hospital with value v in a peer group of n hospitals with a value, the
/// share of the group below v plus half the share equal to v, × 100 (ties share their rank; a cohort
/// of one ranks at 50). For lower-is-better indicators the share above is used instead, so a higher
/// percentile is always better. The rank is rounded half away from zero (四舍五入) to six decimal
/// places, which tells apart every position in peer groups of up to 50 million; percentile points
/// (weight × rank ÷ 100) are then exact, and a dimension total is the exact sum of its indicators'
/// points and the total the exact sum of the dimension totals (before any renormalisation for
/// missing data), so anyone can add up a printed assessment and get its total.
/// </para>
/// <para>
/// Totals rank within the peer group, best first; equal totals share a rank (1, 2, 2, 4). The
/// result is the same whatever the order of the members.
/// </para>
/// <para>
/// The work is data-oriented, so that 3,000 hospitals × 56 indicators take milliseconds: each
/// indicator's values are gathered into one array per peer group and sorted once (a radix sort on
/// an order-preserving key, then an exact decimal pass), every hospital's percentile is read off the
/// runs of equal values without a division, and points are summed in exact fixed-point arithmetic
/// (ten-billionths in a long) whenever every weight and point value allows, in decimal otherwise.
/// The scores are stored as columns shared by the whole result; each <see cref="IndicatorPoints"/>
/// is a small view of one cell. A calculator is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class AssessmentCalculator
{
    private readonly CompiledScheme _scheme;

    /// <summary>Prepares <paramref name="scheme"/> for cohorts evaluated with <paramref name="edition"/>.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="edition">The indicator edition the members were evaluated with.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The scheme refers to an indicator the edition lacks, or does not fit it.</exception>
    public AssessmentCalculator(AssessmentScheme scheme, IndicatorEdition edition)
    {
        Scheme = Preconditions.CheckNotNull(scheme);
        Edition = Preconditions.CheckNotNull(edition);
        _scheme = new CompiledScheme(scheme, edition);
    }

    /// <summary>Gets or sets whether totals are always summed in decimal, never in the exact fixed-point form; for tests that compare the two.</summary>
    internal bool ForceDecimalArithmetic { get; init; }

    /// <summary>Gets the scheme.</summary>
    public AssessmentScheme Scheme { get; }

    /// <summary>Gets the edition.</summary>
    public IndicatorEdition Edition { get; }

    /// <summary>Assesses a cohort.</summary>
    /// <param name="members">The hospitals, each evaluated with <see cref="Edition"/>; entities distinct.</param>
    /// <param name="answers">Points for qualitative indicators, or null.</param>
    /// <param name="previous">The previous assessment of the cohort, for the change of each hospital, or null.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    /// <exception cref="ArgumentException">A member is null, repeats or was evaluated with another edition.</exception>
    public CohortAssessment Assess(IEnumerable<CohortMember> members, IEnumerable<QualitativeAnswer>? answers = null, CohortAssessment? previous = null)
    {
        var cohort = Cohort.Of(members, Edition, _scheme.Entries);
        var answerTable = AnswerTable.Of(answers);
        var store = _scheme.CreateStore(cohort);
        var statistics = PeerGroupScorer.Score(_scheme, cohort, answerTable, store);
        var sums = PointSums.Of(_scheme, store, ForceDecimalArithmetic);
        var totals = sums.Totals(store.FlagColumn);
        var grades = Grading.Grade(Scheme.GradeBands, Scheme.GradeMode, totals);
        var (ranks, peerCounts) = cohort.RankWithinPeerGroups(totals);
        var before = ByEntity(previous);

        var results = new Assessment[cohort.Count];
        for (var i = 0; i < results.Length; i++)
        {
            Assessment? last = null;
            before?.TryGetValue(cohort.Entities[i], out last);
            results[i] = new Assessment(cohort.Entities[i], cohort.PeerGroups[i], totals[i], grades[i], ranks[i], peerCounts[i], new CohortRow(store, sums, i, _scheme.Rules.Length), AsImmutable(sums.Lifted[i]), AsImmutable(sums.Cost[i]), last?.Total, last?.Grade);
        }

        Array.Sort(results, static (a, b) => a.Total != b.Total ? b.Total.CompareTo(a.Total) : string.CompareOrdinal(a.Entity, b.Entity));
        return new CohortAssessment(Scheme.Id, AsImmutable(results), AsImmutable(statistics), trusted: true);
    }

    /// <summary>The assessments of <paramref name="previous"/> by entity, or null when there is none.</summary>
    private static Dictionary<string, Assessment>? ByEntity(CohortAssessment? previous)
    {
        if (previous is null)
        {
            return null;
        }

        var byEntity = new Dictionary<string, Assessment>(previous.Assessments.Length, StringComparer.Ordinal);
        foreach (var assessment in previous.Assessments)
        {
            byEntity[assessment.Entity] = assessment;
        }

        return byEntity;
    }

    private static ImmutableArray<T> AsImmutable<T>(T[] array) => System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(array);
}
