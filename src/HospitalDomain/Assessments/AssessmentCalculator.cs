using System.Collections.Immutable;
using HospitalDomain.Indicators;

namespace HospitalDomain.Assessments;

/// <summary>
/// Scores, ranks and grades a cohort of hospitals under an <see cref="AssessmentScheme"/>: points
/// per indicator and dimension, totals, ranks and percentiles within peer groups, grades, the
/// distribution of every indicator, and what moved each hospital's total.
/// </summary>
/// <remarks>
/// <para>
/// Percentile rank: for a hospital with value v in a peer group of n hospitals with a value, the
/// share of the group below v plus half the share equal to v, × 100 (ties share their rank; a cohort
/// of one ranks at 50). For lower-is-better indicators the share above is used instead, so a higher
/// percentile is always better. Totals rank within the peer group, best first; equal totals share a
/// rank (1, 2, 2, 4). The result is the same whatever the order of the members.
/// </para>
/// <para>
/// The work is data-oriented: each indicator's values are gathered into one array per peer group,
/// sorted once, and every hospital's percentile is read off the runs of equal values in one pass.
/// A calculator is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class AssessmentCalculator
{
    private readonly CompiledRule[] _rules;

    /// <summary>Prepares <paramref name="scheme"/> for cohorts evaluated with <paramref name="edition"/>.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="edition">The indicator edition the members were evaluated with.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The scheme refers to an indicator the edition lacks, or does not fit it.</exception>
    public AssessmentCalculator(AssessmentScheme scheme, IndicatorEdition edition)
    {
        Scheme = Preconditions.CheckNotNull(scheme);
        Edition = Preconditions.CheckNotNull(edition);
        scheme.CheckAgainst(edition);
        _rules = [.. scheme.Rules.Select(rule =>
        {
            var index = edition.Entries.IndexOf(edition[rule.IndicatorCode]);
            var entry = edition.Entries[index];
            var direction = entry.Definition.Direction;
            var scored = direction != IndicatorDirection.MonitorOnly || rule.ScoreMonitorOnly || rule.Method == ScoringMethod.Qualitative;
            return new CompiledRule(rule, index, rule.Dimension ?? entry.Dimension, direction == IndicatorDirection.LowerIsBetter, scored ? rule.Weight : 0m);
        })];
    }

    /// <summary>Gets the scheme.</summary>
    public AssessmentScheme Scheme { get; }

    /// <summary>Gets the edition.</summary>
    public IndicatorEdition Edition { get; }

    /// <summary>Assesses a cohort.</summary>
    /// <param name="members">The hospitals, each evaluated with <see cref="Edition"/>; entities distinct.</param>
    /// <param name="answers">Points for qualitative indicators, or null.</param>
    /// <param name="previous">The previous assessment of the cohort, for the change of each hospital, or null.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    /// <exception cref="ArgumentException">A member repeats or was evaluated with another edition.</exception>
    public CohortAssessment Assess(IEnumerable<CohortMember> members, IEnumerable<QualitativeAnswer>? answers = null, CohortAssessment? previous = null)
    {
        Preconditions.CheckNotNull(members);
        var list = members.OrderBy(m => m.Entity, StringComparer.Ordinal).ToArray();
        Preconditions.CheckNoDuplicates(list, m => m.Entity, nameof(members), "hospital");
        foreach (var member in list)
        {
            Preconditions.CheckArgument(ReferenceEquals(member.Evaluation.Edition, Edition), nameof(members), $"{member.Entity} was evaluated with the edition {member.Evaluation.Edition.Id}, not {Edition.Id}.");
        }

        var answerTable = (answers ?? []).ToDictionary(a => (a.Entity, a.IndicatorCode), a => a.Points);
        var n = list.Length;
        var groups = list.Select((m, i) => (m.PeerGroup, i)).GroupBy(x => x.PeerGroup, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Members: g.Select(x => x.i).ToArray())).ToArray();

        var points = new decimal[n, _rules.Length];
        var values = new decimal?[n, _rules.Length];
        var percentiles = new decimal?[n, _rules.Length];
        var statistics = ImmutableArray.CreateBuilder<IndicatorStatistics>(groups.Length * _rules.Length);
        for (var r = 0; r < _rules.Length; r++)
        {
            var rule = _rules[r];
            foreach (var (groupName, indices) in groups)
            {
                // Gather the group's values, sort them once (by double, then fixed up exactly by decimal,
                // which costs one pass as the order is then nearly right), and read every hospital's
                // percentile off the runs of equal values: no per-hospital search.
                var count = 0;
                var order = new int[indices.Length];
                var keys = new double[indices.Length];
                foreach (var i in indices)
                {
                    var result = list[i].Evaluation.Results[rule.EntryIndex];
                    if (result.Status == IndicatorStatus.Computed)
                    {
                        var v = result.Value!.Value;
                        values[i, r] = v;
                        keys[count] = (double)v;
                        order[count++] = i;
                    }
                }

                Array.Sort(keys, order, 0, count);
                for (var k = 1; k < count; k++)
                {
                    var item = order[k];
                    var value = values[item, r]!.Value;
                    var j = k - 1;
                    while (j >= 0 && values[order[j], r]!.Value > value)
                    {
                        order[j + 1] = order[j];
                        j--;
                    }

                    order[j + 1] = item;
                }

                var sorted = new decimal[count];
                for (var k = 0; k < count; k++)
                {
                    sorted[k] = values[order[k], r]!.Value;
                }

                statistics.Add(Statistics(rule.Rule.IndicatorCode, groupName, sorted));

                // (below + equal / 2) × 100 / n, computed as (2 × below + equal) × 50 / n once per run of equal values.
                for (var start = 0; start < count;)
                {
                    var end = start + 1;
                    while (end < count && sorted[end] == sorted[start])
                    {
                        end++;
                    }

                    var twice = (2 * start) + (end - start);
                    var share = twice * 50m / count;
                    var percentile = rule.LowerIsBetter ? 100m - share : share;
                    for (var k = start; k < end; k++)
                    {
                        percentiles[order[k], r] = percentile;
                    }

                    start = end;
                }

                foreach (var i in indices)
                {
                    points[i, r] = Score(rule, values[i, r], percentiles[i, r], list[i].Entity, answerTable);
                }
            }
        }

        var previousTotals = previous?.Assessments.ToDictionary(a => a.Entity, StringComparer.Ordinal);
        var assessed = new (CohortMember Member, decimal Total, IndicatorPoints[] Points)[n];
        for (var i = 0; i < n; i++)
        {
            var itemPoints = new IndicatorPoints[_rules.Length];
            decimal sum = 0, weightAssessed = 0, weightTotal = 0;
            for (var r = 0; r < _rules.Length; r++)
            {
                var rule = _rules[r];
                var missing = IsMissing(rule, values[i, r], list[i].Entity, answerTable);
                var weight = rule.EffectiveWeight;
                weightTotal += weight;
                if (!missing || Scheme.MissingData == MissingDataRule.Zero)
                {
                    weightAssessed += weight;
                }

                sum += points[i, r];
                itemPoints[r] = new IndicatorPoints(rule.Rule.IndicatorCode, rule.Dimension, weight, points[i, r], values[i, r], percentiles[i, r], missing);
            }

            var total = Scheme.MissingData == MissingDataRule.Renormalise && weightAssessed > 0 && weightAssessed < weightTotal
                ? sum * weightTotal / weightAssessed
                : sum;
            assessed[i] = (list[i], total, itemPoints);
        }

        var grades = Grades(assessed.Select(a => a.Total).ToArray());
        var ranks = new int[n];
        var peerCounts = new int[n];
        foreach (var (_, indices) in groups)
        {
            var ordered = indices.OrderByDescending(i => assessed[i].Total).ThenBy(i => list[i].Entity, StringComparer.Ordinal).ToArray();
            for (var p = 0; p < ordered.Length; p++)
            {
                ranks[ordered[p]] = p > 0 && assessed[ordered[p]].Total == assessed[ordered[p - 1]].Total ? ranks[ordered[p - 1]] : p + 1;
                peerCounts[ordered[p]] = ordered.Length;
            }
        }

        var dimensionNames = _rules.Select(r => r.Dimension).Distinct(StringComparer.Ordinal).ToArray();
        var dimensionOf = _rules.Select(r => Array.IndexOf(dimensionNames, r.Dimension)).ToArray();
        var results = new Assessment[n];
        var dimensionPoints = new decimal[dimensionNames.Length];
        var dimensionWeights = new decimal[dimensionNames.Length];
        for (var i = 0; i < n; i++)
        {
            var item = assessed[i];
            Array.Clear(dimensionPoints);
            Array.Clear(dimensionWeights);
            for (var r = 0; r < _rules.Length; r++)
            {
                dimensionPoints[dimensionOf[r]] += item.Points[r].Points;
                dimensionWeights[dimensionOf[r]] += item.Points[r].Weight;
            }

            var dimensions = new DimensionTotal[dimensionNames.Length];
            for (var d = 0; d < dimensions.Length; d++)
            {
                dimensions[d] = new DimensionTotal(dimensionNames[d], dimensionPoints[d], dimensionWeights[d]);
            }

            var lifted = TopThree(item.Points, p => p.Points);
            var cost = TopThree(item.Points, p => p.Weight - p.Points);
            Assessment? before = null;
            previousTotals?.TryGetValue(item.Member.Entity, out before);
            results[i] = new Assessment(item.Member.Entity, item.Member.PeerGroup, item.Total, grades[i], ranks[i], peerCounts[i], item.Points, dimensions, lifted, cost, before?.Total, before?.Grade);
        }

        return new CohortAssessment(
            Scheme.Id,
            results.OrderByDescending(a => a.Total).ThenBy(a => a.Entity, StringComparer.Ordinal),
            statistics.ToImmutable());
    }

    /// <summary>The codes of the (at most) three indicators with the largest positive key, largest first, ties by code.</summary>
    private static string[] TopThree(IndicatorPoints[] points, Func<IndicatorPoints, decimal> key)
    {
        var best = new (decimal Key, string Code)[3];
        var found = 0;
        foreach (var p in points)
        {
            var k = key(p);
            if (k <= 0m)
            {
                continue;
            }

            var position = found;
            while (position > 0 && (k > best[position - 1].Key || (k == best[position - 1].Key && string.CompareOrdinal(p.IndicatorCode, best[position - 1].Code) < 0)))
            {
                if (position < 3)
                {
                    best[position] = best[position - 1];
                }

                position--;
            }

            if (position < 3)
            {
                best[position] = (k, p.IndicatorCode);
                found = Math.Min(found + 1, 3);
            }
        }

        var codes = new string[found];
        for (var c = 0; c < found; c++)
        {
            codes[c] = best[c].Code;
        }

        return codes;
    }

    private static bool IsMissing(CompiledRule rule, decimal? value, string entity, Dictionary<(string, string), decimal> answers) =>
        rule.Rule.Method == ScoringMethod.Qualitative ? answers.Count == 0 || !answers.ContainsKey((entity, rule.Rule.IndicatorCode)) : value is null;

    private static decimal Score(CompiledRule rule, decimal? value, decimal? percentile, string entity, Dictionary<(string, string), decimal> answers)
    {
        var weight = rule.EffectiveWeight;
        if (weight == 0m)
        {
            return 0m;
        }

        var r = rule.Rule;
        if (r.Method == ScoringMethod.Qualitative)
        {
            return answers.Count > 0 && answers.TryGetValue((entity, r.IndicatorCode), out var given) ? Math.Min(given, weight) : 0m;
        }

        if (value is not { } v)
        {
            return 0m;
        }

        return r.Method switch
        {
            ScoringMethod.PercentileRank => rule.HundredthOfWeight * percentile!.Value,
            ScoringMethod.Linear => weight * Math.Clamp((v - r.Floor!.Value) / (r.Target!.Value - r.Floor!.Value), 0m, 1m),
            ScoringMethod.PassFail => (rule.LowerIsBetter ? v <= r.Target!.Value : v >= r.Target!.Value) ? weight : 0m,
            _ => r.Bands.Where(b => rule.LowerIsBetter ? v <= b.Threshold : v >= b.Threshold).Select(b => b.Points).DefaultIfEmpty(0m).Max(),
        };
    }

    private string[] Grades(decimal[] totals)
    {
        var bands = Scheme.GradeBands;
        var grades = new string[totals.Length];
        if (Scheme.GradeMode == GradeBandMode.Threshold)
        {
            for (var i = 0; i < totals.Length; i++)
            {
                grades[i] = bands.FirstOrDefault(b => totals[i] >= b.Bound)?.Grade ?? bands[^1].Grade;
            }

            return grades;
        }

        var order = Enumerable.Range(0, totals.Length).OrderByDescending(i => totals[i]).ToArray();
        var boundaries = new int[bands.Length];
        decimal cumulative = 0;
        for (var b = 0; b < bands.Length; b++)
        {
            cumulative += bands[b].Bound;
            boundaries[b] = b == bands.Length - 1 ? totals.Length : (int)Math.Round(cumulative * totals.Length / 100m, MidpointRounding.AwayFromZero);
        }

        for (var p = 0; p < order.Length; p++)
        {
            var i = order[p];
            grades[i] = p > 0 && totals[i] == totals[order[p - 1]]
                ? grades[order[p - 1]]
                : bands[Array.FindIndex(boundaries, limit => p < limit)].Grade;
        }

        return grades;
    }

    private static IndicatorStatistics Statistics(string code, string group, decimal[] sorted)
    {
        if (sorted.Length == 0)
        {
            return new IndicatorStatistics(code, group, 0);
        }

        var deciles = Enumerable.Range(0, 11).Select(d => Percentile(sorted, d * 10m)).ToArray();
        return new IndicatorStatistics(code, group, sorted.Length, deciles, Percentile(sorted, 25m), Percentile(sorted, 50m), Percentile(sorted, 75m));
    }

    /// <summary>The p-th percentile by linear interpolation between closest ranks (type 7).</summary>
    internal static decimal Percentile(decimal[] sorted, decimal p)
    {
        var position = p / 100m * (sorted.Length - 1);
        var lower = (int)decimal.Floor(position);
        var fraction = position - lower;
        return lower + 1 < sorted.Length ? sorted[lower] + (fraction * (sorted[lower + 1] - sorted[lower])) : sorted[lower];
    }

    private sealed record CompiledRule(IndicatorScoring Rule, int EntryIndex, string Dimension, bool LowerIsBetter, decimal EffectiveWeight)
    {
        /// <summary>Gets the weight ÷ 100, so that percentile points are one multiplication.</summary>
        public decimal HundredthOfWeight { get; } = EffectiveWeight / 100m;
    }
}
