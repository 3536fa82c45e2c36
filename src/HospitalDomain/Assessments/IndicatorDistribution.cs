namespace HospitalDomain.Assessments;

/// <summary>The distribution of one indicator's values in one peer group: deciles and quartiles by linear interpolation between closest ranks (type 7).</summary>
internal static class IndicatorDistribution
{
    /// <summary>Describes the <paramref name="sorted"/> values of <paramref name="code"/> in <paramref name="group"/>.</summary>
    /// <param name="code">The indicator code.</param>
    /// <param name="group">The peer group.</param>
    /// <param name="sorted">The group's values, ascending; possibly none.</param>
    /// <returns>The statistics.</returns>
    public static IndicatorStatistics Describe(string code, string group, ReadOnlySpan<decimal> sorted)
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

    /// <summary>The p-th percentile by linear interpolation between closest ranks (type 7).</summary>
    /// <param name="sorted">The values, ascending; at least one.</param>
    /// <param name="p">The percentile, 0 to 100.</param>
    /// <returns>The percentile.</returns>
    public static decimal Percentile(ReadOnlySpan<decimal> sorted, decimal p)
    {
        var position = p / 100m * (sorted.Length - 1);
        var lower = (int)decimal.Floor(position);
        var fraction = position - lower;
        return lower + 1 < sorted.Length ? Arithmetic.Interpolate(sorted[lower], sorted[lower + 1], fraction) : sorted[lower];
    }
}
