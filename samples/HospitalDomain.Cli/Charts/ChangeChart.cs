using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using ScottPlot;

namespace HospitalDomain.Cli.Charts;

/// <summary>
/// The change of every indicator against a previous period, as horizontal bars of the relative
/// change (%): improved in green, worsened in red, unchanged or not judged (monitor-only) in grey,
/// judged by each indicator's direction. Indicators without a value in either period, or with a
/// previous value of 0, have no relative change and are left out.
/// </summary>
internal static class ChangeChart
{
    public const int Width = 1000;

    public static readonly Color Improved = Color.FromHex("#2CA02C");
    public static readonly Color Worsened = Color.FromHex("#D62728");
    public static readonly Color Neutral = Color.FromHex("#7F7F7F");

    /// <summary>The height for <paramref name="indicators"/> bars: 26 pixels a bar, at least 300.</summary>
    public static int HeightFor(int indicators) => Math.Max(300, 140 + (26 * indicators));

    public static int Save(IndicatorEvaluation current, IndicatorEvaluation previous, string path, ChartFont font)
    {
        var changes = Changes(current, previous);
        var plot = new Plot();
        var bars = changes.Select((c, i) => new ScottPlot.Bar
        {
            Position = i,
            Value = (double)c.Relative,
            FillColor = c.Assessment switch
            {
                ChangeAssessment.Improved => Improved,
                ChangeAssessment.Worsened => Worsened,
                ChangeAssessment.Unchanged or ChangeAssessment.NotJudged => Neutral,
                _ => throw new ArgumentOutOfRangeException(nameof(current), c.Assessment, "not a ChangeAssessment"),
            },
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        plot.Axes.Left.SetTicks([.. changes.Select((_, i) => (double)i)], [.. changes.Select(c => font.Text(c.Definition.ChineseName, c.Definition.EnglishName))]);
        plot.Add.VerticalLine(0, 1, Colors.Black);
        plot.Title(font.Text($"{current.Entity} {current.Period} 较 {previous.Period} 指标变化", $"{current.Entity} {current.Period} against {previous.Period}"));
        // The colours are named in the axis label: ScottPlot 5.1's legend cuts the top of the first CJK label.
        plot.XLabel(font.Text("相对变化（%）　绿色：改善　红色：变差　灰色：持平或不评价", "Relative change (%)   green: improved   red: worsened   grey: unchanged or not judged"));
        plot.Font.Set(font.Family);
        var height = HeightFor(changes.Count);
        ChartImage.Save(plot, path, Width, height);
        return height;
    }

    internal static List<(IndicatorDefinition Definition, decimal Relative, ChangeAssessment Assessment)> Changes(IndicatorEvaluation current, IndicatorEvaluation previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        var before = previous.Results.Where(r => r.Value is not null).ToDictionary(r => r.Definition.Code, r => r.Value!.Value, StringComparer.Ordinal);
        var list = new List<(IndicatorDefinition, decimal, ChangeAssessment)>();
        foreach (var result in current.Results)
        {
            if (result.Value is not { } now || !before.TryGetValue(result.Definition.Code, out var was))
            {
                continue;
            }

            var definition = result.Definition;
            var change = Change.Between(was, now, definition.Unit == Unit.Percent ? ChangeValueKind.Percentage : ChangeValueKind.Quantity, definition.Direction, definition.Unit);
            if (change.Relative is { } relative)
            {
                list.Add((definition, Math.Round(relative, 2, MidpointRounding.AwayFromZero), change.Assessment));
            }
        }

        // The largest rise at the top: ScottPlot draws position 0 at the bottom.
        return [.. list.OrderBy(c => c.Item2)];
    }
}
