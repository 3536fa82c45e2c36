namespace HospitalDomain.Assessments;

/// <summary>
/// Fills a cohort's score columns, rule by rule and peer group by peer group: each group's values are
/// sorted once and their distribution recorded, every member's percentile rank and rank are read off
/// the runs of equal values in integer arithmetic, and its points are scored by the rule (stored
/// exactly in ten-billionths when the weight allows); members without a value are marked missing,
/// and qualitative indicators take the points given in the answers.
/// </summary>
internal static class PeerGroupScorer
{
    /// <summary>Scores every rule of <paramref name="scheme"/> for every member of <paramref name="cohort"/> into <paramref name="store"/>.</summary>
    /// <param name="scheme">The compiled scheme.</param>
    /// <param name="cohort">The cohort.</param>
    /// <param name="answers">The points given for qualitative indicators.</param>
    /// <param name="store">The empty score columns; filled.</param>
    /// <returns>The distribution of each rule's values in each peer group, at rule × groups + group.</returns>
    public static IndicatorStatistics[] Score(CompiledScheme scheme, Cohort cohort, AnswerTable answers, CohortPoints store)
    {
        var entities = cohort.Entities;
        var groups = cohort.Groups;
        var rules = scheme.Rules;
        var n = cohort.Count;
        var percentiles = store.PercentileColumn;
        var ranks = store.RankColumn;
        var flags = store.FlagColumn;
        var values = cohort.Values;

        var statistics = new IndicatorStatistics[rules.Length * groups.Length];
        var sort = new PeerGroupSort(cohort.LargestGroup);
        var sorted = sort.Sorted;
        var order = sort.Order;
        for (var r = 0; r < rules.Length; r++)
        {
            var rule = rules[r];
            var column = r * n;
            var percentileRule = rule.Rule.Method == ScoringMethod.PercentileRank;
            for (var g = 0; g < groups.Length; g++)
            {
                var (groupName, indices) = groups[g];
                var count = sort.Sort(indices, values.AsSpan(column, n), flags.AsSpan(column, n));
                statistics[(r * groups.Length) + g] = IndicatorDistribution.Describe(rule.Rule.IndicatorCode, groupName, sorted.AsSpan(0, count));

                var stepper = new PercentileStepper(count);
                for (var start = 0; start < count;)
                {
                    var end = start + 1;
                    while (end < count && sorted[end] == sorted[start])
                    {
                        end++;
                    }

                    // (2 × below + equal) for this run is start + end; for lower-is-better, below and above swap.
                    var millionths = stepper.Millionths(start + end, rule.LowerIsBetter);

                    // Rank 1 is the best: one more than the number placed better.
                    var rank = rule.LowerIsBetter ? start + 1 : count - end + 1;
                    for (var k = start; k < end; k++)
                    {
                        var cell = column + order[k];
                        percentiles[cell] = millionths;
                        ranks[cell] = rank;
                        if (!percentileRule)
                        {
                            store.SetPoints(cell, rule.Score(sorted[k]));
                        }
                        else if (rule.WeightHundredths is { } hundredths)
                        {
                            store.SetFixed(cell, hundredths * millionths);
                        }
                        else
                        {
                            store.SetPoints(cell, rule.HundredthOfWeight * CohortPoints.FromScaled(millionths, 6));
                        }
                    }

                    start = end;
                }

                if (rule.Rule.Method == ScoringMethod.Qualitative)
                {
                    foreach (var i in indices)
                    {
                        var answered = answers.TryGetPoints(entities[i], rule.Rule.IndicatorCode, out var given);
                        flags[column + i] = answered ? (byte)0 : PointsStore.IsMissing;
                        store.SetPoints(column + i, answered ? rule.QualitativePoints(given) : 0m);
                    }
                }
                else
                {
                    foreach (var i in indices)
                    {
                        if (flags[column + i] == 0)
                        {
                            flags[column + i] = PointsStore.IsMissing;
                            store.SetFixed(column + i, 0);
                        }
                    }
                }
            }
        }

        return statistics;
    }
}
