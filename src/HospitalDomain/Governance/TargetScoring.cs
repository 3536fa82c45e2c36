namespace HospitalDomain.Governance;

/// <summary>Scores one agreement target against an actual figure.</summary>
internal static class TargetScoring
{
    public static TargetScore Score(AgreementTarget target, decimal actual)
    {
        // Orient everything so that larger is better.
        var sign = target.Comparator == TargetComparator.AtLeast ? 1m : -1m;
        var a = actual * sign;
        var t = target.Target * sign;
        if (a >= t)
        {
            var points = target.Weight;
            if (target.Rule == ScoringRule.Capped)
            {
                var slope = target.Weight / (t - (target.Floor!.Value * sign));
                points = Math.Min(target.Weight + ((a - t) * slope), target.Weight * target.Cap!.Value);
            }

            return new TargetScore(target, TargetOutcome.Reached, points, actual);
        }

        if (target.Rule == ScoringRule.AllOrNothing)
        {
            return new TargetScore(target, TargetOutcome.Missed, 0m, actual);
        }

        var floor = target.Floor!.Value * sign;
        if (a <= floor)
        {
            return new TargetScore(target, TargetOutcome.Missed, 0m, actual);
        }

        return new TargetScore(target, TargetOutcome.Partial, target.Weight * (a - floor) / (t - floor), actual);
    }
}
