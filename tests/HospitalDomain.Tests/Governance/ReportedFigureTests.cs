using HospitalDomain.Governance;

namespace HospitalDomain.Tests.Governance;

public sealed class ReportedFigureTests
{
    [Fact]
    public void Constructor_NeitherValueNorChange_IsRejected()
    {
        FluentActions.Invoking(() => new ReportedFigure("门急诊量", unit: "人次"))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("the figure '门急诊量' states neither a value nor a change.*")
            .And.ParamName.Should().Be("value");
    }

    [Fact]
    public void Constructor_MetricNotACamelCaseCode_IsRejected()
    {
        FluentActions.Invoking(() => new ReportedFigure("门急诊量", ChineseNumber.Parse("260.72万"), "人次", metric: "Outpatient-Visits"))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("metric must be camelCase ASCII*was 'Outpatient-Visits'.*")
            .And.ParamName.Should().Be("metric");
    }

    [Fact]
    public void Constructor_CamelCaseMetric_IsKept() =>
        new ReportedFigure("门急诊量", ChineseNumber.Parse("260.72万"), "人次", metric: "outpatientEmergencyVisits").Metric.Should().Be("outpatientEmergencyVisits");

    [Fact]
    public void ToString_ValueWithoutChange_IsLabelValueAndUnit() =>
        new ReportedFigure("门急诊量", ChineseNumber.Parse("260.72万"), "人次").ToString().Should().Be("门急诊量260.72万人次");

    [Fact]
    public void ToString_ValueAndChange_SeparatesTheChangeWithAComma() =>
        new ReportedFigure("平均住院日", ChineseNumber.Parse("7.8"), "天", new StatedChange(ChangeDirection.Down, 0.5m, "天", "较上年同期"))
            .ToString().Should().Be("平均住院日7.8天，较上年同期缩短0.5天");

    [Fact]
    public void ToString_ChangeWithoutValue_FollowsTheLabelDirectly() =>
        new ReportedFigure("门诊人次", change: new StatedChange(ChangeDirection.Up, 28.42m, "%"))
            .ToString().Should().Be("门诊人次增长28.42%");
}
