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
/// returns NaN because of it. The default value is 0/0, which is not computable.
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

    /// <summary>Gets a value indicating whether the ratio has a value, that is, whether the denominator is not zero.</summary>
    public bool IsComputable => _denominator != 0m;

    /// <summary>Gets the value numerator ÷ denominator, or null when the denominator is zero.</summary>
    /// <remarks>The division is <see cref="decimal"/> division (28–29 significant digits), not floating point.</remarks>
    public decimal? Value => IsComputable ? _numerator / _denominator : null;

    /// <summary>Gets the value as a percentage (value × 100), or null when the denominator is zero.</summary>
    public decimal? Percent => IsComputable ? _numerator * 100m / _denominator : null;

    /// <summary>Creates a ratio from its numerator and denominator; either may be zero or negative.</summary>
    /// <param name="numerator">The numerator (分子).</param>
    /// <param name="denominator">The denominator (分母); zero makes a not-computable ratio.</param>
    /// <returns>The ratio.</returns>
    [ContractFactory]
    public static Ratio Of(decimal numerator, decimal denominator) => new(numerator, denominator);

    /// <summary>Gets the value when the ratio is computable.</summary>
    /// <param name="value">The value, or zero when the denominator is zero.</param>
    /// <returns>True when the denominator is not zero.</returns>
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

    /// <summary>Gets the value, or <paramref name="fallback"/> when the denominator is zero.</summary>
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
    /// <returns>The percentage such as "39.12%", or "n/a" when the denominator is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 10.</exception>
    public string ToPercentString(int decimals = 2)
    {
        Preconditions.CheckRange(decimals, 0, 10);
        if (!IsComputable)
        {
            return NotComputableText;
        }

        var percent = Math.Round(_numerator * 100m / _denominator, decimals, MidpointRounding.AwayFromZero);
        return percent.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
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
                return IsComputable
                    ? Math.Round(_numerator * 100m / _denominator, digits, MidpointRounding.AwayFromZero).ToString("F" + digits.ToString(CultureInfo.InvariantCulture), formatProvider) + "%"
                    : NotComputableText;
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
