using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace HospitalDomain.Indicators;

/// <summary>
/// The arithmetic of indicator formulas, bit for bit the result of <c>decimal</c>'s own operators
/// (the same value, scale and sign), with a faster division for the case the formulas meet nearly
/// always: both mantissas within 64 bits, such as a count over a count or an amount over an amount.
/// The <c>Try</c> methods answer false where the operators would throw <see cref="OverflowException"/>,
/// so that a result too large to represent becomes a state, not an exception.
/// </summary>
/// <remarks>
/// <para>
/// The operator rounds the exact quotient half to even at the largest scale (at most 28) at which
/// the rounded mantissa fits in 96 bits, then removes trailing zeros when the division was not
/// exact at the dividend's scale. This class computes the same thing directly: the integer part
/// with one 64-bit division, and the at most 28 fractional digits in two groups of at most 14,
/// each estimated through a double-precision reciprocal and corrected exactly with 128-bit
/// products, so that no further integer division is needed. Operands outside the fast case (a
/// mantissa beyond 64 bits, a quotient whose scale the leading digits alone cannot decide) go to
/// the operator itself.
/// </para>
/// <para>Tests compare every result with the operator's, bit for bit, on random and edge operands.</para>
/// </remarks>
internal static class ExactArithmetic
{
    private const uint SignMask = 0x8000_0000;
    private const int MaxScale = 28;
    private const int MaxGroupDigits = 14;
    private const double TwoTo64 = 18446744073709551616.0;
    private const double TwoTo52 = 4503599627370496.0;

    /// <summary>Gets 10^0 … 10^19.</summary>
    internal static ReadOnlySpan<ulong> Powers10 =>
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
    ];

    /// <summary>Gets 10^0 … 10^19 as doubles (exact up to 10^22).</summary>
    internal static ReadOnlySpan<double> DoublePowers10 =>
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    ];

    /// <summary>
    /// Gets ⌊2^96 ÷ 10^t⌋ for t = 0 … 28, saturated at ulong.MaxValue below t = 10: a quotient q with
    /// q &lt; Limits[t] keeps (q + 1) × 10^t ≤ 2^96, so it has room for t more digits. (A test recomputes them.)
    /// </summary>
    internal static ReadOnlySpan<ulong> Limits =>
    [
        ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue,
        ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, 7922816251426433759, 792281625142643375, 79228162514264337,
        7922816251426433, 792281625142643, 79228162514264, 7922816251426, 792281625142, 79228162514, 7922816251,
        792281625, 79228162, 7922816, 792281, 79228, 7922, 792, 79, 7,
    ];

    /// <summary>Returns <paramref name="dividend"/> ÷ <paramref name="divisor"/>, exactly as the <c>decimal</c> operator does.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient is beyond the range of <c>decimal</c>.</exception>
    public static decimal Divide(decimal dividend, decimal divisor) =>
        TryDivideFast(dividend, 1, 0, divisor, out var quotient) ? quotient : dividend / divisor;

    /// <summary>
    /// Returns <paramref name="dividend"/> × <paramref name="factor"/> ÷ <paramref name="divisor"/>, exactly as
    /// <c>dividend * factor / divisor</c> with the <c>decimal</c> operators.
    /// </summary>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="OverflowException">The product or the quotient is beyond the range of <c>decimal</c>.</exception>
    public static decimal MultiplyDivide(decimal dividend, decimal factor, decimal divisor)
    {
        return TryPrepareFactor(factor, out var mantissa, out var scale) && TryDivideFast(dividend, mantissa, scale, divisor, out var quotient)
            ? quotient
            : factor == 1m && scale == 0 ? dividend / divisor : dividend * factor / divisor;
    }

    /// <summary>
    /// Computes <paramref name="dividend"/> × <paramref name="factor"/> ÷ <paramref name="divisor"/> as
    /// <see cref="MultiplyDivide"/> does; false when the product or the quotient is beyond the range of
    /// <c>decimal</c>, which only the exception path of the operators can tell.
    /// </summary>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static bool TryMultiplyDivide(decimal dividend, decimal factor, decimal divisor, out decimal quotient)
    {
        try
        {
            quotient = MultiplyDivide(dividend, factor, divisor);
            return true;
        }
        catch (OverflowException)
        {
            quotient = 0m;
            return false;
        }
    }

    /// <summary>Computes <paramref name="value"/> × <paramref name="factor"/>; false when beyond the range of <c>decimal</c>.</summary>
    public static bool TryMultiply(decimal value, decimal factor, out decimal product)
    {
        try
        {
            product = value * factor;
            return true;
        }
        catch (OverflowException)
        {
            product = 0m;
            return false;
        }
    }

    /// <summary>Computes <paramref name="left"/> + <paramref name="right"/>; false when beyond the range of <c>decimal</c>.</summary>
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

    /// <summary>
    /// Computes the growth (<paramref name="now"/> − <paramref name="before"/>) × <paramref name="factor"/> ÷
    /// <paramref name="before"/> exactly as the operators do, in that order; false when a step is beyond
    /// the range of <c>decimal</c>.
    /// </summary>
    /// <exception cref="DivideByZeroException"><paramref name="before"/> is zero.</exception>
    public static bool TryChange(decimal now, decimal before, decimal factor, out decimal change)
    {
        decimal difference;
        try
        {
            difference = now - before;
        }
        catch (OverflowException)
        {
            change = 0m;
            return false;
        }

        return TryMultiplyDivide(difference, factor, before, out change);
    }

    /// <summary>Whether <paramref name="value"/> is zero (of any scale or sign), without the operator's comparison.</summary>
    public static bool IsZero(decimal value)
    {
        var bits = Bits.Of(value);
        return (bits.Low | bits.High) == 0;
    }

    /// <summary>
    /// Returns <c>0m + <paramref name="value"/></c>, the sum of one figure that the formulas start from:
    /// <paramref name="value"/> itself, except that the operator drops the sign of a negative zero of
    /// scale 0 (and keeps that of −0.0, −0.00, …); a zero goes through the operator, so that a single
    /// figure read directly gives what its sum gives, bit for bit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal SumOfOne(decimal value) => IsZero(value) ? 0m + value : value;

    /// <summary>
    /// Splits a factor for <see cref="TryDivideFast"/> into its mantissa and scale, once; false when it
    /// is negative or its mantissa is beyond 64 bits (then only the operators take it).
    /// </summary>
    public static bool TryPrepareFactor(decimal factor, out ulong mantissa, out int scale)
    {
        var bits = Bits.Of(factor);
        mantissa = bits.Low;
        scale = bits.Scale;
        return bits.High == 0 && (bits.Flags & SignMask) == 0;
    }

    /// <summary>
    /// Computes <paramref name="dividend"/> × (<paramref name="factor"/> ÷ 10^<paramref name="factorScale"/>) ÷
    /// <paramref name="divisor"/>, as the operators would, when the fast case applies: the product exact
    /// within 96 bits and 28 decimals, the divisor not zero, the integer part of the quotient below
    /// 2^52. False leaves the work to the operators.
    /// </summary>
    /// <remarks>
    /// Integer arithmetic here is unchecked: every step is bounded (the comments say how), and the
    /// tests compare the results with the operators'. The library's checked arithmetic would turn
    /// each 128-bit step into a call.
    /// </remarks>
    public static bool TryDivideFast(decimal dividend, ulong factor, int factorScale, decimal divisor, out decimal quotient)
    {
        unchecked
        {
            var a = Bits.Of(dividend);
            var b = Bits.Of(divisor);
            quotient = default;
            if ((b.Low | b.High) == 0)
            {
                return false;
            }

            // The product's mantissa (n, up to 96 bits) must be exact, as the operator's is.
            var n = a.Low;
            var carry = MultiplyHigh(n, factor);
            var nHigh = (a.High * factor) + carry;
            n *= factor;

            // Its scale must stay within 28 (the operator would round it); the quotient's natural scale
            // is the difference, and a negative one is made zero by scaling the product up.
            var scale = a.Scale + factorScale;
            if (scale > MaxScale || nHigh > uint.MaxValue || nHigh < carry || MultiplyHigh(a.High, factor) != 0)
            {
                return false;
            }

            scale -= b.Scale;
            if (scale < 0)
            {
                if (scale < -19)
                {
                    return false;
                }

                var power = Powers10[-scale];
                carry = MultiplyHigh(n, power);
                n *= power;
                if (MultiplyHigh(nHigh, power) != 0 || (nHigh = (nHigh * power) + carry) > uint.MaxValue || nHigh < carry)
                {
                    return false;
                }

                scale = 0;
            }

            var sign = (a.Flags ^ b.Flags) & SignMask;
            return (nHigh | b.High) == 0
                ? Narrow(n, b.Low, scale, sign, out quotient)
                : Wide(nHigh, n, b.High, b.Low, scale, sign, out quotient);
        }
    }

    // Both mantissas within 64 bits. The integer part, like the digits after it, comes from the
    // reciprocal (an integer division costs more), unless it is too large for that (2^52 and up).
    private static bool Narrow(ulong n, ulong d, int scale, uint sign, out decimal quotient)
    {
        unchecked
        {
            var reciprocal = 1.0 / d;
            var r = n;
            ulong q;
            if (n * reciprocal < TwoTo52)
            {
                q = NextDigits(ref r, d, reciprocal, 0);
            }
            else
            {
                q = n / d;
                r = n - (q * d);
            }

            if (r == 0)
            {
                // Exact at the natural scale: kept as it is, trailing zeros and all, like the operator.
                quotient = Bits.ToDecimal(sign, scale, 0, q);
                return true;
            }

            if (!TryCountDigits(q, scale, out var digits))
            {
                quotient = default;
                return false;
            }

            var lowDigits = Math.Min(digits, MaxGroupDigits);
            var highDigits = digits - lowDigits;
            var high = highDigits == 0 ? 0 : NextDigits(ref r, d, reciprocal, highDigits);
            var low = lowDigits == 0 ? 0 : NextDigits(ref r, d, reciprocal, lowDigits);

            // Round half to even on the last digit kept (r > d − r: more than half; r < d, so no overflow).
            var rest = d - r;
            var up = (r > rest ? 1UL : 0UL) | ((r == rest ? 1UL : 0UL) & (lowDigits == 0 ? q : low));
            quotient = Compose(q, high, highDigits, low, lowDigits, up, scale + digits, sign);
            return true;
        }
    }

    // A mantissa beyond 64 bits (at most 96): the integer part too comes from the reciprocal, and the
    // remainders are kept in 128 bits (they stay below twice the divisor, so below 2^97).
    private static bool Wide(ulong nHigh, ulong n, ulong dHigh, ulong d, int scale, uint sign, out decimal quotient)
    {
        unchecked
        {
            quotient = default;
            var reciprocal = 1.0 / ((dHigh * TwoTo64) + d);
            var estimate = ((nHigh * TwoTo64) + n) * reciprocal;
            if (estimate >= TwoTo52)
            {
                return false;
            }

            var rHigh = nHigh;
            var r = n;
            var q = Correct((ulong)estimate, ref rHigh, ref r, dHigh, d, 0);
            if ((rHigh | r) == 0)
            {
                quotient = Bits.ToDecimal(sign, scale, 0, q);
                return true;
            }

            if (!TryCountDigits(q, scale, out var digits))
            {
                return false;
            }

            var lowDigits = Math.Min(digits, MaxGroupDigits);
            var highDigits = digits - lowDigits;
            var high = highDigits == 0 ? 0 : NextDigitsWide(ref rHigh, ref r, dHigh, d, reciprocal, highDigits);
            var low = lowDigits == 0 ? 0 : NextDigitsWide(ref rHigh, ref r, dHigh, d, reciprocal, lowDigits);

            // Round half to even: compare the remainder with the divisor minus it (both below 2^96).
            var restHigh = dHigh - rHigh - (d < r ? 1UL : 0UL);
            var rest = d - r;
            var more = rHigh > restHigh || (rHigh == restHigh && r > rest);
            var half = rHigh == restHigh && r == rest;
            var up = (more ? 1UL : 0UL) | ((half ? 1UL : 0UL) & (lowDigits == 0 ? q : low));
            quotient = Compose(q, high, highDigits, low, lowDigits, up, scale + digits, sign);
            return true;
        }
    }

    // The number of fractional digits: as many as fit in 96 bits, and at most 28 in all. The integer
    // part alone decides it unless its digits are those of 2^96 itself (then false: the operator decides).
    private static bool TryCountDigits(ulong q, int scale, out int digits)
    {
        var room = MaxScale - scale;
        if (q == 0)
        {
            digits = room;
            return true;
        }

        var wanted = 29 - CountDigits(q);
        var limit = Limits[wanted];
        digits = wanted > room ? room : q < limit ? wanted : wanted - 1;
        return wanted > room || q != limit;
    }

    /// <summary>
    /// Rounds up by <paramref name="up"/> (0 or 1) and builds the decimal
    /// (<paramref name="integer"/> · <paramref name="high"/> · <paramref name="low"/>) ÷ 10^<paramref name="scale"/>,
    /// the two groups being <paramref name="highDigits"/> and <paramref name="lowDigits"/> digits wide,
    /// without its trailing zeros (down to scale zero), as the operator's result of an inexact division.
    /// </summary>
    private static decimal Compose(ulong integer, ulong high, int highDigits, ulong low, int lowDigits, ulong up, int scale, uint sign)
    {
        unchecked
        {
            // A carry ripples into the groups above; it cannot reach 2^96, since the integer part was
            // below Limits[digits].
            if (lowDigits == 0)
            {
                integer += up;
            }
            else if ((low += up) == Powers10[lowDigits])
            {
                low = 0;
                if (highDigits == 0 || ++high == Powers10[highDigits])
                {
                    high = 0;
                    integer++;
                }
            }

            while (scale > 0 && lowDigits > 0 && low % 10 == 0)
            {
                low /= 10;
                lowDigits--;
                scale--;
            }

            while (scale > 0 && lowDigits == 0 && highDigits > 0 && high % 10 == 0)
            {
                high /= 10;
                highDigits--;
                scale--;
            }

            while (scale > 0 && lowDigits == 0 && highDigits == 0 && integer % 10 == 0)
            {
                integer /= 10;
                scale--;
            }

            // The mantissa (integer·10^highDigits + high)·10^lowDigits + low, below 2^96: the upper part of
            // integer·10^highDigits is below 2^32 and, times 10^lowDigits, still within 64 bits.
            var highPower = Powers10[highDigits];
            var lowPower = Powers10[lowDigits];
            var upper = MultiplyHigh(integer, highPower);
            var lower = (integer * highPower) + high;
            upper += lower < high ? 1UL : 0UL;
            upper = (upper * lowPower) + MultiplyHigh(lower, lowPower);
            lower = (lower * lowPower) + low;
            upper += lower < low ? 1UL : 0UL;
            return Bits.ToDecimal(sign, scale, upper, lower);
        }
    }

    /// <summary>
    /// The next <paramref name="count"/> (0 to 14) digits of <paramref name="remainder"/> ÷ <paramref name="divisor"/>,
    /// with the remainder left for the digits after them (with a count of 0: the integer quotient,
    /// below 2^52, and the remainder). The estimate through the reciprocal is within a unit or two of
    /// the true digits (a relative error of a few 2^-53 on a value below 2^52); the exact 128-bit
    /// remainder, remainder·10^count − estimate·divisor, corrects it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NextDigits(ref ulong remainder, ulong divisor, double reciprocal, int count)
    {
        unchecked
        {
            var power = Powers10[count];
            var estimate = (ulong)(remainder * reciprocal * DoublePowers10[count]);
            var high = MultiplyHigh(remainder, power);
            var low = remainder * power;
            var takenHigh = MultiplyHigh(estimate, divisor);
            var takenLow = estimate * divisor;
            high -= takenHigh + (low < takenLow ? 1UL : 0UL);
            low -= takenLow;

            // (high, low) is now the remainder as a signed 128-bit number, within (−divisor, 2·divisor).
            while ((long)high < 0)
            {
                estimate--;
                low += divisor;
                high += low < divisor ? 1UL : 0UL;
            }

            while (high != 0 || low >= divisor)
            {
                estimate++;
                high -= low < divisor ? 1UL : 0UL;
                low -= divisor;
            }

            remainder = low;
            return estimate;
        }
    }

    /// <summary>
    /// <see cref="NextDigits"/> for a divisor (<paramref name="divisorHigh"/>, <paramref name="divisor"/>) of up
    /// to 96 bits: the remainder times 10^count (below 2^143) and the estimate times the divisor are
    /// taken in three words, their difference (within twice the divisor) in two.
    /// </summary>
    private static ulong NextDigitsWide(ref ulong remainderHigh, ref ulong remainder, ulong divisorHigh, ulong divisor, double reciprocal, int count)
    {
        unchecked
        {
            var estimate = (ulong)(((remainderHigh * TwoTo64) + remainder) * reciprocal * DoublePowers10[count]);
            var power = Powers10[count];
            var carry = MultiplyHigh(remainder, power);
            var low = remainder * power;
            var middle = (remainderHigh * power) + carry;
            var top = MultiplyHigh(remainderHigh, power) + (middle < carry ? 1UL : 0UL);
            var q = Correct(estimate, ref middle, ref low, divisorHigh, divisor, top);
            remainderHigh = middle;
            remainder = low;
            return q;
        }
    }

    /// <summary>
    /// Given an estimate within a few units of ⌊N ÷ D⌋, where N = (<paramref name="top"/>, <paramref name="high"/>,
    /// <paramref name="low"/>) and D = (<paramref name="divisorHigh"/>, <paramref name="divisor"/>), returns
    /// the quotient and leaves the remainder (below D) in (<paramref name="high"/>, <paramref name="low"/>).
    /// </summary>
    private static ulong Correct(ulong estimate, ref ulong high, ref ulong low, ulong divisorHigh, ulong divisor, ulong top)
    {
        unchecked
        {
            // estimate × D in three words (estimate < 2^52, D < 2^96: below 2^148).
            var carry = MultiplyHigh(estimate, divisor);
            var takenLow = estimate * divisor;
            var takenMiddle = (estimate * divisorHigh) + carry;
            var takenTop = MultiplyHigh(estimate, divisorHigh) + (takenMiddle < carry ? 1UL : 0UL);

            // N − estimate × D, within (−D, 2D): the top word is then 0 or all ones (negative).
            var borrow = low < takenLow ? 1UL : 0UL;
            low -= takenLow;
            var middleBorrow = (high < takenMiddle || (high == takenMiddle && borrow != 0)) ? 1UL : 0UL;
            high -= takenMiddle + borrow;
            top -= takenTop + middleBorrow;
            while ((long)top < 0)
            {
                estimate--;
                low += divisor;
                var c = low < divisor ? 1UL : 0UL;
                var h = high + divisorHigh + c;
                top += (h < high || (h == high && (divisorHigh | c) != 0)) ? 1UL : 0UL;
                high = h;
            }

            while (top != 0 || high > divisorHigh || (high == divisorHigh && low >= divisor))
            {
                estimate++;
                var b = low < divisor ? 1UL : 0UL;
                low -= divisor;
                var h = high - divisorHigh - b;
                top -= (high < divisorHigh || (high == divisorHigh && b != 0)) ? 1UL : 0UL;
                high = h;
            }

            return estimate;
        }
    }

    /// <summary>
    /// The upper 64 bits of <paramref name="left"/> × <paramref name="right"/>. The lower ones are the plain
    /// (unchecked) product: two multiplications in registers are faster here than <see cref="Math.BigMul(ulong, ulong, out ulong)"/>,
    /// whose second result goes through memory.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MultiplyHigh(ulong left, ulong right) =>
        Bmi2.X64.IsSupported ? Bmi2.X64.MultiplyNoFlags(left, right) : Math.BigMul(left, right, out _);

    /// <summary>The number of decimal digits of <paramref name="value"/>, which is positive.</summary>
    private static int CountDigits(ulong value)
    {
        // ⌊log10⌋ from ⌊log2⌋ (1233/4096 ≈ log10 2), corrected by one comparison.
        var guess = unchecked(((BitOperations.Log2(value) + 1) * 1233) >> 12);
        return unchecked(guess + (value >= Powers10[guess] ? 1 : 0));
    }

    /// <summary>
    /// The layout of <c>decimal</c> (that of the OLE Automation DECIMAL the runtime keeps for interop),
    /// as two 64-bit words: flags (scale in bits 16–23, sign in bit 31) and the high 32 bits of the
    /// mantissa, then its low 64 bits. Reinterpreted whole (<see cref="Unsafe.BitCast{TFrom, TTo}"/>), a
    /// decimal stays in registers, and one written here is read back without a store-forwarding stall.
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Bits(ulong upper, ulong low)
    {
        private readonly ulong _upper = upper;

        public uint Flags => unchecked((uint)_upper);

        public uint High => unchecked((uint)(_upper >> 32));

        public ulong Low { get; } = low;

        public int Scale => unchecked((int)((_upper >> 16) & 0xFF));

        public static Bits Of(decimal value) => Unsafe.BitCast<decimal, Bits>(value);

        /// <summary>The decimal (<paramref name="high"/> · 2^64 + <paramref name="low"/>) ÷ 10^<paramref name="scale"/>, negative when <paramref name="sign"/> is the sign bit.</summary>
        public static decimal ToDecimal(uint sign, int scale, ulong high, ulong low) =>
            Unsafe.BitCast<Bits, decimal>(new Bits(sign | unchecked((ulong)(uint)scale << 16) | (high << 32), low));
    }
}
