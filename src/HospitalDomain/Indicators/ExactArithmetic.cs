using System.Runtime.CompilerServices;

namespace HospitalDomain.Indicators;

/// <summary>
/// The arithmetic of indicator formulas with the <c>decimal</c> operators, so bit for bit their
/// results (the same value, scale and sign). The <c>Try</c> methods answer false where the operators
/// would throw <see cref="OverflowException"/>, so that a result too large to represent becomes a
/// state, not an exception.
/// </summary>
/// <remarks>
/// A division through a double-precision reciprocal corrected with 128-bit products (exact, for
/// mantissas within 64 bits) was measured against the operator and was slower on the machine of
/// docs/benchmarks.md; the operator it is.
/// </remarks>
internal static class ExactArithmetic
{
    /// <summary>
    /// Computes <paramref name="dividend"/> × <paramref name="factor"/> ÷ <paramref name="divisor"/> as
    /// <c>dividend * factor / divisor</c> does; false when the product or the quotient is beyond the
    /// range of <c>decimal</c>. A factor of <c>1m</c> leaves the dividend as it is, bit for bit.
    /// </summary>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static bool TryMultiplyDivide(decimal dividend, decimal factor, decimal divisor, out decimal quotient)
    {
        try
        {
            quotient = dividend * factor / divisor;
            return true;
        }
        catch (OverflowException)
        {
            quotient = 0m;
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
        try
        {
            change = (now - before) * factor / before;
            return true;
        }
        catch (OverflowException)
        {
            change = 0m;
            return false;
        }
    }

    /// <summary>Whether <paramref name="value"/> is zero (of any scale or sign), without the operator's comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsZero(in decimal value)
    {
        // decimal's layout: flags (scale, sign) in the first 32 bits, then the 96-bit mantissa (high
        // 32 bits, low 64 bits), read where the value lies rather than copied.
        ref var bytes = ref Unsafe.As<decimal, byte>(ref Unsafe.AsRef(in value));
        return (Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref bytes, 4)) | Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, 8))) == 0;
    }

    /// <summary>
    /// Returns <c>0m + <paramref name="value"/></c>, the sum of one figure that the formulas start from:
    /// <paramref name="value"/> itself, except that the operator drops the sign of a negative zero of
    /// scale 0 (and keeps that of −0.0, −0.00, …); a zero goes through the operator, so that a single
    /// figure read directly gives what its sum gives, bit for bit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal SumOfOne(in decimal value) => IsZero(in value) ? 0m + value : value;
}
