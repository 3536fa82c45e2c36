using HospitalDomain.Assessments;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Assessments;

/// <summary>The scoring methods other than the percentile rank: linear, pass/fail and bands, each in both directions.</summary>
public sealed partial class AssessmentCalculatorTests
{
    /// <summary>Scores the level-4 share (higher is better) and the complication rate (lower is better) of one hospital under one rule each.</summary>
    private static (decimal Level4, decimal Complications) Points(IndicatorScoring level4Rule, IndicatorScoring complicationsRule, decimal level4, decimal complications)
    {
        var scheme = new AssessmentScheme("m", "methods", "test", [level4Rule, complicationsRule], [new GradeBand("A", 0)]);
        var assessment = Assess([Member("A", level4, complications)], scheme)["A"];
        return (assessment.Points[0].Points, assessment.Points[1].Points);
    }

    [Theory]
    [InlineData("5", "0")]
    [InlineData("10", "0")]
    [InlineData("25", "5")]
    [InlineData("40", "10")]
    [InlineData("50", "10")]
    public void Linear_BetweenFloorAndTarget_ScoresItsShareOfTheWeight(string value, string points)
    {
        var rise = new IndicatorScoring("level4SurgeryShare", 10, ScoringMethod.Linear, floor: 10, target: 40);
        var fall = new IndicatorScoring("surgicalComplicationRate", 10, ScoringMethod.Linear, floor: 40, target: 10);

        var scored = Points(rise, fall, Dec(value), Dec(value));

        // The direction follows from the side the floor lies on, whatever the indicator's own direction.
        scored.Level4.Should().Be(Dec(points));
        scored.Complications.Should().Be(10m - Dec(points));
    }

    [Fact]
    public void Linear_ShareThatDoesNotTerminate_IsRoundedBeforeItScalesTheWeight()
    {
        var rule = new IndicatorScoring("level4SurgeryShare", 10, ScoringMethod.Linear, floor: 0, target: 30);
        var other = new IndicatorScoring("surgicalComplicationRate", 10, ScoringMethod.PassFail, target: 1);

        var scored = Points(rule, other, 10, 1);

        // 10 × (10 ÷ 30): the share is rounded to 28 digits first, so the last digit differs from 10 × 10 ÷ 30.
        scored.Level4.Should().Be(10m * (10m / 30m));
        scored.Level4.Should().NotBe(10m * 10m / 30m);
    }

    [Theory]
    [InlineData("19", "1", "0", "10")]
    [InlineData("20", "1.5", "10", "0")]
    [InlineData("35", "0.5", "10", "10")]
    public void PassFail_ReachingTheTargetInTheIndicatorsDirection_ScoresTheWeight(string level4, string complications, string level4Points, string complicationPoints)
    {
        var scored = Points(
            new IndicatorScoring("level4SurgeryShare", 10, ScoringMethod.PassFail, target: 20),
            new IndicatorScoring("surgicalComplicationRate", 10, ScoringMethod.PassFail, target: 1),
            Dec(level4),
            Dec(complications));

        scored.Should().Be((Dec(level4Points), Dec(complicationPoints)));
    }

    [Theory]
    [InlineData("5", "3", "0", "0")]
    [InlineData("10", "2", "2", "3")]
    [InlineData("25", "1.5", "5", "3")]
    [InlineData("30", "1", "8", "6")]
    [InlineData("90", "0", "8", "6")]
    public void Bands_TheBestBandTheValueReaches_GivesItsPoints(string level4, string complications, string level4Points, string complicationPoints)
    {
        var scored = Points(
            new IndicatorScoring("level4SurgeryShare", 10, ScoringMethod.Bands, bands: [new ScoreBand(20, 5), new ScoreBand(10, 2), new ScoreBand(30, 8)]),
            new IndicatorScoring("surgicalComplicationRate", 10, ScoringMethod.Bands, bands: [new ScoreBand(2, 3), new ScoreBand(1, 6)]),
            Dec(level4),
            Dec(complications));

        scored.Should().Be((Dec(level4Points), Dec(complicationPoints)));
    }

    private static decimal Dec(string text) => ExpectedDecimals.Parse(text)!.Value;
}
