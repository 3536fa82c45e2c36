using HospitalDomain.Assessments;

namespace HospitalDomain.Tests.Assessments;

public sealed class ScoreBandTests
{
    [Fact]
    public void Constructor_NegativePoints_AreRejected()
    {
        FluentActions.Invoking(() => new ScoreBand(10, -1))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("points must be non-negative, was -1.*")
            .And.ParamName.Should().Be("points");
    }

    [Fact]
    public void Constructor_NegativeThresholdAndZeroPoints_AreAccepted()
    {
        var band = new ScoreBand(-5, 0);

        band.Threshold.Should().Be(-5m);
        band.Points.Should().Be(0m);
    }

    [Fact]
    public void ToString_IsTheThresholdAndThePoints() => new ScoreBand(85.5m, 3).ToString().Should().Be("85.5 → 3");
}
