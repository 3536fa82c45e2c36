using System.Globalization;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain;

/// <summary>
/// A ratio that keeps its numerator and denominator, so that every computed share, rate or
/// average can be audited: 3,407 day surgeries over 95,700 surgeries, not just 3.56%.
/// </summary>
/// <remarks>
/// <para>
/// A zero denominator is a state, not an error: the ratio is then <em>not computable</em>
/// (<see cref="IsComputable"/> is false and <see cref="Value"/> is null). No member throws or
/// returns NaN because of it. The default value is 0/0, which is not computable. So is a ratio whose
/// value lies beyond the range of <see cref="decimal"/> (±7.9 × 10²⁸, possible only with a
/// denominator smaller than 1 in magnitude): no member throws <see cref="OverflowException"/>.
/// </para>
/// <para>
/// Equality is exact on the numerator and the denominator: 1/2 and 2/4 have the same value but
/// are different ratios, because they are different audit trails. Use <see cref="ValueEquals"/>
/// to compare values and <see cref="ValueComparer"/> to sort by value. There is no natural order.
/// </para>
/// <para>
/// Percentages are rounded for display half away from zero (四舍五入), the practice of Chinese
/// statistical reporting, never to even: 0.3912500 is shown as 39.13%.
/// </para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public readonly partial struct Ratio : IFormattable
{
    private readonly decimal _numerator;
    private readonly decimal _denominator;

    private Ratio(decimal numerator, decimal denominator)
    {
        _numerator = numerator;
        _denominator = denominator;
    }

    /// <summary>Gets a comparer that orders ratios by value, with not-computable ratios first; ratios of equal value compare equal.</summary>
    public static IComparer<Ratio> ValueComparer { get; } = new RatioValueComparer();

    /// <summary>Gets the numerator (分子).</summary>
    public decimal Numerator => _numerator;

    /// <summary>Gets the denominator (分母).</summary>
    public decimal Denominator => _denominator;

    /// <summary>Gets a value indicating whether the ratio has a value: the denominator is not zero, and the value lies within the range of <see cref="decimal"/>.</summary>
    public bool IsComputable => _denominator != 0m && (Math.Abs(_denominator) >= 1m || Arithmetic.TryDivide(_numerator, _denominator, out _));

    /// <summary>Gets the value numerator ÷ denominator, or null when the ratio is not computable.</summary>
    /// <remarks>The division is <see cref="decimal"/> division (28–29 significant digits), not floating point.</remarks>
    public decimal? Value => IsComputable ? _numerator / _denominator : null;

    /// <summary>Gets the value as a percentage (value × 100), or null when the ratio is not computable or the percentage lies beyond the range of <see cref="decimal"/> (a value beyond ±7.9 × 10²⁶).</summary>
    /// <remarks><see cref="ToPercentString"/> writes every computable ratio as a percentage, however large.</remarks>
    public decimal? Percent => IsComputable && Arithmetic.TryMultiplyDivide(_numerator, 100m, _denominator, out var percent) ? percent : null;

    /// <summary>Creates a ratio from its numerator and denominator; either may be zero or negative.</summary>
    /// <param name="numerator">The numerator (分子).</param>
    /// <param name="denominator">The denominator (分母); zero makes a not-computable ratio.</param>
    /// <returns>The ratio.</returns>
    [ContractFactory]
    public static Ratio Of(decimal numerator, decimal denominator) => new(numerator, denominator);

    /// <summary>Gets the value when the ratio is computable.</summary>
    /// <param name="value">The value, or zero when the ratio is not computable.</param>
    /// <returns>True when the ratio is computable.</returns>
    public bool TryGetValue(out decimal value)
    {
        if (IsComputable)
        {
            value = _numerator / _denominator;
            return true;
        }

        value = 0m;
        return false;
    }

    /// <summary>Gets the value, or <paramref name="fallback"/> when the ratio is not computable.</summary>
    /// <param name="fallback">The value to use for a not-computable ratio.</param>
    /// <returns>The value or the fallback.</returns>
    public decimal GetValueOrDefault(decimal fallback) => IsComputable ? _numerator / _denominator : fallback;

    /// <summary>Compares the values of two ratios: 1/2 and 2/4 are value-equal; two not-computable ratios are value-equal.</summary>
    /// <param name="other">The other ratio.</param>
    /// <returns>True when both are not computable, or both have the same value.</returns>
    public bool ValueEquals(Ratio other) => ValueComparer.Compare(this, other) == 0;

    /// <summary>
    /// Formats the value as a percentage with <paramref name="decimals"/> decimal places, rounded half
    /// away from zero (四舍五入): 0.3912499 gives "39.12%", 0.3912500 gives "39.13%".
    /// </summary>
    /// <param name="decimals">The number of decimal places, 0 to 10.</param>
    /// <returns>The percentage such as "39.12%", or "n/a" when the ratio is not computable.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 10.</exception>
    public string ToPercentString(int decimals = 2)
    {
        Preconditions.CheckRange(decimals, 0, 10);
        return FormatPercent(decimals, CultureInfo.InvariantCulture);
    }

    /// <summary>The text shown for a ratio whose denominator is zero.</summary>
    internal const string NotComputableText = "n/a";

    /// <summary>Returns "numerator/denominator", such as "3407/95700", in the invariant culture.</summary>
    /// <returns>The audit form of the ratio.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the ratio. Formats: "G" or null, "numerator/denominator"; "P" or "P<i>n</i>", the
    /// percentage with <i>n</i> decimals (2 by default, 四舍五入, "n/a" when not computable);
    /// "F" or "F<i>n</i>", the value with <i>n</i> decimals (4 by default).
    /// </summary>
    /// <param name="format">The format, or null for "G".</param>
    /// <param name="formatProvider">The provider for the numbers; the invariant culture when null.</param>
    /// <returns>The formatted ratio.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        formatProvider ??= CultureInfo.InvariantCulture;
        if (string.IsNullOrEmpty(format) || format == "G")
        {
            return _numerator.ToString(formatProvider) + "/" + _denominator.ToString(formatProvider);
        }

        var kind = format[0];
        var digits = format.Length == 1 ? (kind == 'P' ? 2 : 4) : ParseDigits(format);
        switch (kind)
        {
            case 'P':
                return FormatPercent(digits, formatProvider);
            case 'F':
                return IsComputable
                    ? Math.Round(_numerator / _denominator, digits, MidpointRounding.AwayFromZero).ToString("F" + digits.ToString(CultureInfo.InvariantCulture), formatProvider)
                    : NotComputableText;
            default:
                throw new FormatException($"Unknown Ratio format '{format}'; expected G, P, Pn, F or Fn.");
        }

        static int ParseDigits(string format) =>
            int.TryParse(format.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 10
                ? n
                : throw new FormatException($"Unknown Ratio format '{format}'; expected G, P, Pn, F or Fn with n from 0 to 10.");
    }

    /// <summary>
    /// The percentage with <paramref name="decimals"/> decimals: the value rounded to two more decimals,
    /// its decimal separator moved two places to the right in the text, so that a value too large to
    /// multiply by 100 is written as exactly as any other.
    /// </summary>
    private string FormatPercent(int decimals, IFormatProvider formatProvider)
    {
        if (!TryGetValue(out var value))
        {
            return NotComputableText;
        }

        var rounded = Math.Round(value, decimals + 2, MidpointRounding.AwayFromZero);
        if (Arithmetic.TryMultiply(rounded, 100m, out var percent))
        {
            return percent.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), formatProvider) + "%";
        }

        // Beyond ±7.9 × 10²⁶: the same digits, the separator two places further right.
        var number = NumberFormatInfo.GetInstance(formatProvider);
        var text = rounded.ToString("F" + (decimals + 2).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var shifted = string.Concat(text.AsSpan(0, point), text.AsSpan(point + 1, 2)) + (decimals == 0 ? string.Empty : number.NumberDecimalSeparator + text[(point + 3)..]);
        return (shifted[0] == '-' ? number.NegativeSign + shifted[1..] : shifted) + "%";
    }

    private sealed class RatioValueComparer : IComparer<Ratio>
    {
        public int Compare(Ratio x, Ratio y) => (x.IsComputable, y.IsComputable) switch
        {
            (false, false) => 0,
            (false, true) => -1,
            (true, false) => 1,
            _ => (x._numerator / x._denominator).CompareTo(y._numerator / y._denominator),
        };
    }
}
