using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Indicators;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>A hospital of a cohort: its id, its peer group and its evaluated indicators.</summary>
[JsonConverter(typeof(CohortMemberJsonConverter))]
public sealed class CohortMember : IEquatable<CohortMember>
{
    /// <summary>Creates a cohort member.</summary>
    /// <param name="entity">The hospital's id.</param>
    /// <param name="peerGroup">The peer group it is ranked in, such as 综合-三级.</param>
    /// <param name="evaluation">Its indicator results.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public CohortMember(string entity, string peerGroup, IndicatorEvaluation evaluation)
    {
        Entity = Preconditions.CheckNotBlank(entity);
        PeerGroup = Preconditions.CheckNotBlank(peerGroup);
        Evaluation = Preconditions.CheckNotNull(evaluation);
    }

    /// <summary>Gets the hospital's id.</summary>
    public string Entity { get; }

    /// <summary>Gets the peer group it is ranked in.</summary>
    public string PeerGroup { get; }

    /// <summary>Gets its indicator results.</summary>
    public IndicatorEvaluation Evaluation { get; }

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(CohortMember? left, CohortMember? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(CohortMember? left, CohortMember? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(CohortMember? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Entity, other.Entity, StringComparison.Ordinal)
            && string.Equals(PeerGroup, other.PeerGroup, StringComparison.Ordinal)
            && Equals(Evaluation, other.Evaluation)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CohortMember);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Entity, StringComparer.Ordinal);
        hash.Add(PeerGroup, StringComparer.Ordinal);
        hash.Add(Evaluation);
        return hash.ToHashCode();
    }

    /// <summary>Returns "entity (peer group)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Entity} ({PeerGroup})";
}
