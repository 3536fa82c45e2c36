using System.Globalization;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>
/// A change as a report states it — 同比增长18.32%, 较上年同期下降0.5天, 提高1.7个百分点, 比2000年增长1.65倍,
/// 翻一番, 由8.2天缩短至7.8天 — with only what is printed: the direction, the amount and its unit, the basis
/// of comparison and, in the from–to form, the earlier value. Nothing is derived.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Unit"/> is the unit of the amount as printed: <c>%</c> (a relative change), <c>个百分点</c>
/// (percentage points), <c>倍</c> (times), <c>番</c> (doublings: 翻一番 is 1 番) or the figure's own unit
/// (天, 例次, 人次 …) for an absolute change. A change may have no amount (有所提高, 持平, 由8.2天缩短至7.8天).
/// </para>
/// <para>
/// 增长N倍 follows the statistical convention: the new value is (1 + N) times the old, so 增长1.65倍 is
/// ×2.65; 翻N番 is ×2ᴺ. <see cref="Factor"/> gives the new value ÷ the old value wherever the wording fixes it.
/// </para>
/// <para>Equality compares every property.</para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class StatedChange
{
    /// <summary>Creates a stated change.</summary>
    /// <param name="direction">Which way the figure moved.</param>
    /// <param name="amount">The size of the change as printed (never negative: the direction carries the sign), or null when none is printed.</param>
    /// <param name="unit">The unit of the amount: %, 个百分点, 倍, 番 or the figure's unit; required with an amount.</param>
    /// <param name="basis">What it is compared with, as printed: 同比, 较上年, 较上年同期, 比2000年; or null.</param>
    /// <param name="from">The earlier value in the from–to form (由8.2天缩短至7.8天 → 8.2), or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not defined, or <paramref name="amount"/> is negative.</exception>
    /// <exception cref="ArgumentException">An amount is given without a unit, or a flat change has an amount.</exception>
    public StatedChange(ChangeDirection direction, decimal? amount = null, string? unit = null, string? basis = null, ChineseNumber? from = null)
    {
        Direction = Preconditions.CheckDefined(direction);
        if (amount is { } a)
        {
            Preconditions.CheckNonNegative(a, nameof(amount));
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(unit), nameof(unit), $"unit is required with amount {a}: %, 个百分点, 倍, 番 or the figure's unit.");
            Preconditions.CheckArgument(direction != ChangeDirection.Flat || a == 0m, nameof(amount), $"a flat change (持平) has no amount, was {a}.");
        }

        Amount = amount;
        Unit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        Basis = string.IsNullOrWhiteSpace(basis) ? null : basis.Trim();
        From = from;
    }

    /// <summary>Gets which way the figure moved.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public ChangeDirection Direction { get; }

    /// <summary>Gets the size of the change as printed, or null.</summary>
    public decimal? Amount { get; }

    /// <summary>Gets the unit of the amount: %, 个百分点, 倍, 番 or the figure's unit; null without an amount.</summary>
    public string? Unit { get; }

    /// <summary>Gets what the figure is compared with (同比, 较上年同期, 比2000年), or null.</summary>
    public string? Basis { get; }

    /// <summary>Gets the earlier value of the from–to form, or null.</summary>
    public ChineseNumber? From { get; }

    /// <summary>
    /// Gets the new value ÷ the old one where the wording fixes it: 1 + N/100 for 增长N%, 1 − N/100 for
    /// 下降N%, 1 + N for 增长N倍, 2ᴺ for 翻N番, 1 for 持平; null otherwise (absolute changes, percentage
    /// points, ambiguous directions).
    /// </summary>
    public decimal? Factor => (Direction, Amount, Unit) switch
    {
        (ChangeDirection.Flat, _, _) => 1m,
        (ChangeDirection.Up, { } a, "%") => 1m + (a / 100m),
        (ChangeDirection.Down, { } a, "%") => 1m - (a / 100m),
        (ChangeDirection.Up, { } a, "倍") => 1m + a,
        (ChangeDirection.Up, { } a, "番") when a == decimal.Truncate(a) && a <= 10m => (decimal)Math.Pow(2, (double)a),
        _ => null,
    };

    /// <summary>
    /// Returns the change in Chinese with the verb reports use for its unit: 增长 for %, 提高 / 降低 for
    /// 个百分点, 增加 / 减少 for counts, 延长 / 缩短 for days, 上升 / 下降 otherwise; "较上年同期缩短0.5天",
    /// "同比增长18.32%", "翻一番", "持平".
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var verb = Direction switch
        {
            ChangeDirection.Up => Unit switch
            {
                "番" => "翻",
                "个百分点" => "提高",
                "%" or "倍" or null => "增长",
                "天" or "日" => "延长",
                _ when StatedUnits.IsCount(Unit) => "增加",
                _ => "上升",
            },
            ChangeDirection.Down => Unit switch
            {
                "个百分点" => "降低",
                "%" or null => "下降",
                "天" or "日" => "缩短",
                _ when StatedUnits.IsCount(Unit) => "减少",
                _ => "下降",
            },
            ChangeDirection.Flat => "持平",
            ChangeDirection.Ambiguous => "变化",
            _ => throw Preconditions.Unhandled(Direction),
        };
        if (Unit == "番" && Amount is { } doublings && doublings == decimal.Truncate(doublings) && doublings is >= 1m and <= 9m)
        {
            return Basis + "翻" + "一两三四五六七八九"[(int)doublings - 1] + "番";
        }

        var from = From is { } f ? "由" + f.ToString() : string.Empty;
        var amount = Amount is { } a ? a.ToString("0.############", CultureInfo.InvariantCulture) + Unit : string.Empty;
        return Basis + from + verb + amount;
    }
}
