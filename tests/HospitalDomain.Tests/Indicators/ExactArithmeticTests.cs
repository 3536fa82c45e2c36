using HospitalDomain.Indicators;

namespace HospitalDomain.Tests.Indicators;

/// <summary>
/// The formulas' arithmetic against <c>decimal</c>'s own operators: the same bits (value, scale and
/// sign), and false where the operators overflow.
/// </summary>
public sealed class ExactArithmeticTests
{
    // Zeros of both signs and several scales (which a theory would show alike, as "0"), and others.
    private static readonly decimal[] Zeros = [0m, 0.00m, new decimal(0, 0, 0, true, 0), new decimal(0, 0, 0, true, 1), new decimal(0, 0, 0, true, 28), 1m, -1.50m, decimal.MaxValue];

    [Fact]
    public void SumOfOne_AnyValue_IsZeroPlusItBitForBit()
    {
        foreach (var value in Zeros)
        {
            decimal.GetBits(ExactArithmetic.SumOfOne(value)).Should().Equal(decimal.GetBits(0m + value), $"bits {string.Join(",", decimal.GetBits(value))}");
        }
    }

    // The checked steps multiply and divide by a factor or divisor of one rather than skip them; the
    // formula program skips them. Both give the same bits only because the operators leave a value
    // as it is: every scale, both signs, zeros included.
    [Fact]
    public void MultiplyingOrDividingByOne_LeavesEveryValueBitForBit()
    {
        var random = new Random(1);
        for (var i = 0; i < 20_000; i++)
        {
            var value = new decimal(random.Next(), random.Next(), i % 7 == 0 ? 0 : random.Next(), random.Next(2) == 0, (byte)random.Next(29));
            value = i % 5 == 0 ? new decimal(0, 0, 0, value < 0, value.Scale) : value;
            decimal.GetBits(value * 1m).Should().Equal(decimal.GetBits(value), $"{value} × 1");
            decimal.GetBits(value / 1m).Should().Equal(decimal.GetBits(value), $"{value} ÷ 1");
        }
    }

    [Fact]
    public void IsZero_AnyValue_IsTheComparison()
    {
        foreach (var value in Zeros)
        {
            ExactArithmetic.IsZero(value).Should().Be(value == 0m, $"bits {string.Join(",", decimal.GetBits(value))}");
        }
    }

    [Theory]
    [InlineData("37440", "100", "96000", "39")]
    [InlineData("2", "1", "3", "0.6666666666666666666666666667")]
    [InlineData("1.00", "1", "1", "1.00")]
    public void TryMultiplyDivide_Operands_IsTheOperators(string dividend, string factor, string divisor, string expected)
    {
        var (n, f, d) = (Parse(dividend), Parse(factor), Parse(divisor));
        ExactArithmetic.TryMultiplyDivide(n, f, d, out var quotient).Should().BeTrue();

        quotient.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected);
        decimal.GetBits(quotient).Should().Equal(decimal.GetBits(n * f / d));
    }

    public static TheoryData<decimal> Operands =>
    [
        0m, 1m, -1m, 0.5m, 0.99m, 1.00m, 3m, 100m, 7.25m, 96000m, 12345678.91m, -0.001m, 0.0000000000000000001m,
        ulong.MaxValue, (decimal)ulong.MaxValue + 1, uint.MaxValue, (decimal)uint.MaxValue + 1, 10_000_000_000_000_000_000m,
        1.0000000000000000000000000001m, decimal.MaxValue, decimal.MinValue, 79228162514264337593543950.335m,
    ];

    [Fact]
    public void TryMultiplyDivide_EveryPairOfOperands_IsTheOperatorsOrFalseOnOverflow()
    {
        var mismatches = new List<string>();
        foreach (var dividend in Operands)
        {
            foreach (var factor in Operands)
            {
                foreach (var divisor in Operands)
                {
                    if (divisor == 0m)
                    {
                        continue;
                    }

                    decimal? expected;
                    try
                    {
                        expected = dividend * factor / divisor;
                    }
                    catch (OverflowException)
                    {
                        expected = null;
                    }

                    decimal? actual = ExactArithmetic.TryMultiplyDivide(dividend, factor, divisor, out var quotient) ? quotient : null;
                    if (!Equals(expected is { } e ? decimal.GetBits(e) : null, actual is { } a ? decimal.GetBits(a) : null)
                        && !(expected is { } x && actual is { } y && decimal.GetBits(x).SequenceEqual(decimal.GetBits(y))))
                    {
                        mismatches.Add($"{dividend} × {factor} / {divisor}: {actual}, expected {expected}");
                    }
                }
            }
        }

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void TryMethods_BeyondTheRange_AnswerFalse()
    {
        Arithmetic.TryAdd(decimal.MaxValue, 1m, out _).Should().BeFalse();
        Arithmetic.TryMultiply(decimal.MaxValue, 100m, out _).Should().BeFalse();
        ExactArithmetic.TryMultiplyDivide(decimal.MaxValue, 100m, 3m, out _).Should().BeFalse();
        ExactArithmetic.TryMultiplyDivide(decimal.MaxValue, 1m, 0.5m, out _).Should().BeFalse();
        ExactArithmetic.TryChange(decimal.MaxValue, 1m, 100m, out _).Should().BeFalse();
        ExactArithmetic.TryChange(decimal.MaxValue, decimal.MinValue, 1m, out _).Should().BeFalse();
    }

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
