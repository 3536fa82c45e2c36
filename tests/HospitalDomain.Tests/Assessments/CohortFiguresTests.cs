using HospitalDomain.Assessments;
using HospitalDomain.Metrics;
using NodaTime;

namespace HospitalDomain.Tests.Assessments;

public sealed class CohortFiguresTests
{
    private static MetricSet Figures(string entity, ReportingPeriod period) =>
        MetricSet.CreateBuilder(MetricCatalogue.Standard, entity, period).Set("outpatientVisits", 1_000_000m).Build();

    [Fact]
    public void Constructor_BlankPeerGroup_IsRejected()
    {
        FluentActions.Invoking(() => new CohortFigures(" ", Figures("甲医院", ReportingPeriod.Year(2023))))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("peerGroup must not be empty or white space.*")
            .And.ParamName.Should().Be("peerGroup");
    }

    [Fact]
    public void Constructor_NullCurrent_IsRejected()
    {
        FluentActions.Invoking(() => new CohortFigures("三级", null!))
            .Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("current");
    }

    [Fact]
    public void Constructor_PreviousOfAnotherHospital_IsRejected()
    {
        FluentActions.Invoking(() => new CohortFigures("三级", Figures("甲医院", ReportingPeriod.Year(2023)), Figures("乙医院", ReportingPeriod.Year(2022))))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("previous is of '乙医院', current of '甲医院'.*")
            .And.ParamName.Should().Be("previous");
    }

    [Fact]
    public void Constructor_PreviousOfAnotherCatalogue_IsRejected()
    {
        var province = new MetricCatalogue("province", "省级扩展", MetricCatalogue.Standard.Metrics);
        var previous = MetricSet.CreateBuilder(province, "甲医院", ReportingPeriod.Year(2022)).Set("outpatientVisits", 1_000_000m).Build();

        FluentActions.Invoking(() => new CohortFigures("三级", Figures("甲医院", ReportingPeriod.Year(2023)), previous))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage($"previous uses the catalogue 'province', current '{MetricCatalogue.Standard.Id}'.*")
            .And.ParamName.Should().Be("previous");
    }

    [Fact]
    public void Constructor_PreviousEndingTheDayCurrentBegins_IsRejected()
    {
        var previous = Figures("甲医院", ReportingPeriod.Custom(new LocalDate(2022, 7, 1), new LocalDate(2023, 1, 1)));

        FluentActions.Invoking(() => new CohortFigures("三级", Figures("甲医院", ReportingPeriod.Year(2023)), previous))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("previous (*) must end before current (2023) begins.*")
            .And.ParamName.Should().Be("previous");
    }

    [Fact]
    public void Constructor_PreviousEndingTheDayBefore_IsKept()
    {
        var previous = Figures("甲医院", ReportingPeriod.Year(2022));
        var figures = new CohortFigures("三级", Figures("甲医院", ReportingPeriod.Year(2023)), previous);

        figures.Previous.Should().BeSameAs(previous);
        figures.Entity.Should().Be("甲医院");
        figures.PeerGroup.Should().Be("三级");
    }

    [Fact]
    public void Evaluate_NullCalculator_IsRejected()
    {
        FluentActions.Invoking(() => new CohortFigures("三级", Figures("甲医院", ReportingPeriod.Year(2023))).Evaluate(null!))
            .Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("calculator");
    }

    [Fact]
    public void ToString_IsTheEntityTheGroupAndThePeriod() =>
        new CohortFigures("三级", Figures("甲医院", ReportingPeriod.Year(2023))).ToString().Should().Be("甲医院 (三级) 2023");
}
