namespace HospitalDomain.Governance;

/// <summary>Scores one agreement target against an actual figure, with the shared <see cref="Scoring"/> engine.</summary>
internal static class TargetScoring
{
    /// <summary>Scores <paramref name="target"/> against <paramref name="actual"/>.</summary>
    /// <param name="target">The target.</param>
    /// <param name="actual">The actual figure.</param>
    /// <returns>The score.</returns>
    public static TargetScore Score(AgreementTarget target, decimal actual)
    {
        var higherIsBetter = target.Comparator switch
        {
            TargetComparator.AtLeast => true,
            TargetComparator.AtMost => false,
            _ => throw Preconditions.Unhandled(target.Comparator),
        };

        // The constructor puts the floor on the worse side of the target, so it gives the same direction.
        var scored = target.Rule switch
        {
            ScoringRule.AllOrNothing => Scoring.PassFail(actual, target.Target, target.Weight, higherIsBetter),
            ScoringRule.Linear => Scoring.Linear(actual, target.Floor!.Value, target.Target, target.Weight, cap: null, Scoring.Rounding.WeightFirst),
            ScoringRule.Capped => Scoring.Linear(actual, target.Floor!.Value, target.Target, target.Weight, target.Cap!.Value, Scoring.Rounding.WeightFirst),
            _ => throw Preconditions.Unhandled(target.Rule),
        };
        var outcome = scored.Attainment switch
        {
            Scoring.Attainment.Missed => TargetOutcome.Missed,
            Scoring.Attainment.Partial => TargetOutcome.Partial,
            Scoring.Attainment.Reached => TargetOutcome.Reached,
            _ => throw Preconditions.Unhandled(scored.Attainment),
        };
        return new TargetScore(target, outcome, scored.Points, actual);
    }
}
