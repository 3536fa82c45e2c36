using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>The assessment of a cohort under one scheme: each hospital's assessment, and the distribution of each indicator per peer group.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class CohortAssessment
{
    // Lookups by entity in constant time; the dictionary is never written after construction.
    private readonly Dictionary<string, Assessment> _byEntity;

    /// <summary>Creates a cohort assessment.</summary>
    /// <param name="schemeId">The scheme used.</param>
    /// <param name="assessments">The assessments, best total first; ties by entity (ordinal).</param>
    /// <param name="statistics">The distribution of each indicator per peer group.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schemeId"/> is null.</exception>
    /// <exception cref="ArgumentException">An assessment is null or a hospital has more than one.</exception>
    public CohortAssessment(string schemeId, IEnumerable<Assessment>? assessments = null, IEnumerable<IndicatorStatistics>? statistics = null)
    {
        SchemeId = Preconditions.CheckNotBlank(schemeId);
        Assessments = ImmutableArrayEquality.ToImmutableOrEmpty(assessments);
        foreach (var item in Assessments)
        {
            Preconditions.CheckArgument(item is not null, nameof(assessments), "assessments must not contain null.");
        }
        Statistics = ImmutableArrayEquality.ToImmutableOrEmpty(statistics);
        foreach (var item in Statistics)
        {
            Preconditions.CheckArgument(item is not null, nameof(statistics), "statistics must not contain null.");
        }

        _byEntity = Index(Assessments);
    }

    // For the calculator: the arrays are known to hold no null and are not shared.
    internal CohortAssessment(string schemeId, ImmutableArray<Assessment> assessments, ImmutableArray<IndicatorStatistics> statistics, bool trusted)
    {
        _ = trusted;
        SchemeId = schemeId;
        Assessments = assessments;
        Statistics = statistics;
        _byEntity = Index(assessments);
    }

    /// <summary>Gets the scheme used.</summary>
    public string SchemeId { get; }

    /// <summary>Gets the assessments, best total first (ties by entity, ordinal).</summary>
    public ImmutableArray<Assessment> Assessments { get; }

    /// <summary>Gets the distribution of each indicator per peer group.</summary>
    public ImmutableArray<IndicatorStatistics> Statistics { get; }

    /// <summary>Gets the assessment of <paramref name="entity"/>.</summary>
    /// <param name="entity">The hospital.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The hospital is not in the cohort.</exception>
    public Assessment this[string entity] =>
        _byEntity.TryGetValue(Preconditions.CheckNotNull(entity), out var assessment) ? assessment : throw new KeyNotFoundException($"'{entity}' is not in the cohort.");

    /// <summary>Gets the assessment of <paramref name="entity"/> when the hospital is in the cohort.</summary>
    /// <param name="entity">The hospital.</param>
    /// <param name="assessment">The assessment, or null.</param>
    /// <returns>True when the hospital is in the cohort.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public bool TryGetAssessment(string entity, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Assessment? assessment) =>
        _byEntity.TryGetValue(Preconditions.CheckNotNull(entity), out assessment);

    private static Dictionary<string, Assessment> Index(ImmutableArray<Assessment> assessments)
    {
        var byEntity = new Dictionary<string, Assessment>(assessments.Length, StringComparer.Ordinal);
        foreach (var assessment in assessments)
        {
            if (!byEntity.TryAdd(assessment.Entity, assessment))
            {
                Preconditions.ThrowArgument(nameof(assessments), $"assessments contains the hospital '{assessment.Entity}' more than once.");
            }
        }

        return byEntity;
    }

    /// <summary>Returns "scheme: n hospitals".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{SchemeId}: {Assessments.Length} hospitals";
}
