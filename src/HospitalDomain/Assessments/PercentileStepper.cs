namespace HospitalDomain.Assessments;

/// <summary>
/// Percentile ranks in millionths for one peer group, for ascending values of (2 × below + equal),
/// without a division per hospital: the quotient and remainder of (2 × below + equal) × 5·10⁷ ÷ count
/// are carried forward. Rounded half away from zero (四舍五入) to six places.
/// </summary>
/// <param name="count">The number of values in the peer group.</param>
internal struct PercentileStepper(int count)
{
    private const long Half = 50_000_000;
    private readonly long _stepQuotient = Half / Math.Max(count, 1);
    private readonly long _stepRemainder = Half % Math.Max(count, 1);
    private long _twice;
    private long _quotient;
    private long _remainder;

    /// <summary>The percentile rank in millionths of the run of equal values whose (2 × below + equal) is <paramref name="twice"/>; called with rising values of it.</summary>
    /// <param name="twice">2 × the values below the run + the values in it.</param>
    /// <param name="lowerIsBetter">Whether the values above count instead of those below.</param>
    /// <returns>The rank, 0 to 10⁸.</returns>
    public int Millionths(int twice, bool lowerIsBetter)
    {
        var step = twice - _twice;
        _twice = twice;
        _quotient += step * _stepQuotient;
        _remainder += step * _stepRemainder;
        while (_remainder >= count)
        {
            _remainder -= count;
            _quotient++;
        }

        long quotient = _quotient, remainder = _remainder;
        if (lowerIsBetter)
        {
            // (2 × count − twice) × 5·10⁷ = count × 10⁸ − (quotient × count + remainder).
            quotient = (2 * Half) - quotient - (remainder == 0 ? 0 : 1);
            remainder = remainder == 0 ? 0 : count - remainder;
        }

        return unchecked((int)(2 * remainder >= count ? quotient + 1 : quotient));
    }
}
