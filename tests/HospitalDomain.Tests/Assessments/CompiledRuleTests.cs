using HospitalDomain.Assessments;

namespace HospitalDomain.Tests.Assessments;

public sealed class CompiledRuleTests
{
    private static CompiledRule Compile(IndicatorScoring rule, bool lowerIsBetter = false, decimal? effectiveWeight = null) =>
        new(rule, 0, "医疗质量", 0, lowerIsBetter, effectiveWeight ?? rule.Weight);

    private static readonly IndicatorScoring Bands = new("x", 5, ScoringMethod.Bands, bands: [new ScoreBand(20, 5), new ScoreBand(15, 4), new ScoreBand(10, 3)]);

    [Theory]
    [InlineData("10", 1000L)]
    [InlineData("0", 0L)]
    [InlineData("10000", 1_000_000L)]
    [InlineData("0.01", 1L)]
    [InlineData("10000.01", null)]
    [InlineData("0.001", null)]
    [InlineData("-1", null)]
    public void WeightHundredths_IsTheWholeHundredthsUpToAMillion(string weight, long? expected) =>
        Compile(new IndicatorScoring("x", 1, ScoringMethod.PercentileRank), effectiveWeight: decimal.Parse(weight, System.Globalization.CultureInfo.InvariantCulture)).WeightHundredths.Should().Be(expected);

    [Fact]
    public void HundredthOfWeight_IsTheWeightOverAHundred() =>
        Compile(new IndicatorScoring("x", 12.5m, ScoringMethod.PercentileRank)).HundredthOfWeight.Should().Be(0.125m);

    [Theory]
    [InlineData(false, 16, 4)]
    [InlineData(false, 20, 5)]
    [InlineData(false, 9.9, 0)]
    [InlineData(true, 12, 5)]
    [InlineData(true, 16, 5)]
    [InlineData(true, 20, 5)]
    [InlineData(true, 21, 0)]
    public void Score_Bands_GivesTheMostPointsOfTheBandsReached(bool lowerIsBetter, double value, int points) =>
        Compile(Bands, lowerIsBetter).Score((decimal)value).Should().Be(points);

    [Fact]
    public void Score_LowerIsBetterBands_TakeTheBestBandReached()
    {
        var rule = new IndicatorScoring("x", 5, ScoringMethod.Bands, bands: [new ScoreBand(15, 3), new ScoreBand(10, 5)]);

        Compile(rule, lowerIsBetter: true).Score(12).Should().Be(3);
        Compile(rule, lowerIsBetter: true).Score(10).Should().Be(5);
    }

    [Theory]
    [InlineData(false, 95, 10)]
    [InlineData(false, 94.9, 0)]
    [InlineData(true, 95, 10)]
    [InlineData(true, 95.1, 0)]
    public void Score_PassFail_FollowsTheIndicatorsDirection(bool lowerIsBetter, double value, int points) =>
        Compile(new IndicatorScoring("x", 10, ScoringMethod.PassFail, target: 95), lowerIsBetter).Score((decimal)value).Should().Be(points);

    [Fact]
    public void Score_Linear_ScalesBetweenFloorAndTarget() =>
        Compile(new IndicatorScoring("x", 10, ScoringMethod.Linear, floor: 0, target: 100)).Score(25).Should().Be(2.5m);

    [Fact]
    public void Score_ZeroEffectiveWeight_ScoresNothing() =>
        Compile(Bands, effectiveWeight: 0).Score(20).Should().Be(0m);

    [Fact]
    public void Score_Qualitative_ScoresNothingFromTheValue() =>
        Compile(new IndicatorScoring("x", 10, ScoringMethod.Qualitative)).Score(100).Should().Be(0m);

    [Fact]
    public void Score_PercentileRank_IsNotScoredFromTheValueAlone()
    {
        FluentActions.Invoking(() => Compile(new IndicatorScoring("x", 10, ScoringMethod.PercentileRank)).Score(1))
            .Should().ThrowExactly<System.Diagnostics.UnreachableException>()
            .WithMessage("ScoringMethod value 'PercentileRank' is not handled*");
    }

    [Theory]
    [InlineData(5, 2.5, 2.5)]
    [InlineData(5, 7, 5)]
    [InlineData(40, 2.5, 20)]
    [InlineData(40, 7, 40)]
    public void QualitativePoints_AreCappedAtTheRulesWeight_ThenScaledToTheEffectiveWeight(int effectiveWeight, double given, double expected) =>
        Compile(new IndicatorScoring("x", 5, ScoringMethod.Qualitative), effectiveWeight: effectiveWeight).QualitativePoints((decimal)given).Should().Be((decimal)expected);
}
