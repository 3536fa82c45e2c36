using HospitalDomain.Assessments;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;

namespace HospitalDomain.Tests.Assessments;

public sealed class CohortMemberTests
{
    private static readonly IndicatorEvaluation Evaluation = new IndicatorCalculator(IndicatorEditions.NationalTertiary2020)
        .Evaluate(MetricSet.CreateBuilder(MetricCatalogue.Standard, "H0001", ReportingPeriod.Year(2023)).Set("surgeries", 1000).Build());

    [Theory]
    [InlineData(" ", "综合-三级", "entity")]
    [InlineData("H0001", "", "peerGroup")]
    public void Constructor_BlankText_IsRejected(string entity, string peerGroup, string param)
    {
        FluentActions.Invoking(() => new CohortMember(entity, peerGroup, Evaluation))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage($"{param} must not be empty or white space.*")
            .And.ParamName.Should().Be(param);
    }

    [Fact]
    public void Constructor_NullEvaluation_IsRejected()
    {
        FluentActions.Invoking(() => new CohortMember("H0001", "综合-三级", null!))
            .Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("evaluation");
    }

    [Fact]
    public void ToString_IsTheEntityAndItsPeerGroup() =>
        new CohortMember("H0001", "综合-三级", Evaluation).ToString().Should().Be("H0001 (综合-三级)");
}
