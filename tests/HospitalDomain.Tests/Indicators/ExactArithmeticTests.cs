using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HospitalDomain.Indicators;

namespace HospitalDomain.Tests.Indicators;

/// <summary>
/// The calculator's division against <c>decimal</c>'s own operator: the same value, scale and sign
/// (compared bit for bit) or the same exception, on random operands of every size and scale and on
/// the edges of the fast case (the 64-bit mantissa, the digits of 2^96, powers of ten, zero).
/// </summary>
public sealed class ExactArithmeticTests
{
    private static readonly ulong[] EdgeMantissas =
    [
        0, 1, 2, 3, 5, 7, 9, 10, 79, 792, 7922, 99, 100, 365, 1000, 1040, 1001, 96_000, 37_440,
        uint.MaxValue - 1, uint.MaxValue, (ulong)uint.MaxValue + 1, 1UL << 53, (1UL << 53) + 1,
        9_999_999_999_999_999_999, 10_000_000_000_000_000_000, 7_922_816_251_426_433_759, 7_922_816_251_426_433_760,
        long.MaxValue, (ulong)long.MaxValue + 1, ulong.MaxValue - 1, ulong.MaxValue,
    ];

    private static readonly decimal[] EdgeOperands = [.. EdgeMantissas.SelectMany(m => new[] { Decimal(m, 0, 0, false), Decimal(m, 0, 2, true), Decimal(m, 0, 28, false) }), decimal.MaxValue, decimal.MinValue, 0.5m, 1.0m, -1m];

    public static Arbitrary<decimal> Operands { get; } = Gen.Frequency(
        (3, Gen.Choose(0, 100_000).Select(i => (decimal)i)),
        (6, from mantissa in Mantissa64() from scale in Scale() from negative in Gen.Elements(false, false, false, true) select Decimal(mantissa, 0, scale, negative)),
        (2, from mantissa in Mantissa64() from high in Gen.Choose(1, int.MaxValue) from top in Gen.Elements(0u, 0x8000_0000u) from scale in Scale() from negative in Gen.Elements(false, true) select Decimal(mantissa, (uint)high | top, scale, negative)),
        (2, from numerator in Mantissa64() from denominator in Mantissa64() where denominator != 0 select (decimal)numerator / denominator),
        (1, Gen.Elements(EdgeOperands)),
        (1, TiesAndTerminatingQuotients())).ToArbitrary();

    [Property(MaxTest = 30_000, Arbitrary = [typeof(ExactArithmeticTests)])]
    public void Divide_AnyOperands_IsTheOperatorBitForBit(decimal dividend, decimal divisor) =>
        Outcome(() => ExactArithmetic.Divide(dividend, divisor)).Should().Be(Outcome(() => dividend / divisor), $"{dividend} / {divisor}");

    [Property(MaxTest = 5_000, Arbitrary = [typeof(ExactArithmeticTests)])]
    public void SumOfOne_AnyOperand_IsZeroPlusItBitForBit(decimal value) =>
        decimal.GetBits(ExactArithmetic.SumOfOne(value)).Should().Equal(decimal.GetBits(0m + value), $"0 + {value}");

    [Fact]
    public void SumOfOne_NegativeZeros_IsTheOperators()
    {
        foreach (var scale in new byte[] { 0, 1, 2, 28 })
        {
            var negativeZero = new decimal(0, 0, 0, true, scale);
            decimal.GetBits(ExactArithmetic.SumOfOne(negativeZero)).Should().Equal(decimal.GetBits(0m + negativeZero), $"scale {scale}");
        }
    }

    [Property(MaxTest = 30_000, Arbitrary = [typeof(ExactArithmeticTests)])]
    public void MultiplyDivide_AnyOperands_IsTheOperatorsBitForBit(decimal dividend, decimal divisor, byte factorChoice)
    {
        var factor = Factors[factorChoice % Factors.Length];
        Outcome(() => ExactArithmetic.MultiplyDivide(dividend, factor, divisor)).Should().Be(Outcome(() => dividend * factor / divisor), $"{dividend} × {factor} / {divisor}");
    }

    [Fact]
    public void Divide_EveryPairOfEdgeOperands_IsTheOperatorBitForBit()
    {
        var mismatches = new List<string>();
        foreach (var dividend in EdgeOperands)
        {
            foreach (var divisor in EdgeOperands)
            {
                foreach (var factor in Factors)
                {
                    var expected = Outcome(() => dividend * factor / divisor);
                    var actual = Outcome(() => ExactArithmetic.MultiplyDivide(dividend, factor, divisor));
                    if (expected != actual)
                    {
                        mismatches.Add($"{dividend} × {factor} / {divisor}: {actual}, expected {expected}");
                    }
                }
            }
        }

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void Tables_HoldThePowersAndLimitsTheyName()
    {
        for (var t = 0; t < ExactArithmetic.Powers10.Length; t++)
        {
            ((UInt128)ExactArithmetic.Powers10[t]).Should().Be(UInt128.Parse("1" + new string('0', t), System.Globalization.CultureInfo.InvariantCulture));
            ExactArithmetic.DoublePowers10[t].Should().Be(Math.Pow(10, t));
        }

        for (var t = 0; t <= 28; t++)
        {
            var limit = (UInt128.One << 96) / UInt128.Parse("1" + new string('0', t), System.Globalization.CultureInfo.InvariantCulture);
            ExactArithmetic.Limits[t].Should().Be(limit > ulong.MaxValue ? ulong.MaxValue : (ulong)limit, $"t = {t}");
        }
    }

    [Theory]
    [InlineData("3744000", "96000")]
    [InlineData("12345678.91", "2345678.12")]
    [InlineData("800000000", "2000001")]
    public void TryDivideFast_FormulaOperands_TakesTheFastPath(string numerator, string denominator)
    {
        // A ratio's operands, then a growth's: (now − before) × 100 ÷ before, with 28-digit quantities.
        var now = Parse(numerator) / Parse(denominator);
        var before = Parse(numerator) / (Parse(denominator) + 7m);

        ExactArithmetic.TryDivideFast(Parse(numerator), 100, 0, Parse(denominator), out var ratio).Should().BeTrue();
        ExactArithmetic.TryDivideFast(now - before, 100, 0, before, out var growth).Should().BeTrue();

        decimal.GetBits(ratio).Should().Equal(decimal.GetBits(Parse(numerator) * 100 / Parse(denominator)));
        decimal.GetBits(growth).Should().Equal(decimal.GetBits((now - before) * 100 / before));
    }

    [Theory]
    [InlineData("3744000", "96000", "39")]
    [InlineData("340000", "40000", "8.5")]
    [InlineData("1.00", "1", "1.00")]
    [InlineData("100", "3", "33.333333333333333333333333333")]
    [InlineData("2", "3", "0.6666666666666666666666666667")]
    [InlineData("0", "-5", "0")]
    public void Divide_KnownQuotients_KeepTheOperatorsScale(string dividend, string divisor, string expected)
    {
        var quotient = ExactArithmetic.Divide(Parse(dividend), Parse(divisor));

        quotient.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected);
        decimal.GetBits(quotient).Should().Equal(decimal.GetBits(Parse(dividend) / Parse(divisor)));
    }

    private static readonly decimal[] Factors = [1m, 100m, 1000m, 10000m, 1.0m, 0.5m, 365m, 100.00m];

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static Gen<ulong> Mantissa64() =>
        from digits in Gen.Choose(1, 20)
        from high in Gen.Choose(0, int.MaxValue)
        from low in Gen.Choose(0, int.MaxValue)
        from top in Gen.Choose(0, 3)
        let random = ((ulong)top << 62) | ((ulong)high << 31) | (uint)low
        select digits == 20 ? random : random % Power10(digits);

    // Divisors 2^i × 5^j: exact quotients that end within or beyond the 28 digits, and exact ties on the last digit kept.
    private static Gen<decimal> TiesAndTerminatingQuotients() =>
        from twos in Gen.Choose(0, 63)
        from fives in Gen.Choose(0, 27)
        let power = (UInt128.One << twos) * UInt128.Parse("1" + new string('0', fives), System.Globalization.CultureInfo.InvariantCulture) / (UInt128.One << fives)
        where power <= ulong.MaxValue
        select Decimal((ulong)power, 0, 0, false);

    private static Gen<byte> Scale() => Gen.Frequency((4, Gen.Constant((byte)0)), (1, Gen.Choose(0, 28).Select(s => (byte)s)));

    private static ulong Power10(int exponent)
    {
        var power = 1UL;
        for (var i = 0; i < exponent; i++)
        {
            power *= 10;
        }

        return power;
    }

    private static decimal Decimal(ulong low, uint high, byte scale, bool negative) =>
        new(unchecked((int)(uint)low), unchecked((int)(uint)(low >> 32)), unchecked((int)high), negative, scale);

    /// <summary>The bits of the result, or the exception's type.</summary>
    private static string Outcome(Func<decimal> divide)
    {
        try
        {
            return string.Join(" ", decimal.GetBits(divide()).Select(b => b.ToString("X8", System.Globalization.CultureInfo.InvariantCulture)));
        }
        catch (ArithmeticException e)
        {
            return e.GetType().Name;
        }
    }
}
