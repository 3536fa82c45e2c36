using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>The score of one target against the actual figure.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class TargetScore
{
    /// <summary>Creates a target score.</summary>
    /// <param name="target">The target.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="points">The points scored.</param>
    /// <param name="actual">The actual figure, or null when not given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not a defined value.</exception>
    public TargetScore(AgreementTarget target, TargetOutcome outcome, decimal points, decimal? actual = null)
    {
        Target = Preconditions.CheckNotNull(target);
        Outcome = Preconditions.CheckDefined(outcome);
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

    /// <summary>Returns "code: points".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Target.Code}: {Points}";
}
