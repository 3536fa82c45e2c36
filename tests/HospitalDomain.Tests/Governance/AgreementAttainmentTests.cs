using HospitalDomain.Governance;

namespace HospitalDomain.Tests.Governance;

public sealed class AgreementAttainmentTests
{
    private static readonly AgreementTarget Target = new("drugRevenueShare", "药占比不超过28%", TargetComparator.AtMost, 28, 10);

    [Fact]
    public void Constructor_NullScore_IsRejected()
    {
        FluentActions.Invoking(() => new AgreementAttainment([new TargetScore(Target, TargetOutcome.Reached, 10m), null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("scores must not contain null.*")
            .And.ParamName.Should().Be("scores");
    }

    [Fact]
    public void Constructor_PointsAddingUpBeyondDecimal_SaysSo()
    {
        FluentActions.Invoking(() => new AgreementAttainment([new TargetScore(Target, TargetOutcome.Reached, decimal.MaxValue), new TargetScore(Target, TargetOutcome.Reached, decimal.MaxValue)]))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("the points or the weights of the scores add up beyond the range of decimal.*")
            .And.ParamName.Should().Be("scores");
    }

    [Fact]
    public void ToString_IsTheTotalOfTheAssessedWeight()
    {
        var other = new AgreementTarget("patientSatisfaction", "患者满意度不低于90分", TargetComparator.AtLeast, 90, 5);
        var attainment = new AgreementAttainment([new TargetScore(Target, TargetOutcome.Partial, 8m, 29m), new TargetScore(other, TargetOutcome.NotAssessable, 0m)]);

        attainment.ToString().Should().Be("8 of 10 points");
        attainment.UnassessedWeight.Should().Be(5m);
    }
}
