using FsCheck.Xunit;
using HospitalDomain.Tests.TestHelpers;
using static HospitalDomain.Scoring;

namespace HospitalDomain.Tests.Root;

public sealed class ScoringTests
{
    private static decimal D(string text) => ExpectedDecimals.Parse(text)!.Value;

    [Theory]
    [InlineData("20", "20", true, true)]
    [InlineData("19.99", "20", true, false)]
    [InlineData("20", "20", false, true)]
    [InlineData("20.01", "20", false, false)]
    [InlineData("-1", "0", false, true)]
    public void Reaches_AtTheThreshold_CountsAsReached(string value, string threshold, bool higherIsBetter, bool reached) =>
        Reaches(D(value), D(threshold), higherIsBetter).Should().Be(reached);

    [Theory]
    [InlineData("40", true, "10", "Reached")]
    [InlineData("39.9", true, "0", "Missed")]
    [InlineData("40", false, "10", "Reached")]
    [InlineData("40.1", false, "0", "Missed")]
    public void PassFail_AtAndJustShortOfTheTarget_ScoresTheWeightOrNothing(string value, bool higherIsBetter, string points, string attainment) =>
        PassFail(D(value), 40, 10, higherIsBetter).Should().Be(new Scoring.Result(D(points), Enum.Parse<Attainment>(attainment)));

    [Theory]
    [InlineData("30", "40", null, "25", "0", "Missed")]
    [InlineData("30", "40", null, "30", "0", "Missed")]
    [InlineData("30", "40", null, "31", "2", "Partial")]
    [InlineData("30", "40", null, "35", "10", "Partial")]
    [InlineData("30", "40", null, "40", "20", "Reached")]
    [InlineData("30", "40", null, "45", "20", "Reached")]
    [InlineData("9", "7", "1.2", "9.5", "0", "Missed")]
    [InlineData("9", "7", "1.2", "9", "0", "Missed")]
    [InlineData("9", "7", "1.2", "8", "10", "Partial")]
    [InlineData("9", "7", "1.2", "7", "20", "Reached")]
    [InlineData("9", "7", "1.2", "6.8", "22", "Reached")]
    [InlineData("9", "7", "1.2", "6.6", "24", "Reached")]
    [InlineData("9", "7", "1.2", "1", "24", "Reached")]
    public void Linear_FromFloorToTargetAndBeyond_ScoresInProportionUpToTheWeightOrCap(string floor, string target, string? cap, string value, string points, string attainment)
    {
        // Weight 20. A floor above the target makes lower better: 9 → 7 days is 10 points a day, up to 1.2 × 20 = 24.
        foreach (var rounding in Enum.GetValues<Rounding>())
        {
            Linear(D(value), D(floor), D(target), 20, ExpectedDecimals.Parse(cap), rounding).Should().Be(new Scoring.Result(D(points), Enum.Parse<Attainment>(attainment)), rounding.ToString());
        }
    }

    [Fact]
    public void Linear_ShareThatDoesNotTerminate_RoundsWhereItsRoundingSays()
    {
        Linear(1, 0, 3, 10, cap: null, Rounding.ShareFirst).Points.Should().Be(10m * (1m / 3m)).And.NotBe(10m / 3m);
        Linear(1, 0, 3, 10, cap: null, Rounding.WeightFirst).Points.Should().Be(10m / 3m);
    }

    [Fact]
    public void Linear_FloorEqualToTargetOrCapBelowOne_IsRejected()
    {
        FluentActions.Invoking(() => Linear(5, 7, 7, 10, cap: null, Rounding.WeightFirst)).Should().Throw<ArgumentException>()
            .WithMessage("a linear score needs a target other than its floor, was 7 for both.*").And.ParamName.Should().Be("target");
        FluentActions.Invoking(() => Linear(5, 0, 7, 10, cap: 0.9m, Rounding.ShareFirst)).Should().Throw<ArgumentException>()
            .WithMessage("cap must be at least 1, was 0.9.*").And.ParamName.Should().Be("cap");
    }

    [Fact]
    public void Linear_CapOfExactlyOne_IsAcceptedAndScoresTheWeight()
    {
        foreach (var rounding in Enum.GetValues<Rounding>())
        {
            Linear(50, 30, 40, 20, cap: 1m, rounding).Should().Be(new Scoring.Result(20m, Attainment.Reached), rounding.ToString());
        }
    }

    [Fact]
    public void Linear_RiseBeyondTheTargetTooLargeToCompute_ScoresTheCap()
    {
        foreach (var rounding in Enum.GetValues<Rounding>())
        {
            Linear(decimal.MaxValue, 0, 1, 10, cap: 2m, rounding).Should().Be(new Scoring.Result(20m, Attainment.Reached), rounding.ToString());
            Linear(decimal.MinValue, 0, -1, 10, cap: 1.5m, rounding).Should().Be(new Scoring.Result(15m, Attainment.Reached), rounding.ToString());
        }
    }

    [Fact]
    public void Linear_SpanBeyondTheDecimalRange_ScoresTheShareOfQuarters()
    {
        foreach (var rounding in Enum.GetValues<Rounding>())
        {
            Linear(0, decimal.MinValue, decimal.MaxValue, 10, cap: null, rounding).Should().Be(new Scoring.Result(5m, Attainment.Partial), rounding.ToString());
        }
    }

    [Fact]
    public void Linear_RoundingThatIsNoMember_IsUnhandled() =>
        FluentActions.Invoking(() => Linear(1, 0, 2, 10, cap: null, (Rounding)7)).Should().Throw<System.Diagnostics.UnreachableException>()
            .WithMessage("Rounding value '7' is not handled; a member added to the enumeration needs its case here.");

    [Property(MaxTest = 300)]
    public void Linear_AnyValue_ScoresBetweenNothingAndTheCap_AndTheTwoRoundingsAgreeWithinALastDigit(short value, sbyte floor, byte span, byte weight)
    {
        decimal width = (span % 100) + 1, points = (weight % 50) + 1;

        // Both directions: the target above the floor, and below it.
        foreach (var target in new[] { floor + width, floor - width })
        {
            var share = Linear(value / 7m, floor, target, points, cap: 1.5m, Rounding.ShareFirst);
            var once = Linear(value / 7m, floor, target, points, cap: 1.5m, Rounding.WeightFirst);
            share.Points.Should().BeInRange(0m, points * 1.5m);
            once.Points.Should().BeInRange(0m, points * 1.5m);
            once.Attainment.Should().Be(share.Attainment);
            Math.Abs(share.Points - once.Points).Should().BeLessThan(0.000_000_000_000_000_000_001m);
        }
    }
}
