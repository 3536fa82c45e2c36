namespace HospitalDomain.Tests.Root;

public sealed class ArithmeticTests
{
    [Fact]
    public void TryAdd_InRangeAndBeyond_GivesTheSumOrFalseAndZero()
    {
        Arithmetic.TryAdd(1.5m, 2.25m, out var sum).Should().BeTrue();
        sum.Should().Be(3.75m);
        Arithmetic.TryAdd(decimal.MaxValue, 1m, out sum).Should().BeFalse();
        sum.Should().Be(0m);
    }

    [Fact]
    public void TryMultiply_InRangeAndBeyond_GivesTheProductOrFalseAndZero()
    {
        Arithmetic.TryMultiply(1.5m, -4m, out var product).Should().BeTrue();
        product.Should().Be(-6m);
        Arithmetic.TryMultiply(decimal.MaxValue, 2m, out product).Should().BeFalse();
        product.Should().Be(0m);
    }

    [Fact]
    public void TryDivide_ByZeroOrBeyondTheRange_IsFalseAndZero()
    {
        Arithmetic.TryDivide(7m, 2m, out var quotient).Should().BeTrue();
        quotient.Should().Be(3.5m);
        Arithmetic.TryDivide(7m, 0m, out quotient).Should().BeFalse();
        quotient.Should().Be(0m);
        Arithmetic.TryDivide(decimal.MaxValue, 0.5m, out quotient).Should().BeFalse();
        quotient.Should().Be(0m);
    }

    [Fact]
    public void TrySubtract_InRangeAndBeyond_GivesTheDifferenceOrFalseAndZero()
    {
        Arithmetic.TrySubtract(5m, 7.5m, out var difference).Should().BeTrue();
        difference.Should().Be(-2.5m);
        Arithmetic.TrySubtract(decimal.MinValue, 1m, out difference).Should().BeFalse();
        difference.Should().Be(0m);
    }

    [Fact]
    public void TryMultiplyDivide_ProductInRange_MultipliesFirst()
    {
        Arithmetic.TryMultiplyDivide(10m, 1m, 3m, out var result).Should().BeTrue();
        result.Should().Be(10m / 3m);
        Arithmetic.TryMultiplyDivide(6m, 4m, 3m, out result).Should().BeTrue();
        result.Should().Be(8m);
    }

    [Fact]
    public void TryMultiplyDivide_ProductBeyondTheRange_DividesTheValueFirst()
    {
        Arithmetic.TryMultiplyDivide(decimal.MaxValue, 4m, 8m, out var result).Should().BeTrue();
        result.Should().Be(decimal.MaxValue / 8m * 4m);
    }

    [Fact]
    public void TryMultiplyDivide_QuotientThatRoundsUpBeyondTheRange_DividesTheMultiplierFirst()
    {
        // MaxValue × 2 overflows, MaxValue ÷ 2 rounds up so that × 2 overflows too; 2 ÷ 2 = 1 does not.
        Arithmetic.TryMultiplyDivide(decimal.MaxValue, 2m, 2m, out var result).Should().BeTrue();
        result.Should().Be(decimal.MaxValue);
    }

    [Fact]
    public void TryMultiplyDivide_ResultBeyondTheRangeOrZeroDivisor_IsFalseAndZero()
    {
        Arithmetic.TryMultiplyDivide(decimal.MaxValue, 4m, 2m, out var result).Should().BeFalse();
        result.Should().Be(0m);
        Arithmetic.TryMultiplyDivide(decimal.MaxValue, 4m, 0m, out result).Should().BeFalse();
        result.Should().Be(0m);
        Arithmetic.TryMultiplyDivide(1m, 4m, 0m, out result).Should().BeFalse();
        result.Should().Be(0m);
    }

    [Theory]
    [InlineData(5, 0, 10, 0.5)]
    [InlineData(0, 0, 10, 0)]
    [InlineData(10, 0, 10, 1)]
    [InlineData(8, 10, 6, 0.5)]
    [InlineData(12, 10, 6, -0.5)]
    public void Share_InRange_IsTheDistanceFromTheFloorOverTheSpan(int value, int floor, int target, double share) =>
        Arithmetic.Share(value, floor, target).Should().Be((decimal)share);

    [Fact]
    public void Share_DifferencesBeyondTheRange_AreTakenOfQuarters()
    {
        Arithmetic.Share(0m, decimal.MinValue, decimal.MaxValue).Should().Be(0.5m);
        Arithmetic.Share(decimal.MaxValue, decimal.MinValue, decimal.MaxValue).Should().Be(1m);
    }

    [Fact]
    public void Share_BeyondTheRangeEvenInQuarters_IsCappedAtTheLimitOnItsSide()
    {
        var tiny = 0.0000000000000000000000000004m;
        Arithmetic.Share(decimal.MaxValue, 0m, tiny).Should().Be(decimal.MaxValue);
        Arithmetic.Share(decimal.MinValue, 0m, tiny).Should().Be(decimal.MinValue);
        Arithmetic.Share(decimal.MinValue, 0m, -tiny).Should().Be(decimal.MaxValue);
        Arithmetic.Share(decimal.MaxValue, 0m, -tiny).Should().Be(decimal.MinValue);
    }

    [Fact]
    public void Share_SpanThatVanishesInQuarters_IsZero() =>
        Arithmetic.Share(decimal.MaxValue, 0m, 0.0000000000000000000000000001m).Should().Be(0m);

    [Theory]
    [InlineData(10, 20, 0, 10)]
    [InlineData(10, 20, 0.25, 12.5)]
    [InlineData(10, 20, 1, 20)]
    [InlineData(20, 10, 0.5, 15)]
    public void Interpolate_InRange_IsThePointThatFractionOfTheWay(int from, int to, double fraction, double expected) =>
        Arithmetic.Interpolate(from, to, (decimal)fraction).Should().Be((decimal)expected);

    [Fact]
    public void Interpolate_EndsOfOppositeSignsBeyondTheRange_WeighsTheEnds()
    {
        Arithmetic.Interpolate(decimal.MinValue, decimal.MaxValue, 0.5m).Should().Be(0m);
        Arithmetic.Interpolate(decimal.MinValue, decimal.MaxValue, 0m).Should().Be(decimal.MinValue);
        Arithmetic.Interpolate(decimal.MinValue, decimal.MaxValue, 1m).Should().Be(decimal.MaxValue);
    }

    [Fact]
    public void TrySum_InRangeAndBeyond_GivesTheSumOrStopsAtTheFirstOverflow()
    {
        Arithmetic.TrySum(new[] { 1m, 2.5m, 3m }, x => x, out var sum).Should().BeTrue();
        sum.Should().Be(6.5m);
        Arithmetic.TrySum(Array.Empty<decimal>(), x => x, out sum).Should().BeTrue();
        sum.Should().Be(0m);

        var seen = new List<decimal>();
        Arithmetic.TrySum(new[] { decimal.MaxValue, 1m, 5m }, x => { seen.Add(x); return x; }, out sum).Should().BeFalse();
        seen.Should().Equal(decimal.MaxValue, 1m);
    }
}
