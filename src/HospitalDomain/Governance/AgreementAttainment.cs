using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>How far an agreement's targets were attained: the score of each target, the total, and the weight that could not be assessed.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class AgreementAttainment
{
    /// <summary>Creates an attainment.</summary>
    /// <param name="scores">One score per target.</param>
    /// <exception cref="ArgumentException"><paramref name="scores"/> contains null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The points or the weights of the scores add up beyond the range of decimal.</exception>
    public AgreementAttainment(IEnumerable<TargetScore>? scores = null)
    {
        Scores = ImmutableArrayEquality.ToImmutableOrEmpty(scores);
        foreach (var item in Scores)
        {
            Preconditions.CheckArgument(item is not null, nameof(scores), "scores must not contain null.");
        }

        if (!Arithmetic.TrySum(Scores, s => s.Points, out _total)
            || !Arithmetic.TrySum(Scores.Where(s => s.Outcome != TargetOutcome.NotAssessable), s => s.Target.Weight, out _assessedWeight)
            || !Arithmetic.TrySum(Scores.Where(s => s.Outcome == TargetOutcome.NotAssessable), s => s.Target.Weight, out _unassessedWeight))
        {
            Preconditions.ThrowOutOfRange(nameof(scores), "the points or the weights of the scores add up beyond the range of decimal.");
        }
    }

    private readonly decimal _total;
    private readonly decimal _assessedWeight;
    private readonly decimal _unassessedWeight;

    /// <summary>Gets one score per target.</summary>
    public ImmutableArray<TargetScore> Scores { get; }

    /// <summary>Gets the points scored in total.</summary>
    public decimal Total => _total;

    /// <summary>Gets the points at stake over the targets that could be assessed.</summary>
    public decimal AssessedWeight => _assessedWeight;

    /// <summary>Gets the weight of the targets that could not be assessed (no actual figure).</summary>
    public decimal UnassessedWeight => _unassessedWeight;

    /// <summary>Returns "total of weight".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Total} of {AssessedWeight} points";
}
