using System.Collections.Immutable;

namespace HospitalDomain.Assessments;

/// <summary>Gives each total its grade under a scheme's grade bands, by threshold or by share of the cohort.</summary>
internal static class Grading
{
    /// <summary>Grades <paramref name="totals"/>.</summary>
    /// <param name="bands">The bands, best first.</param>
    /// <param name="mode">How the bands are defined.</param>
    /// <param name="totals">The totals.</param>
    /// <returns>Each total's grade.</returns>
    public static string[] Grade(ImmutableArray<GradeBand> bands, GradeBandMode mode, decimal[] totals) => mode switch
    {
        GradeBandMode.Threshold => ByThreshold(bands, totals),
        GradeBandMode.Share => ByShare(bands, totals),
        _ => throw Preconditions.Unhandled(mode),
    };

    /// <summary>The grade of the first band whose bound the total reaches, or the last band's.</summary>
    private static string[] ByThreshold(ImmutableArray<GradeBand> bands, decimal[] totals)
    {
        var grades = new string[totals.Length];
        for (var i = 0; i < totals.Length; i++)
        {
            grades[i] = bands.FirstOrDefault(b => totals[i] >= b.Bound)?.Grade ?? bands[^1].Grade;
        }

        return grades;
    }

    /// <summary>Each band takes its per cent of the cohort, best totals first, the last band the rest; equal totals share the better grade.</summary>
    private static string[] ByShare(ImmutableArray<GradeBand> bands, decimal[] totals)
    {
        var grades = new string[totals.Length];
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
}
