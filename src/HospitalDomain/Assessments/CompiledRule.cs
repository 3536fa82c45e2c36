namespace HospitalDomain.Assessments;

/// <summary>One rule of a scheme compiled against an edition: where its indicator is, the dimension it counts towards, its direction and the weight it scores with; and how it turns a value into points.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="EntryIndex">The index of the rule's indicator in the edition.</param>
/// <param name="Dimension">The dimension the points count towards.</param>
/// <param name="DimensionIndex">The index of <paramref name="Dimension"/> among the scheme's dimensions.</param>
/// <param name="LowerIsBetter">Whether lower values of the indicator are better.</param>
/// <param name="EffectiveWeight">The points at stake after monitor-only indicators and dimension weights are accounted for.</param>
internal sealed record CompiledRule(IndicatorScoring Rule, int EntryIndex, string Dimension, int DimensionIndex, bool LowerIsBetter, decimal EffectiveWeight)
{
    /// <summary>Gets the weight ÷ 100, so that percentile points are one multiplication.</summary>
    public decimal HundredthOfWeight { get; } = EffectiveWeight / 100m;

    /// <summary>Gets the weight in hundredths when that is a whole number up to 10⁶, so that percentile points in ten-billionths are weight hundredths × percentile millionths; otherwise null.</summary>
    public long? WeightHundredths { get; } = EffectiveWeight * 100m is var h && h == decimal.Truncate(h) && h >= 0 && h <= 1_000_000m ? (long)h : null;

    /// <summary>The points of a value under a linear, pass/fail or bands rule, with the shared <see cref="Scoring"/> engine.</summary>
    /// <param name="value">The indicator's value.</param>
    /// <returns>The points.</returns>
    /// <remarks>
    /// A linear rule's direction is the side its floor lies on, whatever the indicator's; it rounds the
    /// share before scaling the weight (<see cref="Scoring.Rounding.ShareFirst"/>). Band points are
    /// the band's own, not scaled to dimension weights.
    /// </remarks>
    public decimal Score(decimal value)
    {
        var weight = EffectiveWeight;
        if (weight == 0m)
        {
            return 0m;
        }

        var r = Rule;
        return r.Method switch
        {
            ScoringMethod.Linear => Scoring.Linear(value, r.Floor!.Value, r.Target!.Value, weight, cap: null, Scoring.Rounding.ShareFirst).Points,
            ScoringMethod.PassFail => Scoring.PassFail(value, r.Target!.Value, weight, !LowerIsBetter).Points,
            ScoringMethod.Bands => BestBand(value),

            // Qualitative indicators have no computed value; their points come from the answers.
            ScoringMethod.Qualitative => 0m,

            // Percentile points come from the rank in the peer group, not from the value alone.
            ScoringMethod.PercentileRank or _ => throw Preconditions.Unhandled(r.Method),
        };
    }

    /// <summary>The points of the best band whose threshold <paramref name="value"/> reaches in the indicator's direction, or 0.</summary>
    private decimal BestBand(decimal value)
    {
        decimal? best = null;
        foreach (var band in Rule.Bands)
        {
            if (Scoring.Reaches(value, band.Threshold, !LowerIsBetter) && (best is null || band.Points > best))
            {
                best = band.Points;
            }
        }

        return best ?? 0m;
    }

    /// <summary>The points of a qualitative answer, given out of the rule's own weight and scaled with it to the dimension weight.</summary>
    /// <param name="given">The points given, capped at the rule's weight.</param>
    /// <returns>The points.</returns>
    public decimal QualitativePoints(decimal given)
    {
        var capped = Math.Min(given, Rule.Weight);
        return EffectiveWeight == Rule.Weight ? capped : capped * EffectiveWeight / Rule.Weight;
    }
}
