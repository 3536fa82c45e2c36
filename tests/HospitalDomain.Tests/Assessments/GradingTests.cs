using HospitalDomain.Assessments;

namespace HospitalDomain.Tests.Assessments;

public sealed class GradingTests
{
    [Fact]
    public void Grade_ByThreshold_AtEachBoundAndBelowTheLowest()
    {
        GradeBand[] bands = [new GradeBand("A", 20), new GradeBand("B", 10)];

        Grading.Grade([.. bands], GradeBandMode.Threshold, [20m, 19.99m, 10m, 9.99m, 0m]).Should().Equal("A", "B", "B", "B", "B");
        Grading.Grade([.. bands], GradeBandMode.Threshold, [25m, 10m]).Should().Equal("A", "B");
    }

    [Fact]
    public void Grade_ByShare_RoundsEachCumulativeShareHalfAwayFromZero()
    {
        // Ten members: 25% is 2.5 members, which rounds to 3; 50% cumulative is 5.
        GradeBand[] bands = [new GradeBand("A", 25), new GradeBand("B", 25), new GradeBand("C", 50)];
        decimal[] totals = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

        Grading.Grade([.. bands], GradeBandMode.Share, totals).Should().Equal("C", "C", "C", "C", "C", "B", "B", "A", "A", "A");
    }

    [Fact]
    public void Grade_ByShare_TheLastBandTakesTheRest_AndTiesTakeTheBetterGrade()
    {
        GradeBand[] bands = [new GradeBand("A", 20), new GradeBand("B", 10)];

        Grading.Grade([.. bands], GradeBandMode.Share, [9m, 5m, 9m, 1m, 3m]).Should().Equal("A", "B", "A", "B", "B");
    }

    [Fact]
    public void Grade_UndefinedMode_IsUnhandled()
    {
        FluentActions.Invoking(() => Grading.Grade([new GradeBand("A", 0)], (GradeBandMode)5, [1m]))
            .Should().ThrowExactly<System.Diagnostics.UnreachableException>()
            .WithMessage("GradeBandMode value '5' is not handled*");
    }
}
