namespace HospitalDomain;

/// <summary>
/// Decimal arithmetic that reports a result beyond the range of <see cref="decimal"/> (±7.9 × 10²⁸)
/// instead of throwing <see cref="OverflowException"/>: every place where figures of the caller's
/// size meet goes through here, and turns the failure into a state or an error that names its inputs.
/// </summary>
/// <remarks>
/// <see cref="decimal"/> arithmetic always checks; catching its <see cref="OverflowException"/> is the
/// only exact test (a product or quotient close to the limit may or may not round into range), and
/// the handler costs nothing until it runs.
/// </remarks>
internal static class Arithmetic
{
    /// <summary>Adds, or returns false when the sum is beyond the decimal range.</summary>
    public static bool TryAdd(decimal left, decimal right, out decimal sum)
    {
        try
        {
            sum = left + right;
            return true;
        }
        catch (OverflowException)
        {
            sum = 0m;
            return false;
        }
    }

    /// <summary>Multiplies, or returns false when the product is beyond the decimal range.</summary>
    public static bool TryMultiply(decimal left, decimal right, out decimal product)
    {
        try
        {
            product = left * right;
            return true;
        }
        catch (OverflowException)
        {
            product = 0m;
            return false;
        }
    }

    /// <summary>Divides, or returns false when the quotient is beyond the decimal range or the divisor is zero.</summary>
    public static bool TryDivide(decimal dividend, decimal divisor, out decimal quotient)
    {
        if (divisor == 0m)
        {
            quotient = 0m;
            return false;
        }

        try
        {
            quotient = dividend / divisor;
            return true;
        }
        catch (OverflowException)
        {
            quotient = 0m;
            return false;
        }
    }

    /// <summary>
    /// <paramref name="value"/> × <paramref name="multiplier"/> ÷ <paramref name="divisor"/>, multiplying
    /// first (as exact as decimal allows) and dividing first only when the product alone would leave
    /// the range; false when the result itself is beyond it.
    /// </summary>
    public static bool TryMultiplyDivide(decimal value, decimal multiplier, decimal divisor, out decimal result)
    {
        if (TryMultiply(value, multiplier, out var product))
        {
            return TryDivide(product, divisor, out result);
        }

        if (TryDivide(value, divisor, out var quotient) && TryMultiply(quotient, multiplier, out result))
        {
            return true;
        }

        if (TryDivide(multiplier, divisor, out var factor) && TryMultiply(value, factor, out result))
        {
            return true;
        }

        result = 0m;
        return false;
    }

    /// <summary>
    /// (<paramref name="value"/> − <paramref name="floor"/>) ÷ (<paramref name="target"/> − <paramref name="floor"/>):
    /// how far <paramref name="value"/> has come from <paramref name="floor"/> towards <paramref name="target"/>.
    /// The differences are taken of quarters when the whole ones would leave the range, and a share
    /// beyond the range is capped at its limit (every caller clamps it to a small range anyway).
    /// </summary>
    /// <remarks><paramref name="target"/> must differ from <paramref name="floor"/>.</remarks>
    public static decimal Share(decimal value, decimal floor, decimal target)
    {
        if (TrySubtract(value, floor, out var part) && TrySubtract(target, floor, out var whole) && TryDivide(part, whole, out var share))
        {
            return share;
        }

        // Quarters never overflow when subtracted (halves may: decimal.MaxValue / 2 rounds up).
        var quarterWhole = (target / 4m) - (floor / 4m);
        return quarterWhole == 0m ? 0m
            : TryDivide((value / 4m) - (floor / 4m), quarterWhole, out var quartered) ? quartered
            : ((value > floor) == (target > floor) ? decimal.MaxValue : decimal.MinValue);
    }

    /// <summary>The point a <paramref name="fraction"/> (0 to 1) of the way from <paramref name="from"/> to <paramref name="to"/>, without leaving the range.</summary>
    public static decimal Interpolate(decimal from, decimal to, decimal fraction)
    {
        if (fraction == 0m)
        {
            return from;
        }

        // The difference overflows only when the ends have opposite signs; then the weighted sum cannot.
        return TrySubtract(to, from, out var span) ? from + (fraction * span) : (from * (1m - fraction)) + (to * fraction);
    }

    /// <summary>Subtracts, or returns false when the difference is beyond the decimal range.</summary>
    public static bool TrySubtract(decimal left, decimal right, out decimal difference)
    {
        try
        {
            difference = left - right;
            return true;
        }
        catch (OverflowException)
        {
            difference = 0m;
            return false;
        }
    }

    /// <summary>Sums <paramref name="values"/>, or returns false when a partial sum leaves the decimal range.</summary>
    public static bool TrySum<T>(IEnumerable<T> values, Func<T, decimal> selector, out decimal sum)
    {
        sum = 0m;
        foreach (var value in values)
        {
            if (!TryAdd(sum, selector(value), out sum))
            {
                return false;
            }
        }

        return true;
    }
}
