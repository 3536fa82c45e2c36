using HospitalDomain.Governance;

namespace HospitalDomain.Tests.Governance;

public sealed class WorkPlanTests
{
    [Fact]
    public void Constructor_TargetNotMarkedAsATarget_IsRejected()
    {
        var result = new ReportedFigure("门急诊量", ChineseNumber.Parse("260万"), "人次");

        FluentActions.Invoking(() => new WorkPlan(2024, targets: [result]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("targets must hold figures marked as targets, was '门急诊量260万人次'.*")
            .And.ParamName.Should().Be("targets");
    }

    [Fact]
    public void Constructor_NullTarget_IsRejected()
    {
        FluentActions.Invoking(() => new WorkPlan(2024, targets: [null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("targets must hold figures marked as targets, was ''.*")
            .And.ParamName.Should().Be("targets");
    }

    [Fact]
    public void Constructor_NullGroup_IsRejected()
    {
        FluentActions.Invoking(() => new WorkPlan(2024, [new TaskGroup("党的建设", ["加强党建引领"]), null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("groups must not contain null.*")
            .And.ParamName.Should().Be("groups");
    }

    [Theory]
    [InlineData(1948)]
    [InlineData(10000)]
    public void Constructor_YearOutOfRange_IsRejected(int year)
    {
        FluentActions.Invoking(() => new WorkPlan(year))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage($"year must be in the range [1949, 9999], was {year}.*")
            .And.ParamName.Should().Be("year");
    }

    [Theory]
    [InlineData(1949)]
    [InlineData(9999)]
    public void Constructor_YearAtTheEdges_IsAccepted(int year) =>
        new WorkPlan(year).Year.Should().Be(year);

    [Fact]
    public void ToString_IsTheYearGroupsAndTasks() =>
        new WorkPlan(2024, [new TaskGroup("党的建设", ["加强党建引领", "深化作风建设"]), new TaskGroup("医疗质量", ["推进DRG支付改革"])], statedGroupCount: 6)
            .ToString().Should().Be("2024: 6 groups, 3 tasks");
}
