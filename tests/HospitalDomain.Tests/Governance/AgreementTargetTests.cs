using HospitalDomain.Governance;

namespace HospitalDomain.Tests.Governance;

public sealed class AgreementTargetTests
{
    [Theory]
    [InlineData(TargetComparator.AtLeast, ScoringRule.Linear, 40, 40)]
    [InlineData(TargetComparator.AtLeast, ScoringRule.Linear, 40, 41)]
    [InlineData(TargetComparator.AtMost, ScoringRule.Linear, 7, 7)]
    [InlineData(TargetComparator.AtMost, ScoringRule.Linear, 7, 6)]
    [InlineData(TargetComparator.AtMost, ScoringRule.Capped, 7, 7)]
    public void Constructor_FloorOnTheTargetOrItsBetterSide_IsRejected(TargetComparator comparator, ScoringRule rule, int target, int floor)
    {
        decimal? cap = rule == ScoringRule.Capped ? 1.2m : null;

        FluentActions.Invoking(() => new AgreementTarget("x", "d", comparator, target, 10, rule, floor, cap))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage($"floor must lie on the worse side of the target for a {rule} rule (x).*")
            .And.ParamName.Should().Be("floor");
    }

    [Theory]
    [InlineData(TargetComparator.AtLeast, 40, 39)]
    [InlineData(TargetComparator.AtMost, 7, 8)]
    public void Constructor_FloorJustOnTheWorseSide_IsAccepted(TargetComparator comparator, int target, int floor) =>
        new AgreementTarget("x", "d", comparator, target, 10, ScoringRule.Linear, floor).Floor.Should().Be(floor);

    [Fact]
    public void Constructor_CapOfOne_IsAccepted()
    {
        var target = new AgreementTarget("x", "d", TargetComparator.AtLeast, 40, 10, ScoringRule.Capped, 30, 1m);
        var agreement = new ResponsibilityAgreement("t", AgreementKind.ComprehensiveTargets, AgreementParties.HospitalAndDepartment, ReportingPeriod.Year(2024), targets: [target]);

        target.Cap.Should().Be(1m);
        agreement.Score(new Dictionary<string, decimal> { ["x"] = 50 }).Total.Should().Be(10m, "a cap of 1 scores no more than the weight");
    }

    [Fact]
    public void Constructor_CapBelowOne_IsRejected()
    {
        FluentActions.Invoking(() => new AgreementTarget("x", "d", TargetComparator.AtLeast, 40, 10, ScoringRule.Capped, 30, 0.99m))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("cap must be given, at least 1, exactly for a Capped rule (x).*")
            .And.ParamName.Should().Be("cap");
    }

    [Fact]
    public void Constructor_MostPointsBeyondDecimal_SaysWhichProductOverflows()
    {
        FluentActions.Invoking(() => new AgreementTarget("x", "d", TargetComparator.AtLeast, 10, decimal.MaxValue, ScoringRule.Capped, 0, 2))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("the most points, weight 79228162514264337593543950335 × cap 2, lie beyond the range of decimal (x).*")
            .And.ParamName.Should().Be("cap");
    }

    [Fact]
    public void ToString_IsTheDescriptionAndTheWeight() =>
        new AgreementTarget("averageLengthOfStay", "平均住院日不超过7天", TargetComparator.AtMost, 7, 20, ScoringRule.Linear, floor: 9)
            .ToString().Should().Be("平均住院日不超过7天 (20 points)");
}
