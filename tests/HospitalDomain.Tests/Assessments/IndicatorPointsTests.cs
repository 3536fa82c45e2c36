using HospitalDomain.Assessments;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Assessments;

[UseCulture("de-DE")]
public sealed class IndicatorPointsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Constructor_RankBelowOne_IsRejected(int rank)
    {
        FluentActions.Invoking(() => new IndicatorPoints("x", "医疗质量", 10, 5, rank: rank))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage($"rank must be in the range [1, 2147483647], was {rank}.*")
            .And.ParamName.Should().Be("rank");
    }

    [Theory]
    [InlineData(" ", "医疗质量", "indicatorCode")]
    [InlineData("x", "", "dimension")]
    public void Constructor_BlankText_IsRejected(string code, string dimension, string param)
    {
        FluentActions.Invoking(() => new IndicatorPoints(code, dimension, 10, 5))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage($"{param} must not be empty or white space.*")
            .And.ParamName.Should().Be(param);
    }

    [Theory]
    [InlineData(-1, 5, "weight")]
    [InlineData(10, -1, "points")]
    public void Constructor_NegativeNumber_IsRejected(int weight, int points, string param)
    {
        FluentActions.Invoking(() => new IndicatorPoints("x", "医疗质量", weight, points))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage($"{param} must be non-negative, was -1.*")
            .And.ParamName.Should().Be(param);
    }

    [Fact]
    public void Constructor_EveryField_IsKept()
    {
        var points = new IndicatorPoints("x", "医疗质量", 10, 7.5m, indicatorValue: 0, percentileRank: 75, missing: false, rank: 1);

        points.IndicatorCode.Should().Be("x");
        points.Dimension.Should().Be("医疗质量");
        points.Weight.Should().Be(10m);
        points.Points.Should().Be(7.5m);
        points.IndicatorValue.Should().Be(0m);
        points.PercentileRank.Should().Be(75m);
        points.Missing.Should().BeFalse();
        points.Rank.Should().Be(1);
    }

    [Fact]
    public void Constructor_MissingValue_HasNoValuePercentileOrRank()
    {
        var points = new IndicatorPoints("x", "医疗质量", 10, 0, missing: true);

        points.IndicatorValue.Should().BeNull();
        points.PercentileRank.Should().BeNull();
        points.Rank.Should().BeNull();
        points.Missing.Should().BeTrue();
    }

    [Fact]
    public void Constructor_ValueWithoutPercentile_KeepsOnlyTheValue()
    {
        var points = new IndicatorPoints("x", "医疗质量", 10, 10, indicatorValue: 98.5m);

        points.IndicatorValue.Should().Be(98.5m);
        points.PercentileRank.Should().BeNull();
    }

    [Fact]
    public void ToString_IsTheCodeThePointsAndTheWeight_InTheInvariantCulture() =>
        new IndicatorPoints("level4SurgeryShare", "医疗质量", 12.5m, 7.25m).ToString().Should().Be("level4SurgeryShare: 7.25/12.5");

    [Fact]
    public void Equals_SameFields_IsEqual_AndAnotherRankIsNot()
    {
        new IndicatorPoints("x", "d", 10, 5, 1, 50, rank: 2).Should().Be(new IndicatorPoints("x", "d", 10, 5, 1, 50, rank: 2));
        new IndicatorPoints("x", "d", 10, 5, 1, 50, rank: 2).Should().NotBe(new IndicatorPoints("x", "d", 10, 5, 1, 50, rank: 3));
    }
}
