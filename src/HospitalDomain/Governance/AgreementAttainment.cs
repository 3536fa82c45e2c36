using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>How far an agreement's targets were attained: the score of each target, the total, and the weight that could not be assessed.</summary>
[JsonConverter(typeof(AgreementAttainmentJsonConverter))]
public sealed class AgreementAttainment : IEquatable<AgreementAttainment>
{
    /// <summary>Creates an attainment.</summary>
    /// <param name="scores">One score per target.</param>
    public AgreementAttainment(IEnumerable<TargetScore>? scores = null)
    {
        Scores = ImmutableArrayEquality.ToImmutableOrEmpty(scores);
        foreach (var item in Scores)
        {
            Preconditions.CheckArgument(item is not null, nameof(scores), "scores must not contain null.");
        }
    }

    /// <summary>Gets one score per target.</summary>
    public ImmutableArray<TargetScore> Scores { get; }

    /// <summary>Gets the points scored in total.</summary>
    public decimal Total => Scores.Sum(s => s.Points);

    /// <summary>Gets the points at stake over the targets that could be assessed.</summary>
    public decimal AssessedWeight => Scores.Where(s => s.Outcome != TargetOutcome.NotAssessable).Sum(s => s.Target.Weight);

    /// <summary>Gets the weight of the targets that could not be assessed (no actual figure).</summary>
    public decimal UnassessedWeight => Scores.Where(s => s.Outcome == TargetOutcome.NotAssessable).Sum(s => s.Target.Weight);

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(AgreementAttainment? left, AgreementAttainment? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(AgreementAttainment? left, AgreementAttainment? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(AgreementAttainment? other) =>
        other is not null && (ReferenceEquals(this, other) || (ImmutableArrayEquality.SequenceEqual(Scores, other.Scores)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AgreementAttainment);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ImmutableArrayEquality.SequenceHash(Scores));
        return hash.ToHashCode();
    }

    /// <summary>Returns "total of weight".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Total} of {AssessedWeight} points";
}
