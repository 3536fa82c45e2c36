using System.Numerics;

namespace HospitalDomain.Assessments;

/// <summary>
/// Each member's points by dimension, summed in one pass over the score columns with what the
/// explanations name: the three indicators that earned the most points and the three that lost the
/// most. The sums are exact: in ten-billionths in a long whenever every weight and every score has
/// that form (the usual case), in decimal otherwise.
/// </summary>
internal sealed class PointSums
{
    private readonly CompiledScheme _scheme;

    private PointSums(CompiledScheme scheme, int members)
    {
        _scheme = scheme;
        DimensionPoints = new decimal[members * scheme.Dimensions.Length];
        Lifted = new string[members][];
        Cost = new string[members][];
    }

    /// <summary>Gets the points of member i in dimension d at i × dimensions + d.</summary>
    public decimal[] DimensionPoints { get; }

    /// <summary>Gets each member's (at most) three indicators that earned the most points, most first.</summary>
    public string[][] Lifted { get; }

    /// <summary>Gets each member's (at most) three indicators that lost the most (weight − points), most first; a missing value does not count when its weight is renormalised away.</summary>
    public string[][] Cost { get; }

    /// <summary>Sums the scores of <paramref name="store"/>.</summary>
    /// <param name="scheme">The compiled scheme.</param>
    /// <param name="store">The filled score columns.</param>
    /// <param name="forceDecimal">Whether to sum in decimal even when the fixed-point form is exact; for tests that compare the two.</param>
    /// <returns>The sums.</returns>
    public static PointSums Of(CompiledScheme scheme, CohortPoints store, bool forceDecimal)
    {
        var n = store.MemberCount;
        var sums = new PointSums(scheme, n);
        if (store.AllFixed && scheme.FixedWeights is { } fixedWeights && !forceDecimal)
        {
            var scaled = new long[sums.DimensionPoints.Length];
            sums.SumRows<long>(n, store.FixedColumn, store.FlagColumn, fixedWeights, scaled);
            for (var k = 0; k < scaled.Length; k++)
            {
                sums.DimensionPoints[k] = CohortPoints.FromScaled(scaled[k], 10);
            }
        }
        else
        {
            var cells = new decimal[scheme.Rules.Length * n];
            for (var cell = 0; cell < cells.Length; cell++)
            {
                cells[cell] = store.Points(cell);
            }

            sums.SumRows<decimal>(n, cells, store.FlagColumn, scheme.Weights, sums.DimensionPoints);
        }

        return sums;
    }

    /// <summary>
    /// Each member's total: the sum of its dimension totals (so that they add up to it exactly),
    /// scaled by total weight ÷ weight assessed when the scheme renormalises and values are missing.
    /// </summary>
    /// <param name="flags">The flag column of the score store.</param>
    /// <returns>The totals.</returns>
    public decimal[] Totals(ReadOnlySpan<byte> flags)
    {
        var rules = _scheme.Rules;
        var dimensionCount = _scheme.Dimensions.Length;
        var weightTotal = _scheme.WeightTotal;
        var renormalise = _scheme.Renormalise;
        var totals = new decimal[Lifted.Length];
        var n = totals.Length;
        for (var i = 0; i < n; i++)
        {
            var weightAssessed = weightTotal;
            if (renormalise)
            {
                for (var r = 0; r < rules.Length; r++)
                {
                    if ((flags[(r * n) + i] & PointsStore.IsMissing) != 0)
                    {
                        weightAssessed -= rules[r].EffectiveWeight;
                    }
                }
            }

            var sum = 0m;
            for (var d = 0; d < dimensionCount; d++)
            {
                sum += DimensionPoints[(i * dimensionCount) + d];
            }

            totals[i] = renormalise && weightAssessed > 0 && weightAssessed < weightTotal ? sum * weightTotal / weightAssessed : sum;
        }

        return totals;
    }

    /// <summary>Gets member <paramref name="i"/>'s dimension totals, in the scheme's dimension order.</summary>
    /// <param name="i">The member's index.</param>
    /// <returns>The totals.</returns>
    public DimensionTotal[] DimensionTotals(int i)
    {
        var dimensionCount = _scheme.Dimensions.Length;
        var dimensions = new DimensionTotal[dimensionCount];
        for (var d = 0; d < dimensions.Length; d++)
        {
            dimensions[d] = new DimensionTotal(_scheme.Dimensions[d], DimensionPoints[(i * dimensionCount) + d], _scheme.DimensionWeights[d]);
        }

        return dimensions;
    }

    /// <summary>
    /// Per member: the points of each dimension, and the three indicators that earned the most points
    /// and that lost the most (weight − points; a missing value does not count when its weight is
    /// renormalised away), from the column-major <paramref name="cells"/>.
    /// </summary>
    private void SumRows<T>(int n, ReadOnlySpan<T> cells, ReadOnlySpan<byte> flags, T[] weights, T[] dimensionSums)
        where T : struct, INumber<T>
    {
        var rules = _scheme.Rules;
        var codes = _scheme.Codes;
        var renormalise = _scheme.Renormalise;
        var liftedTop = new TopThree<T>();
        var costTop = new TopThree<T>();
        var dimensionCount = _scheme.Dimensions.Length;
        for (var i = 0; i < n; i++)
        {
            liftedTop.Clear();
            costTop.Clear();
            var dimensionBase = i * dimensionCount;
            for (var r = 0; r < rules.Length; r++)
            {
                var p = cells[(r * n) + i];
                dimensionSums[dimensionBase + rules[r].DimensionIndex] += p;
                if (p > T.Zero)
                {
                    liftedTop.Offer(p, r, codes);
                }

                // A missing value whose weight is renormalised away costs nothing.
                var lost = weights[r] - p;
                if (lost > T.Zero && !(renormalise && (flags[(r * n) + i] & PointsStore.IsMissing) != 0))
                {
                    costTop.Offer(lost, r, codes);
                }
            }

            Lifted[i] = liftedTop.Codes(codes);
            Cost[i] = costTop.Codes(codes);
        }
    }
}
