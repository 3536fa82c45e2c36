using System.Buffers;
using System.Collections.Immutable;
using System.Numerics;
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
/// percentile is always better. The rank is rounded half away from zero (四舍五入) to six decimal
/// places, which tells apart every position in peer groups of up to 50 million; percentile points
/// (weight × rank ÷ 100) are then exact, and a dimension total is the exact sum of its indicators'
/// points and the total the exact sum of the dimension totals (before any renormalisation for
/// missing data), so anyone can add up a printed assessment and get its total.
/// </para>
/// <para>
/// Totals rank within the peer group, best first; equal totals share a rank (1, 2, 2, 4). The
/// result is the same whatever the order of the members.
/// </para>
/// <para>
/// The work is data-oriented, so that 3,000 hospitals × 56 indicators take milliseconds: each
/// indicator's values are gathered into one array per peer group and sorted once (a radix sort on
/// an order-preserving key, then an exact decimal pass), every hospital's percentile is read off the
/// runs of equal values without a division, and points are summed in exact fixed-point arithmetic
/// (ten-billionths in a long) whenever every weight and point value allows, in decimal otherwise.
/// The scores are stored as columns shared by the whole result; each <see cref="IndicatorPoints"/>
/// is a small view of one cell. A calculator is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class AssessmentCalculator
{
    private readonly CompiledRule[] _rules;
    private readonly string[] _dimensions;
    private readonly string[] _codes;
    private readonly string[] _ruleDimensions;
    private readonly decimal[] _weights;
    private readonly int[] _entries;
    private readonly long[]? _fixedWeights;
    private readonly decimal[] _dimensionWeights;

    /// <summary>Prepares <paramref name="scheme"/> for cohorts evaluated with <paramref name="edition"/>.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="edition">The indicator edition the members were evaluated with.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The scheme refers to an indicator the edition lacks, or does not fit it.</exception>
    public AssessmentCalculator(AssessmentScheme scheme, IndicatorEdition edition)
    {
        Scheme = Preconditions.CheckNotNull(scheme);
        Edition = Preconditions.CheckNotNull(edition);
        var scored = scheme.Weigh(edition);
        _dimensions = [.. scored.Select(w => w.Dimension).Distinct(StringComparer.Ordinal)];
        _rules = [.. scheme.Rules.Select((rule, r) =>
        {
            var (index, dimension, weight) = scored[r];
            var lowerIsBetter = edition.Entries[index].Definition.Direction == IndicatorDirection.LowerIsBetter;
            return new CompiledRule(rule, index, dimension, Array.IndexOf(_dimensions, dimension), lowerIsBetter, weight);
        })];
        _codes = [.. _rules.Select(r => r.Rule.IndicatorCode)];
        _ruleDimensions = [.. _rules.Select(r => r.Dimension)];
        _weights = [.. _rules.Select(r => r.EffectiveWeight)];
        _entries = [.. _rules.Select(r => r.EntryIndex)];

        // Weights in ten-billionths, when every one converts exactly and sums of the rules' points cannot overflow a long.
        var fixedWeights = new long[_rules.Length];
        var fits = _rules.Length <= 900;
        for (var r = 0; r < _rules.Length && fits; r++)
        {
            fits = CohortPoints.TryToFixed(_rules[r].EffectiveWeight, out fixedWeights[r]);
        }

        _fixedWeights = fits ? fixedWeights : null;
        _dimensionWeights = new decimal[_dimensions.Length];
        foreach (var rule in _rules)
        {
            _dimensionWeights[rule.DimensionIndex] += rule.EffectiveWeight;
        }
    }

    /// <summary>Gets or sets whether totals are always summed in decimal, never in the exact fixed-point form; for tests that compare the two.</summary>
    internal bool ForceDecimalArithmetic { get; init; }

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
    /// <exception cref="ArgumentException">A member is null, repeats or was evaluated with another edition.</exception>
    public CohortAssessment Assess(IEnumerable<CohortMember> members, IEnumerable<QualitativeAnswer>? answers = null, CohortAssessment? previous = null)
    {
        Preconditions.CheckNotNull(members);
        var list = members.ToArray();
        foreach (var member in list)
        {
            Preconditions.CheckArgument(member is not null, nameof(members), "members must not contain null.");
            Preconditions.CheckArgument(ReferenceEquals(member.Evaluation.Edition, Edition), nameof(members), $"{member.Entity} was evaluated with the edition {member.Evaluation.Edition.Id}, not {Edition.Id}.");
        }

        // Entity order makes the result independent of the input order.
        Array.Sort(list, static (a, b) => string.CompareOrdinal(a.Entity, b.Entity));
        for (var i = 1; i < list.Length; i++)
        {
            if (string.Equals(list[i].Entity, list[i - 1].Entity, StringComparison.Ordinal))
            {
                Preconditions.ThrowArgument(nameof(members), $"members contains the hospital '{list[i].Entity}' more than once.");
            }
        }

        var n = list.Length;
        var ruleCount = _rules.Length;
        var groups = GroupByPeerGroup(list);
        var answerTable = Answers(answers);

        // The scores as columns (the cell of rule r and member i is r × n + i), and a working copy of
        // the values in the same layout, rented because it is not part of the result.
        var store = new CohortPoints(_codes, _ruleDimensions, _weights, _entries, list);
        var percentiles = store.PercentileColumn;
        var ranks = store.RankColumn;
        var flags = store.FlagColumn;
        var values = ArrayPool<decimal>.Shared.Rent(ruleCount * n);
        Gather(list, values, flags);

        var statistics = new IndicatorStatistics[ruleCount * groups.Length];
        var largestGroup = groups.Length == 0 ? 0 : groups.Max(g => g.Members.Length);
        var keys = new ulong[largestGroup];
        var scratch = new ulong[largestGroup];
        var order = new int[largestGroup];
        var sorted = new decimal[largestGroup];
        for (var r = 0; r < ruleCount; r++)
        {
            var rule = _rules[r];
            var column = r * n;
            var percentileRule = rule.Rule.Method == ScoringMethod.PercentileRank;
            for (var g = 0; g < groups.Length; g++)
            {
                var (groupName, indices) = groups[g];

                // Gather the group's values and sort them once by a 64-bit key, the order-preserving bits
                // of their single-precision approximation above the member index; then put them in
                // exact decimal order with one insertion pass (the order is already nearly right).
                var count = 0;
                foreach (var i in indices)
                {
                    if (flags[column + i] != 0)
                    {
                        keys[count++] = ((ulong)SortableBits((float)values[column + i]) << 32) | unchecked((uint)i);
                    }
                }

                RadixSortByHighHalf(keys.AsSpan(0, count), scratch.AsSpan(0, count));
                for (var k = 0; k < count; k++)
                {
                    var item = unchecked((int)(uint)keys[k]);
                    var value = values[column + item];
                    var j = k - 1;
                    while (j >= 0 && sorted[j] > value)
                    {
                        sorted[j + 1] = sorted[j];
                        order[j + 1] = order[j];
                        j--;
                    }

                    sorted[j + 1] = value;
                    order[j + 1] = item;
                }

                statistics[(r * groups.Length) + g] = Statistics(rule.Rule.IndicatorCode, groupName, sorted.AsSpan(0, count));

                // Every hospital's percentile is read off the runs of equal values, in integer arithmetic,
                // and its points are stored exactly in ten-billionths when the weight allows.
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
                            store.SetPoints(cell, Score(rule, sorted[k]));
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
                        var answered = answerTable.TryGetValue((list[i].Entity, rule.Rule.IndicatorCode), out var given);
                        flags[column + i] = answered ? (byte)0 : PointsStore.IsMissing;
                        store.SetPoints(column + i, answered ? QualitativePoints(rule, given) : 0m);
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

        ArrayPool<decimal>.Shared.Return(values);
        return Collect(list, groups, store, statistics, previous);
    }

    private CohortAssessment Collect(CohortMember[] list, (string Name, int[] Members)[] groups, CohortPoints store, IndicatorStatistics[] statistics, CohortAssessment? previous)
    {
        var flags = store.FlagColumn;
        var n = list.Length;
        var ruleCount = _rules.Length;
        var dimensionCount = _dimensions.Length;
        var lifted = new string[n][];
        var cost = new string[n][];
        var dimensionPoints = new decimal[n * dimensionCount];
        if (store.AllFixed && _fixedWeights is not null && !ForceDecimalArithmetic)
        {
            // Exact long arithmetic in ten-billionths: the usual case.
            var sums = new long[n * dimensionCount];
            SumRows<long>(n, store.FixedColumn, flags, _fixedWeights, sums, lifted, cost);
            for (var k = 0; k < sums.Length; k++)
            {
                dimensionPoints[k] = CohortPoints.FromScaled(sums[k], 10);
            }
        }
        else
        {
            var cells = new decimal[ruleCount * n];
            for (var cell = 0; cell < cells.Length; cell++)
            {
                cells[cell] = store.Points(cell);
            }

            SumRows<decimal>(n, cells, flags, _weights, dimensionPoints, lifted, cost);
        }

        var weightTotal = 0m;
        foreach (var rule in _rules)
        {
            weightTotal += rule.EffectiveWeight;
        }

        var renormalise = Scheme.MissingData == MissingDataRule.Renormalise;
        var rows = new IndicatorPoints[n][];
        var totals = new decimal[n];
        for (var i = 0; i < n; i++)
        {
            var row = new IndicatorPoints[ruleCount];
            var weightAssessed = weightTotal;
            for (var r = 0; r < ruleCount; r++)
            {
                var cell = (r * n) + i;
                if (renormalise && (flags[cell] & PointsStore.IsMissing) != 0)
                {
                    weightAssessed -= _rules[r].EffectiveWeight;
                }

                row[r] = new IndicatorPoints(store, cell);
            }

            // The total is the sum of the dimension totals (so that they add up to it exactly), renormalised when values are missing.
            var sum = 0m;
            for (var d = 0; d < dimensionCount; d++)
            {
                sum += dimensionPoints[(i * dimensionCount) + d];
            }

            totals[i] = renormalise && weightAssessed > 0 && weightAssessed < weightTotal ? sum * weightTotal / weightAssessed : sum;
            rows[i] = row;
        }

        var grades = Grades(totals);
        var ranks = new int[n];
        var peerCounts = new int[n];
        foreach (var (_, indices) in groups)
        {
            var ordered = (int[])indices.Clone();
            Array.Sort(ordered, (a, b) => totals[b] != totals[a] ? totals[b].CompareTo(totals[a]) : string.CompareOrdinal(list[a].Entity, list[b].Entity));
            for (var p = 0; p < ordered.Length; p++)
            {
                ranks[ordered[p]] = p > 0 && totals[ordered[p]] == totals[ordered[p - 1]] ? ranks[ordered[p - 1]] : p + 1;
                peerCounts[ordered[p]] = ordered.Length;
            }
        }

        Dictionary<string, Assessment>? previousByEntity = null;
        if (previous is not null)
        {
            previousByEntity = new Dictionary<string, Assessment>(previous.Assessments.Length, StringComparer.Ordinal);
            foreach (var assessment in previous.Assessments)
            {
                previousByEntity[assessment.Entity] = assessment;
            }
        }

        var results = new Assessment[n];
        for (var i = 0; i < n; i++)
        {
            var dimensions = new DimensionTotal[dimensionCount];
            for (var d = 0; d < dimensions.Length; d++)
            {
                dimensions[d] = new DimensionTotal(_dimensions[d], dimensionPoints[(i * dimensionCount) + d], _dimensionWeights[d]);
            }

            Assessment? before = null;
            previousByEntity?.TryGetValue(list[i].Entity, out before);
            results[i] = new Assessment(list[i].Entity, list[i].PeerGroup, totals[i], grades[i], ranks[i], peerCounts[i], AsImmutable(rows[i]), AsImmutable(dimensions), AsImmutable(lifted[i]), AsImmutable(cost[i]), before?.Total, before?.Grade, trusted: true);
        }

        Array.Sort(results, static (a, b) => a.Total != b.Total ? b.Total.CompareTo(a.Total) : string.CompareOrdinal(a.Entity, b.Entity));
        return new CohortAssessment(Scheme.Id, AsImmutable(results), AsImmutable(statistics), trusted: true);
    }

    /// <summary>
    /// Per member: the points of each dimension, and the three indicators that earned the most points
    /// and that lost the most (weight − points; a missing value does not count when its weight is
    /// renormalised away), from the column-major <paramref name="cells"/>.
    /// </summary>
    private void SumRows<T>(int n, ReadOnlySpan<T> cells, ReadOnlySpan<byte> flags, T[] weights, T[] dimensionSums, string[][] lifted, string[][] cost)
        where T : struct, INumber<T>
    {
        var renormalise = Scheme.MissingData == MissingDataRule.Renormalise;
        var liftedTop = new TopThree<T>();
        var costTop = new TopThree<T>();
        var dimensionCount = _dimensions.Length;
        for (var i = 0; i < n; i++)
        {
            liftedTop.Clear();
            costTop.Clear();
            var dimensionBase = i * dimensionCount;
            for (var r = 0; r < _rules.Length; r++)
            {
                var p = cells[(r * n) + i];
                dimensionSums[dimensionBase + _rules[r].DimensionIndex] += p;
                if (p > T.Zero)
                {
                    liftedTop.Offer(p, r, _codes);
                }

                // A missing value whose weight is renormalised away costs nothing.
                var lost = weights[r] - p;
                if (lost > T.Zero && !(renormalise && (flags[(r * n) + i] & PointsStore.IsMissing) != 0))
                {
                    costTop.Offer(lost, r, _codes);
                }
            }

            lifted[i] = liftedTop.Codes(_codes);
            cost[i] = costTop.Codes(_codes);
        }
    }

    private static ImmutableArray<T> AsImmutable<T>(T[] array) => System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(array);

    private void Gather(CohortMember[] list, decimal[] values, byte[] flags)
    {
        // Row by row, so that each member's results are read once and in memory order.
        var n = list.Length;
        for (var i = 0; i < n; i++)
        {
            var results = list[i].Evaluation.Results;
            for (var r = 0; r < _rules.Length; r++)
            {
                var result = results[_rules[r].EntryIndex];
                if (result.Status == IndicatorStatus.Computed)
                {
                    var cell = (r * n) + i;
                    flags[cell] = PointsStore.HasValue | PointsStore.HasPercentile;
                    values[cell] = result.Value.GetValueOrDefault();
                }
            }
        }
    }

    private static (string Name, int[] Members)[] GroupByPeerGroup(CohortMember[] list)
    {
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < list.Length; i++)
        {
            if (!byName.TryGetValue(list[i].PeerGroup, out var indices))
            {
                byName.Add(list[i].PeerGroup, indices = []);
            }

            indices.Add(i);
        }

        var groups = byName.Select(g => (Name: g.Key, Members: g.Value.ToArray())).ToArray();
        Array.Sort(groups, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return groups;
    }

    private static Dictionary<(string, string), decimal> Answers(IEnumerable<QualitativeAnswer>? answers)
    {
        var table = new Dictionary<(string, string), decimal>();
        foreach (var answer in answers ?? [])
        {
            Preconditions.CheckArgument(answer is not null, nameof(answers), "answers must not contain null.");
            if (!table.TryAdd((answer.Entity, answer.IndicatorCode), answer.Points))
            {
                Preconditions.ThrowArgument(nameof(answers), $"answers give {answer.IndicatorCode} of {answer.Entity} more than once.");
            }
        }

        return table;
    }

    /// <summary>The points of a qualitative answer, given out of the rule's own weight and scaled with it to the dimension weight.</summary>
    private static decimal QualitativePoints(CompiledRule rule, decimal given)
    {
        var capped = Math.Min(given, rule.Rule.Weight);
        return rule.EffectiveWeight == rule.Rule.Weight ? capped : capped * rule.EffectiveWeight / rule.Rule.Weight;
    }

    private static decimal Score(CompiledRule rule, decimal value)
    {
        var weight = rule.EffectiveWeight;
        if (weight == 0m)
        {
            return 0m;
        }

        var r = rule.Rule;
        switch (r.Method)
        {
            case ScoringMethod.Linear:
                return weight * Math.Clamp((value - r.Floor!.Value) / (r.Target!.Value - r.Floor!.Value), 0m, 1m);
            case ScoringMethod.PassFail:
                return (rule.LowerIsBetter ? value <= r.Target!.Value : value >= r.Target!.Value) ? weight : 0m;
            default:
                decimal? best = null;
                foreach (var band in r.Bands)
                {
                    if ((rule.LowerIsBetter ? value <= band.Threshold : value >= band.Threshold) && (best is null || band.Points > best))
                    {
                        best = band.Points;
                    }
                }

                return best ?? 0m;
        }
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

    private static IndicatorStatistics Statistics(string code, string group, ReadOnlySpan<decimal> sorted)
    {
        if (sorted.Length == 0)
        {
            return new IndicatorStatistics(code, group, 0);
        }

        var deciles = new decimal[11];
        for (var d = 0; d < deciles.Length; d++)
        {
            deciles[d] = Percentile(sorted, d * 10m);
        }

        return new IndicatorStatistics(code, group, sorted.Length, deciles, Percentile(sorted, 25m), Percentile(sorted, 50m), Percentile(sorted, 75m));
    }

    /// <summary>The bits of <paramref name="value"/> as an unsigned number that orders as the value does.</summary>
    internal static uint SortableBits(float value)
    {
        var bits = BitConverter.SingleToUInt32Bits(value);
        return (bits & 0x8000_0000u) != 0 ? ~bits : bits | 0x8000_0000u;
    }

    /// <summary>
    /// Sorts <paramref name="keys"/> by their upper 32 bits, stably (equal keys keep their order), with
    /// four byte-wide counting passes; a pass whose byte is the same in every key is skipped.
    /// </summary>
    internal static void RadixSortByHighHalf(Span<ulong> keys, Span<ulong> scratch)
    {
        Span<int> counts = stackalloc int[256];
        var source = keys;
        var target = scratch;
        for (var shift = 32; shift < 64; shift += 8)
        {
            counts.Clear();
            foreach (var key in source)
            {
                counts[(int)((key >> shift) & 0xFF)]++;
            }

            if (source.Length == 0 || counts[(int)((source[0] >> shift) & 0xFF)] == source.Length)
            {
                continue;
            }

            var total = 0;
            for (var b = 0; b < 256; b++)
            {
                var c = counts[b];
                counts[b] = total;
                total += c;
            }

            foreach (var key in source)
            {
                target[counts[(int)((key >> shift) & 0xFF)]++] = key;
            }

            var swap = source;
            source = target;
            target = swap;
        }

        if (source != keys)
        {
            source.CopyTo(keys);
        }
    }

    /// <summary>The p-th percentile by linear interpolation between closest ranks (type 7).</summary>
    internal static decimal Percentile(ReadOnlySpan<decimal> sorted, decimal p)
    {
        var position = p / 100m * (sorted.Length - 1);
        var lower = (int)decimal.Floor(position);
        var fraction = position - lower;
        return lower + 1 < sorted.Length ? sorted[lower] + (fraction * (sorted[lower + 1] - sorted[lower])) : sorted[lower];
    }

    private sealed record CompiledRule(IndicatorScoring Rule, int EntryIndex, string Dimension, int DimensionIndex, bool LowerIsBetter, decimal EffectiveWeight)
    {
        /// <summary>Gets the weight ÷ 100, so that percentile points are one multiplication.</summary>
        public decimal HundredthOfWeight { get; } = EffectiveWeight / 100m;

        /// <summary>Gets the weight in hundredths when that is a whole number up to 10⁶, so that percentile points in ten-billionths are weight hundredths × percentile millionths; otherwise null.</summary>
        public long? WeightHundredths { get; } = EffectiveWeight * 100m is var h && h == decimal.Truncate(h) && h >= 0 && h <= 1_000_000m ? (long)h : null;
    }

    /// <summary>The (at most) three rules with the largest positive key, largest first, ties by indicator code.</summary>
    private sealed class TopThree<T>
        where T : struct, INumber<T>
    {
        private readonly T[] _keys = new T[3];
        private readonly int[] _rules = new int[3];
        private int _found;

        public void Clear() => _found = 0;

        public void Offer(T key, int rule, string[] codes)
        {
            if (_found == 3 && key < _keys[2])
            {
                return;
            }

            var position = _found;
            while (position > 0 && (key > _keys[position - 1] || (key == _keys[position - 1] && string.CompareOrdinal(codes[rule], codes[_rules[position - 1]]) < 0)))
            {
                if (position < 3)
                {
                    _keys[position] = _keys[position - 1];
                    _rules[position] = _rules[position - 1];
                }

                position--;
            }

            if (position < 3)
            {
                _keys[position] = key;
                _rules[position] = rule;
                _found = Math.Min(_found + 1, 3);
            }
        }

        public string[] Codes(string[] codes)
        {
            var result = new string[_found];
            for (var c = 0; c < _found; c++)
            {
                result[c] = codes[_rules[c]];
            }

            return result;
        }
    }

    /// <summary>
    /// Percentile ranks in millionths for one peer group, for ascending values of (2 × below + equal),
    /// without a division per hospital: the quotient and remainder of (2 × below + equal) × 5·10⁷ ÷ count
    /// are carried forward. Rounded half away from zero (四舍五入) to six places.
    /// </summary>
    internal struct PercentileStepper(int count)
    {
        private const long Half = 50_000_000;
        private readonly long _stepQuotient = Half / Math.Max(count, 1);
        private readonly long _stepRemainder = Half % Math.Max(count, 1);
        private long _twice;
        private long _quotient;
        private long _remainder;

        public int Millionths(int twice, bool lowerIsBetter)
        {
            var step = twice - _twice;
            _twice = twice;
            _quotient += step * _stepQuotient;
            _remainder += step * _stepRemainder;
            while (_remainder >= count)
            {
                _remainder -= count;
                _quotient++;
            }

            long quotient = _quotient, remainder = _remainder;
            if (lowerIsBetter)
            {
                // (2 × count − twice) × 5·10⁷ = count × 10⁸ − (quotient × count + remainder).
                quotient = (2 * Half) - quotient - (remainder == 0 ? 0 : 1);
                remainder = remainder == 0 ? 0 : count - remainder;
            }

            return unchecked((int)(2 * remainder >= count ? quotient + 1 : quotient));
        }
    }
}
