using HospitalDomain.Assessments;

namespace HospitalDomain.Tests.Assessments;

public sealed class IndicatorDistributionTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(50, 2.5)]
    [InlineData(25, 1.75)]
    [InlineData(100, 4)]
    public void Percentile_InterpolatesBetweenNeighbours(double p, double expected) =>
        IndicatorDistribution.Percentile([1m, 2m, 3m, 4m], (decimal)p).Should().Be((decimal)expected);

    [Fact]
    public void Percentile_OfOneValue_IsThatValue()
    {
        IndicatorDistribution.Percentile([7m], 0).Should().Be(7m);
        IndicatorDistribution.Percentile([7m], 100).Should().Be(7m);
    }

    [Fact]
    public void Describe_NothingReported_GivesACountOfZeroAndNoFigures()
    {
        var statistics = IndicatorDistribution.Describe("x", "G", []);

        statistics.Should().Be(new IndicatorStatistics("x", "G", 0));
        statistics.Median.Should().BeNull();
    }

    [Fact]
    public void Describe_GivesTheDecilesAndTheQuartiles()
    {
        var statistics = IndicatorDistribution.Describe("x", "G", [0m, 10m]);

        statistics.IndicatorCode.Should().Be("x");
        statistics.PeerGroup.Should().Be("G");
        statistics.Count.Should().Be(2);
        statistics.Deciles.Should().Equal(0m, 1m, 2m, 3m, 4m, 5m, 6m, 7m, 8m, 9m, 10m);
        statistics.LowerQuartile.Should().Be(2.5m);
        statistics.Median.Should().Be(5m);
        statistics.UpperQuartile.Should().Be(7.5m);
    }
}
