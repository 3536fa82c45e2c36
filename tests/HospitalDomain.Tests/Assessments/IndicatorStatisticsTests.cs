using HospitalDomain.Assessments;

namespace HospitalDomain.Tests.Assessments;

public sealed class IndicatorStatisticsTests
{
    [Theory]
    [InlineData(" ", "综合-三级", "indicatorCode")]
    [InlineData("x", "", "peerGroup")]
    public void Constructor_BlankText_IsRejected(string code, string peerGroup, string param)
    {
        FluentActions.Invoking(() => new IndicatorStatistics(code, peerGroup, 1))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage($"{param} must not be empty or white space.*")
            .And.ParamName.Should().Be(param);
    }

    [Fact]
    public void Constructor_NegativeCount_IsRejected()
    {
        FluentActions.Invoking(() => new IndicatorStatistics("x", "G", -1))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("count must be non-negative, was -1.*")
            .And.ParamName.Should().Be("count");
    }

    [Fact]
    public void Constructor_KeepsWhatItIsGiven()
    {
        var statistics = new IndicatorStatistics("x", "G", 0, [1, 2], 1.5m, 2.5m, 3.5m);

        statistics.Count.Should().Be(0);
        statistics.Deciles.Should().Equal(1m, 2m);
        statistics.LowerQuartile.Should().Be(1.5m);
        statistics.Median.Should().Be(2.5m);
        statistics.UpperQuartile.Should().Be(3.5m);
    }

    [Theory]
    [InlineData(null, "x (综合-三级): median ")]
    [InlineData("12.5", "x (综合-三级): median 12.5")]
    public void ToString_IsTheCodeTheGroupAndTheMedian(string? median, string expected) =>
        new IndicatorStatistics("x", "综合-三级", 4, median: median is null ? null : decimal.Parse(median, System.Globalization.CultureInfo.InvariantCulture)).ToString().Should().Be(expected);
}
