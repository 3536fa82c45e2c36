using System.Globalization;
using System.Text.Json.Serialization;
using HospitalDomain.Metrics;
using HospitalDomain.Serialization;

namespace HospitalDomain.Indicators;

/// <summary>
/// The change of a figure between two periods: absolute and relative, judged improved or worsened by
/// the indicator's direction, and written the way Chinese reports write it (较上年同期下降0.5天,
/// 同比增长18.32%, 提高1.7个百分点).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Absolute"/> is current − previous in the figure's unit, or in percentage points when
/// the values are percentages. <see cref="Relative"/> is (current − previous) ÷ |previous| × 100, in
/// per cent, and is null when the previous value is zero.
/// </para>
/// <para>
/// Chinese wording: counts (人次, 例次, 台次, 人 …) 增加 / 减少; other quantities 上升 / 下降; relative
/// changes 增长 / 下降; percentage points 提高 / 降低; no change 持平. Numbers are rounded half away
/// from zero (四舍五入) to the decimals asked for, trailing zeros dropped.
/// </para>
/// <para>The default value is an unchanged quantity of 0 with no direction.</para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public readonly partial struct Change
{
    private Change(decimal previous, decimal current, ChangeValueKind valueKind, IndicatorDirection direction, Unit unit)
    {
        Previous = previous;
        Current = current;
        ValueKind = valueKind;
        Direction = direction;
        Unit = unit;
    }

    /// <summary>Gets the value of the earlier period.</summary>
    public decimal Previous { get; }

    /// <summary>Gets the value of the later period.</summary>
    public decimal Current { get; }

    /// <summary>Gets whether the values are quantities or percentages.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public ChangeValueKind ValueKind { get; }

    /// <summary>Gets which way is better.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IndicatorDirection Direction { get; }

    /// <summary>Gets the unit of the values (ignored for percentages, whose change is in percentage points).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public Unit Unit { get; }

    /// <summary>Gets current − previous: in the unit, or in percentage points for percentages.</summary>
    public decimal Absolute => Current - Previous;

    /// <summary>Gets (current − previous) ÷ |previous| × 100, in per cent; null when the previous value is zero.</summary>
    public decimal? Relative => Previous == 0m ? null : Arithmetic.TryMultiplyDivide(Current - Previous, 100m, Math.Abs(Previous), out var relative) ? relative : null;

    /// <summary>Gets whether the change is for the better, by <see cref="Direction"/>.</summary>
    public ChangeAssessment Assessment => Absolute == 0m ? ChangeAssessment.Unchanged : Direction switch
    {
        IndicatorDirection.HigherIsBetter => Absolute > 0m ? ChangeAssessment.Improved : ChangeAssessment.Worsened,
        IndicatorDirection.LowerIsBetter => Absolute < 0m ? ChangeAssessment.Improved : ChangeAssessment.Worsened,
        IndicatorDirection.MonitorOnly => ChangeAssessment.NotJudged,
        _ => throw Preconditions.Unhandled(Direction),
    };

    /// <summary>Creates the change from <paramref name="previous"/> to <paramref name="current"/>.</summary>
    /// <param name="previous">The value of the earlier period.</param>
    /// <param name="current">The value of the later period.</param>
    /// <param name="valueKind">Whether the values are quantities or percentages.</param>
    /// <param name="direction">Which way is better.</param>
    /// <param name="unit">The unit of the values.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An enumeration value is not defined, or the change is too large for a decimal.</exception>
    /// <exception cref="ArgumentException">The unit contradicts the value kind: percentages in a unit other than %, or quantities in %.</exception>
    [ContractFactory]
    public static Change Between(decimal previous, decimal current, ChangeValueKind valueKind = ChangeValueKind.Quantity, IndicatorDirection direction = IndicatorDirection.MonitorOnly, Unit unit = Unit.None)
    {
        Preconditions.CheckDefined(valueKind);
        Preconditions.CheckDefined(direction);
        Preconditions.CheckDefined(unit);
        Preconditions.CheckArgument(
            valueKind == ChangeValueKind.Percentage ? unit is Unit.Percent or Unit.None : unit != Unit.Percent,
            nameof(unit),
            valueKind == ChangeValueKind.Percentage
                ? $"percentages are in %, not {unit}."
                : "values in % are percentages: use ChangeValueKind.Percentage, so that the change is in percentage points.");
        // Absolute and Relative must not fail later: the difference, and the relative change over a previous value however small.
        if (!Arithmetic.TrySubtract(current, previous, out var absolute)
            || !Arithmetic.TryMultiply(absolute, 100m, out _)
            || (previous != 0m && !Arithmetic.TryMultiplyDivide(absolute, 100m, Math.Abs(previous), out _)))
        {
            Preconditions.ThrowOutOfRange(nameof(current), $"the change from {previous.ToString(CultureInfo.InvariantCulture)} to {current.ToString(CultureInfo.InvariantCulture)} is too large to compute.");
        }

        return new(previous, current, valueKind, direction, unit);
    }

    /// <summary>
    /// Writes the absolute change in Chinese: "较上年同期下降0.5天", "较上年同期增加14781例次", or for
    /// percentages "较上年同期提高1.7个百分点"; "与上年同期持平" when unchanged.
    /// </summary>
    /// <param name="decimals">Decimal places, 0 to 10.</param>
    /// <param name="comparedWith">The comparison phrase, "较上年同期" by default (较上年, 环比 …).</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparedWith"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 10.</exception>
    public string ToChineseAbsolute(int decimals = 1, string comparedWith = "较上年同期")
    {
        Preconditions.CheckNotNull(comparedWith);
        Preconditions.CheckRange(decimals, 0, 10);
        var rounded = Round(Absolute, decimals);
        if (rounded == 0m)
        {
            return "与" + comparedWith.TrimStart('较') + "持平";
        }

        var up = rounded > 0m;
        string verb, unit;
        if (ValueKind == ChangeValueKind.Percentage)
        {
            verb = up ? "提高" : "降低";
            unit = "个百分点";
        }
        else
        {
            verb = IsCount(Unit) ? (up ? "增加" : "减少") : (up ? "上升" : "下降");
            unit = Unit.Symbol();
        }

        return comparedWith + verb + Number(Math.Abs(rounded), decimals) + unit;
    }

    /// <summary>
    /// Writes the relative change in Chinese: "同比增长18.32%", "同比下降3.5%", "同比持平"; null when
    /// the previous value is zero.
    /// </summary>
    /// <param name="decimals">Decimal places, 0 to 10.</param>
    /// <param name="prefix">The comparison word, "同比" by default (环比 …).</param>
    /// <returns>The text, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 10.</exception>
    public string? ToChineseRelative(int decimals = 2, string prefix = "同比")
    {
        Preconditions.CheckRange(decimals, 0, 10);
        if (Relative is not { } relative)
        {
            return null;
        }

        var rounded = Round(relative, decimals);
        return rounded == 0m ? prefix + "持平" : prefix + (rounded > 0m ? "增长" : "下降") + Number(Math.Abs(rounded), decimals) + "%";
    }

    /// <summary>Returns an English summary: "7.8 from 8.3: −0.5 (−6.02%), improved".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var relative = Relative is { } r ? string.Create(CultureInfo.InvariantCulture, $" ({Round(r, 2):+0.##;-0.##;0}%)") : string.Empty;
        var points = ValueKind == ChangeValueKind.Percentage ? " pp" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{Current} from {Previous}: {Absolute:+0.##########;-0.##########;0}{points}{relative}, {Assessment.ToString().ToLowerInvariant()}");
    }

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    private static string Number(decimal value, int decimals) =>
        value.ToString(decimals == 0 ? "0" : "0." + new string('#', decimals), CultureInfo.InvariantCulture);

    private static bool IsCount(Unit unit) =>
        unit is Unit.PersonTimes or Unit.Cases or Unit.Operations or Unit.Persons or Unit.Beds or Unit.Items or Unit.Times or Unit.Pieces;
}
