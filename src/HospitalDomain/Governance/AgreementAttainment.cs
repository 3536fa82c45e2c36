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

    /// <summary>Returns "total of weight".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Total} of {AssessedWeight} points";
}
