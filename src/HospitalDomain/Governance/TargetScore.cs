using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>The score of one target against the actual figure.</summary>
[JsonConverter(typeof(TargetScoreJsonConverter))]
public sealed class TargetScore : IEquatable<TargetScore>
{
    /// <summary>Creates a target score.</summary>
    /// <param name="target">The target.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="points">The points scored.</param>
    /// <param name="actual">The actual figure, or null when not given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public TargetScore(AgreementTarget target, TargetOutcome outcome, decimal points, decimal? actual = null)
    {
        Target = Preconditions.CheckNotNull(target);
        Outcome = outcome;
        Points = points;
        Actual = actual;
    }

    /// <summary>Gets the target.</summary>
    public AgreementTarget Target { get; }

    /// <summary>Gets the outcome.</summary>
    public TargetOutcome Outcome { get; }

    /// <summary>Gets the points scored.</summary>
    public decimal Points { get; }

    /// <summary>Gets the actual figure, or null when not given.</summary>
    public decimal? Actual { get; }

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(TargetScore? left, TargetScore? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(TargetScore? left, TargetScore? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(TargetScore? other) =>
        other is not null && (ReferenceEquals(this, other) || (Equals(Target, other.Target)
            && Outcome == other.Outcome
            && Points == other.Points
            && Actual == other.Actual));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TargetScore);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Target);
        hash.Add(Outcome);
        hash.Add(Points);
        hash.Add(Actual);
        return hash.ToHashCode();
    }

    /// <summary>Returns "code: points".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Target.Code}: {Points}";
}
