using System.Text.Json;
using HospitalDomain.Assessments;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Assessments;

public sealed class IndicatorScoringTests
{
    [Fact]
    public void Constructor_BlankCode_IsRejected()
    {
        FluentActions.Invoking(() => new IndicatorScoring(" ", 1, ScoringMethod.PercentileRank))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("indicatorCode must not be empty or white space.*")
            .And.ParamName.Should().Be("indicatorCode");
    }

    [Fact]
    public void Constructor_UndefinedMethod_IsRejected()
    {
        FluentActions.Invoking(() => new IndicatorScoring("x", 1, (ScoringMethod)9))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("method must be one of Bands, Linear, PercentileRank, PassFail, Qualitative, was 9.*")
            .And.ParamName.Should().Be("method");
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("1000000.01")]
    public void Constructor_WeightNotPositiveOrAboveTheLimit_IsRejectedWithIt(string weight)
    {
        FluentActions.Invoking(() => new IndicatorScoring("x", decimal.Parse(weight, System.Globalization.CultureInfo.InvariantCulture), ScoringMethod.PercentileRank))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage($"weight of x must be positive and at most 1000000, was {weight}.*")
            .And.ParamName.Should().Be("weight");
    }

    [Theory]
    [InlineData("0.0001")]
    [InlineData("1000000")]
    public void Constructor_WeightJustPositiveOrAtTheLimit_IsAccepted(string weight)
    {
        var value = decimal.Parse(weight, System.Globalization.CultureInfo.InvariantCulture);

        new IndicatorScoring("x", value, ScoringMethod.PercentileRank).Weight.Should().Be(value);
    }

    [Theory]
    [InlineData("  技术  ", "技术")]
    [InlineData(" ", null)]
    [InlineData(null, null)]
    public void Constructor_Dimension_IsTrimmedOrNone(string? dimension, string? expected) =>
        new IndicatorScoring("x", 1, ScoringMethod.PercentileRank, dimension).Dimension.Should().Be(expected);

    [Fact]
    public void Constructor_NullBand_IsRejected()
    {
        FluentActions.Invoking(() => new IndicatorScoring("x", 10, ScoringMethod.Bands, bands: [new ScoreBand(1, 5), null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("bands must not contain null.*")
            .And.ParamName.Should().Be("bands");
    }

    [Fact]
    public void Constructor_BandsRuleWithoutBands_IsRejected()
    {
        FluentActions.Invoking(() => new IndicatorScoring("x", 10, ScoringMethod.Bands))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("bands of x must be given, with points not above the weight 10.*")
            .And.ParamName.Should().Be("bands");
    }

    [Fact]
    public void Constructor_BandAboveTheWeight_IsRejected()
    {
        FluentActions.Invoking(() => new IndicatorScoring("x", 10, ScoringMethod.Bands, bands: [new ScoreBand(5, 10.01m), new ScoreBand(1, 5)]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("bands of x must be given, with points not above the weight 10.*")
            .And.ParamName.Should().Be("bands");
    }

    [Fact]
    public void Constructor_BandsUpToTheWeight_AreAccepted()
    {
        var rule = new IndicatorScoring("x", 10, ScoringMethod.Bands, bands: [new ScoreBand(5, 10), new ScoreBand(1, 5)]);

        rule.Bands.Should().Equal(new ScoreBand(5, 10), new ScoreBand(1, 5));
        rule.Method.Should().Be(ScoringMethod.Bands);
    }

    [Theory]
    [InlineData(null, 10)]
    [InlineData(5, null)]
    [InlineData(7, 7)]
    public void Constructor_LinearWithoutAFloorOrADifferentTarget_IsRejected(int? floor, int? target)
    {
        FluentActions.Invoking(() => new IndicatorScoring("x", 10, ScoringMethod.Linear, floor: floor, target: target))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("a Linear rule for x needs a floor and a different target.*")
            .And.ParamName.Should().Be("target");
    }

    [Fact]
    public void Constructor_LinearWithAFloorAndATarget_KeepsThem()
    {
        var rule = new IndicatorScoring("x", 10, ScoringMethod.Linear, floor: 9, target: 7);

        rule.Floor.Should().Be(9);
        rule.Target.Should().Be(7);
    }

    [Fact]
    public void Constructor_PassFailWithoutATarget_IsRejected()
    {
        FluentActions.Invoking(() => new IndicatorScoring("x", 10, ScoringMethod.PassFail, floor: 3))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("a PassFail rule for x needs a target.*")
            .And.ParamName.Should().Be("target");
    }

    [Fact]
    public void Constructor_PassFailWithATarget_IsAccepted() =>
        new IndicatorScoring("x", 10, ScoringMethod.PassFail, target: 95).Target.Should().Be(95);

    [Fact]
    public void Constructor_ScoreMonitorOnly_IsKept()
    {
        new IndicatorScoring("x", 1, ScoringMethod.PercentileRank, scoreMonitorOnly: true).ScoreMonitorOnly.Should().BeTrue();
        new IndicatorScoring("x", 1, ScoringMethod.PercentileRank).ScoreMonitorOnly.Should().BeFalse();
    }

    [Fact]
    public void ToString_IsTheCodeTheMethodAndTheWeight() =>
        new IndicatorScoring("level4SurgeryShare", 12.5m, ScoringMethod.Linear, floor: 10, target: 30).ToString().Should().Be("level4SurgeryShare: Linear 12.5");

    [Fact]
    public void Json_RoundTrips()
    {
        var rule = new IndicatorScoring("x", 10, ScoringMethod.Bands, "技术", [new ScoreBand(5, 10)], floor: 1, target: 2, scoreMonitorOnly: true);

        JsonSerializer.Deserialize<IndicatorScoring>(JsonSerializer.Serialize(rule, JsonAssert.Options), JsonAssert.Options).Should().Be(rule);
    }

    [Fact]
    public void Json_InvalidRule_NamesTheProblem()
    {
        FluentActions.Invoking(() => JsonSerializer.Deserialize<IndicatorScoring>("""{"indicatorCode":"x","weight":1,"method":"passFail"}""", JsonAssert.Options))
            .Should().ThrowExactly<JsonException>().WithMessage("Invalid IndicatorScoring: a PassFail rule for x needs a target.*");
    }
}
