using System.Globalization;
using HospitalDomain.Assessments;
using ScottPlot;

namespace HospitalDomain.Cli.Charts;

/// <summary>
/// A cohort assessment as one picture: on the left how many hospitals have each grade, on the right
/// the spread of the total score in each peer group (box: quartiles and median; whiskers: lowest
/// and highest; a dot per hospital).
/// </summary>
internal static class AssessmentChart
{
    public const int Width = 1400;
    public const int Height = 600;

    private static readonly Color Bar = Color.FromHex("#1F77B4");
    private static readonly Color Box = Color.FromHex("#9ECAE1");
    private static readonly Color Dot = Color.FromHex("#08306B");


    public static void Save(CohortAssessment cohort, string path, ChartFont font)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var multiplot = new Multiplot();
        multiplot.AddPlots(2);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
        Grades(multiplot.GetPlot(0), cohort, font);
        Scores(multiplot.GetPlot(1), cohort, font);
        ChartImage.Save(multiplot, path, Width, Height);
    }

    private static void Grades(Plot plot, CohortAssessment cohort, ChartFont font)
    {
        // Grades in the order of their scores: the best grade has the highest mean total, whatever its name.
        var grades = cohort.Assessments.GroupBy(a => a.Grade)
            .Select(g => (Grade: g.Key, Count: g.Count(), Mean: g.Average(a => a.Total)))
            .OrderByDescending(g => g.Mean).ThenBy(g => g.Grade, StringComparer.Ordinal).ToList();
        var bars = grades.Select((g, i) => new ScottPlot.Bar { Position = i, Value = g.Count, FillColor = Bar, Label = g.Count.ToString(CultureInfo.InvariantCulture) }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontName = font.Family;
        plot.Axes.Bottom.SetTicks([.. grades.Select((_, i) => (double)i)], [.. grades.Select(g => g.Grade)]);
        plot.Axes.Margins(bottom: 0);
        plot.Title(font.Text("等级分布", "Grades"));
        plot.XLabel(font.Text("等级", "Grade"));
        plot.YLabel(font.Text("医院数", "Hospitals"));
        plot.Font.Set(font.Family);
    }

    private static void Scores(Plot plot, CohortAssessment cohort, ChartFont font)
    {
        var groups = cohort.Assessments.GroupBy(a => a.PeerGroup).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var boxes = new List<ScottPlot.Box>();
        for (var i = 0; i < groups.Count; i++)
        {
            var totals = groups[i].Select(a => (double)a.Total).Order().ToArray();
            boxes.Add(new ScottPlot.Box
            {
                Position = i,
                BoxMin = Quantile(totals, 0.25),
                BoxMax = Quantile(totals, 0.75),
                BoxMiddle = Quantile(totals, 0.5),
                WhiskerMin = totals[0],
                WhiskerMax = totals[^1],
                FillColor = Box,
            });
            plot.Add.Markers([.. totals.Select(_ => (double)i)], totals, MarkerShape.FilledCircle, 5, Dot);
        }

        var boxPlot = plot.Add.Boxes(boxes);
        boxPlot.FillColor = Box;
        plot.Axes.Bottom.SetTicks([.. groups.Select((_, i) => (double)i)], [.. groups.Select(g => font.Chinese ? g.Key : Ascii(g.Key, groups.IndexOf(g)))]);
        plot.Title(font.Text("各同级组总分分布", "Total score by peer group"));
        plot.XLabel(font.Text("同级组", "Peer group"));
        plot.YLabel(font.Text("总分", "Total"));
        plot.Font.Set(font.Family);
    }

    /// <summary>Linear interpolation between the sorted values (the "R-7" quantile).</summary>
    private static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }

    /// <summary>A peer group's name as it is when it has no Chinese, else "group n" for a font without Chinese.</summary>
    private static string Ascii(string name, int index) => name.All(char.IsAscii) ? name : $"group {index + 1}";
}
