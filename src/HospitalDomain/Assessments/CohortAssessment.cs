using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>The assessment of a cohort under one scheme: each hospital's assessment, and the distribution of each indicator per peer group.</summary>
[JsonConverter(typeof(CohortAssessmentJsonConverter))]
public sealed class CohortAssessment : IEquatable<CohortAssessment>
{
    /// <summary>Creates a cohort assessment.</summary>
    /// <param name="schemeId">The scheme used.</param>
    /// <param name="assessments">The assessments, best total first; ties by entity (ordinal).</param>
    /// <param name="statistics">The distribution of each indicator per peer group.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schemeId"/> is null.</exception>
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
    }

    // For the calculator: the arrays are known to hold no null and are not shared.
    internal CohortAssessment(string schemeId, ImmutableArray<Assessment> assessments, ImmutableArray<IndicatorStatistics> statistics, bool trusted)
    {
        _ = trusted;
        SchemeId = schemeId;
        Assessments = assessments;
        Statistics = statistics;
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
    /// <exception cref="KeyNotFoundException">The hospital is not in the cohort.</exception>
    public Assessment this[string entity] => Assessments.FirstOrDefault(a => a.Entity == entity) ?? throw new KeyNotFoundException($"'{entity}' is not in the cohort.");

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(CohortAssessment? left, CohortAssessment? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(CohortAssessment? left, CohortAssessment? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(CohortAssessment? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(SchemeId, other.SchemeId, StringComparison.Ordinal)
            && ImmutableArrayEquality.SequenceEqual(Assessments, other.Assessments)
            && ImmutableArrayEquality.SequenceEqual(Statistics, other.Statistics)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CohortAssessment);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(SchemeId, StringComparer.Ordinal);
        hash.Add(ImmutableArrayEquality.SequenceHash(Assessments));
        hash.Add(ImmutableArrayEquality.SequenceHash(Statistics));
        return hash.ToHashCode();
    }

    /// <summary>Returns "scheme: n hospitals".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{SchemeId}: {Assessments.Length} hospitals";
}
