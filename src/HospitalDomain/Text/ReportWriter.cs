using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using HospitalDomain.Governance;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;

namespace HospitalDomain.Text;

/// <summary>
/// Writes a year's figures against the previous year's as a work report writes them (HospitalDomain.Text):
/// 门急诊人次260.72万人次，同比增长18.32%；平均住院日7.8天，同比缩短0.5天；出院患者四级手术比例39.12%，同比提高1.70个百分点。
/// </summary>
/// <remarks>
/// <para>
/// The figures are those of <see cref="IndicatorEditions.Operations"/> that can be computed from the metric set
/// and have a unit (counts, shares, days, costs). Precision is fixed, and trailing zeros are kept where it asks
/// for them: counts of 10,000 or more in 万 (亿 from 100,000,000) with two decimals, smaller counts whole;
/// percentages and percentage points with two decimals (9.80%); days with one decimal; money with two.
/// Numbers are rounded half away from zero (四舍五入).
/// </para>
/// <para>
/// Changes: a percentage moves in 个百分点 (提高 / 降低); days in days (延长 / 缩短); everything else
/// relatively (增长 / 下降 N%), or in 倍 once it has at least doubled (增长1.65倍 is 2.65 times, the statistical
/// convention); an unchanged figure is 持平. What <see cref="Write(MetricSet, MetricSet?, string)"/> writes,
/// <see cref="ReportReader"/> reads back as <see cref="Figures"/>. Improvement is judged by the edition's
/// direction, so a shorter 平均住院日 is an improvement (see docs/text.md).
/// </para>
/// </remarks>
public static class ReportWriter
{
    /// <summary>Writes the figures of <paramref name="current"/> against <paramref name="previous"/> as report sentences.</summary>
    /// <param name="current">The year's metric set.</param>
    /// <param name="previous">The previous year's, or null to write the values without changes.</param>
    /// <param name="basis">The comparison word: 同比 (the default) or 较上年同期, 较上年.</param>
    /// <returns>The sentences, joined by ； and ended by 。; empty when no figure can be computed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> or <paramref name="basis"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="basis"/> is blank, or the sets' catalogues differ.</exception>
    public static string Write(MetricSet current, MetricSet? previous = null, string basis = "同比")
    {
        var written = Compose(current, previous, basis);
        return written.Count == 0 ? string.Empty : string.Join("；", written.Select(w => w.Text)) + "。";
    }

    /// <summary>The figures <see cref="Write(MetricSet, MetricSet?, string)"/> states, as <see cref="ReportReader"/> reads them back.</summary>
    /// <param name="current">The year's metric set.</param>
    /// <param name="previous">The previous year's, or null.</param>
    /// <param name="basis">The comparison word.</param>
    /// <returns>The figures, in the order written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> or <paramref name="basis"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="basis"/> is blank, or the sets' catalogues differ.</exception>
    public static ImmutableArray<ReportedFigure> Figures(MetricSet current, MetricSet? previous = null, string basis = "同比") =>
        [.. Compose(current, previous, basis).Select(w => w.Figure)];

    private static List<(ReportedFigure Figure, string Text)> Compose(MetricSet current, MetricSet? previous, string basis)
    {
        Preconditions.CheckNotNull(current);
        Preconditions.CheckNotBlank(basis);
        Preconditions.CheckArgument(previous is null || ReferenceEquals(previous.Catalogue, current.Catalogue), nameof(previous), $"previous must use the catalogue of current ('{current.Catalogue.Id}'), was '{previous?.Catalogue.Id}'.");
        var calculator = new IndicatorCalculator(IndicatorEditions.Operations, current.Catalogue);
        var now = calculator.Evaluate(current);
        var before = previous is null ? null : calculator.Evaluate(previous);
        var written = new List<(ReportedFigure, string)>();
        foreach (var result in now.Results)
        {
            var definition = result.Definition;
            if (result.Status != IndicatorStatus.Computed || result.Value is not { } value || value < 0m || definition.Unit is Unit.None or Unit.Level)
            {
                continue;
            }

            var unit = definition.Unit.Symbol();
            var valueText = FormatValue(value, definition.Unit);
            var label = definition.ChineseName;
            var text = new StringBuilder(label).Append(valueText).Append(unit);
            StatedChange? change = null;
            if (before?[definition.Code] is { Status: IndicatorStatus.Computed, Value: { } earlier } && earlier >= 0m)
            {
                var (stated, words) = Describe(earlier, value, definition.Unit, basis);
                change = stated;
                if (words is not null)
                {
                    text.Append('，').Append(words);
                }
            }

            written.Add((new ReportedFigure(label, ChineseNumber.Parse(valueText), unit, change, definition.Code), text.ToString()));
        }

        return written;
    }

    /// <summary>The change from <paramref name="earlier"/> to <paramref name="value"/> and its words, or no change when it cannot be stated.</summary>
    private static (StatedChange? Change, string? Words) Describe(decimal earlier, decimal value, Unit unit, string basis)
    {
        switch (unit)
        {
            case Unit.Percent:
                return Absolute(Round(value - earlier, 2), "个百分点", "提高", "降低", 2, basis);
            case Unit.Days:
                return Absolute(Round(value - earlier, 1), "天", "延长", "缩短", 1, basis);
        }

        if (earlier == 0m)
        {
            return (null, null);
        }

        if (value >= 2 * earlier)
        {
            var times = Round((value - earlier) / earlier, 2);
            return (new StatedChange(ChangeDirection.Up, times, "倍", basis), basis + "增长" + Fixed(times, 2) + "倍");
        }

        return Absolute(Round((value - earlier) * 100m / earlier, 2), "%", "增长", "下降", 2, basis);
    }

    private static (StatedChange, string) Absolute(decimal difference, string unit, string up, string down, int decimals, string basis) =>
        difference == 0m
            ? (new StatedChange(ChangeDirection.Flat, basis: basis), basis + "持平")
            : (new StatedChange(difference > 0m ? ChangeDirection.Up : ChangeDirection.Down, Math.Abs(difference), unit, basis),
                basis + (difference > 0m ? up : down) + Fixed(Math.Abs(difference), decimals) + unit);

    private static string FormatValue(decimal value, Unit unit) => unit switch
    {
        Unit.Percent or Unit.Yuan or Unit.TenThousandYuan or Unit.Times or Unit.Points => Scaled(value, 2, wholeBelow: false),
        Unit.Days or Unit.BedDays => Fixed(Round(value, 1), 1),
        _ => Scaled(value, 2, wholeBelow: true),
    };

    /// <summary>亿 from 100,000,000 and 万 from 10,000 with <paramref name="decimals"/> decimals; below, whole or with decimals.</summary>
    private static string Scaled(decimal value, int decimals, bool wholeBelow) =>
        value >= 100_000_000m ? Fixed(Round(value / 100_000_000m, decimals), decimals) + "亿"
        : value >= 10_000m ? Fixed(Round(value / 10_000m, decimals), decimals) + "万"
        : wholeBelow ? Fixed(Round(value, 0), 0)
        : Fixed(Round(value, decimals), decimals);

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    private static string Fixed(decimal value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
