using HospitalDomain.Governance;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Governance;

public sealed class ResponsibilityAgreementTests
{
    private static ResponsibilityAgreement Agreement() => new(
        "2024年度综合目标管理责任书",
        AgreementKind.ComprehensiveTargets,
        AgreementParties.HospitalAndDepartment,
        ReportingPeriod.Year(2024),
        firstParty: "医院",
        secondParty: "心血管内科",
        targets:
        [
            new AgreementTarget("level4SurgeryShare", "四级手术占比不低于40%", TargetComparator.AtLeast, 40, 20, ScoringRule.Linear, floor: 30),
            new AgreementTarget("averageLengthOfStay", "平均住院日不超过7天", TargetComparator.AtMost, 7, 20, ScoringRule.Linear, floor: 9),
            new AgreementTarget("drugRevenueShare", "药占比不超过28%", TargetComparator.AtMost, 28, 10),
            new AgreementTarget("daySurgeries", "日间手术不少于500台次", TargetComparator.AtLeast, 500, 10, ScoringRule.Capped, floor: 300, cap: 1.2m),
            new AgreementTarget("patientSatisfaction", "患者满意度不低于90分", TargetComparator.AtLeast, 90, 10),
        ]);

    [Fact]
    public void Score_MixedRules_MatchesHandComputation()
    {
        // level-4 share 37: linear from 30 (0) to 40 (20) → 20 × 7/10 = 14
        // length of stay 7.5: at most 7, floor 9 → 20 × (9 − 7.5)/(9 − 7) = 15
        // drug share 29: all or nothing, over 28 → 0
        // day surgeries 560: capped, slope 10/200 per surgery → 10 + 60 × 0.05 = 13, within the cap 12? no: capped at 12
        // satisfaction: no figure → not assessable
        var attainment = Agreement().Score(new Dictionary<string, decimal>
        {
            ["level4SurgeryShare"] = 37,
            ["averageLengthOfStay"] = 7.5m,
            ["drugRevenueShare"] = 29,
            ["daySurgeries"] = 560,
        });

        attainment.Scores.Select(s => s.Points).Should().Equal(14m, 15m, 0m, 12m, 0m);
        attainment.Scores.Select(s => s.Outcome).Should().Equal(TargetOutcome.Partial, TargetOutcome.Partial, TargetOutcome.Missed, TargetOutcome.Reached, TargetOutcome.NotAssessable);
        attainment.Total.Should().Be(41m);
        attainment.AssessedWeight.Should().Be(60m);
        attainment.UnassessedWeight.Should().Be(10m);
    }

    [Theory]
    [InlineData("30", "0", TargetOutcome.Missed)]
    [InlineData("25", "0", TargetOutcome.Missed)]
    [InlineData("40", "20", TargetOutcome.Reached)]
    [InlineData("45", "20", TargetOutcome.Reached)]
    [InlineData("35", "10", TargetOutcome.Partial)]
    public void Linear_AtTheEdges(string actual, string points, TargetOutcome outcome)
    {
        var score = Agreement().Score(new Dictionary<string, decimal> { ["level4SurgeryShare"] = decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture) }).Scores[0];

        score.Points.Should().Be(decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture));
        score.Outcome.Should().Be(outcome);
    }

    [Theory]
    [InlineData("AtMost", "9.5", "0", TargetOutcome.Missed)]
    [InlineData("AtMost", "8", "10", TargetOutcome.Partial)]
    [InlineData("AtMost", "6.5", "24", TargetOutcome.Reached)]
    [InlineData("AtLeast", "6.5", "0", TargetOutcome.Missed)]
    [InlineData("AtLeast", "8", "10", TargetOutcome.Partial)]
    [InlineData("AtLeast", "9.2", "22", TargetOutcome.Reached)]
    [InlineData("AtLeast", "12", "24", TargetOutcome.Reached)]
    public void Capped_RisesPastTheTargetAtTheSameRate_UpToTheCap(string comparator, string actual, string points, TargetOutcome outcome)
    {
        // Weight 20 between 7 and 9: 10 points a unit; the cap is 1.2 × 20 = 24.
        var atMost = comparator == "AtMost";
        var target = new AgreementTarget("x", "d", atMost ? TargetComparator.AtMost : TargetComparator.AtLeast, atMost ? 7 : 9, 20, ScoringRule.Capped, floor: atMost ? 9 : 7, cap: 1.2m);
        var agreement = new ResponsibilityAgreement("t", AgreementKind.ComprehensiveTargets, AgreementParties.HospitalAndDepartment, ReportingPeriod.Year(2024), targets: [target]);

        var score = agreement.Score(new Dictionary<string, decimal> { ["x"] = decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture) }).Scores[0];

        score.Points.Should().Be(decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture));
        score.Outcome.Should().Be(outcome);
    }

    [Fact]
    public void Linear_ShareThatDoesNotTerminate_IsDividedOnceAfterScalingTheWeight()
    {
        var target = new AgreementTarget("x", "d", TargetComparator.AtMost, 0, 10, ScoringRule.Linear, floor: 3);
        var agreement = new ResponsibilityAgreement("t", AgreementKind.ComprehensiveTargets, AgreementParties.HospitalAndDepartment, ReportingPeriod.Year(2024), targets: [target]);

        var points = agreement.Score(new Dictionary<string, decimal> { ["x"] = 2 }).Scores[0].Points;

        // 10 × (3 − 2) ÷ 3, one rounding: not 10 × (1 ÷ 3), whose share is rounded first.
        points.Should().Be(10m / 3m);
        points.Should().NotBe(10m * (1m / 3m));
    }

    [Fact]
    public void Target_Validates()
    {
        FluentActions.Invoking(() => new AgreementTarget("x", "d", TargetComparator.AtLeast, 40, 0)).Should().Throw<ArgumentException>().WithMessage("weight must be positive, was 0 (x).*");
        FluentActions.Invoking(() => new AgreementTarget("x", "d", TargetComparator.AtLeast, 40, 10, ScoringRule.Linear, floor: 50)).Should().Throw<ArgumentException>()
            .WithMessage("floor must lie on the worse side of the target for a Linear rule (x).*");
        FluentActions.Invoking(() => new AgreementTarget("x", "d", TargetComparator.AtLeast, 40, 10, ScoringRule.Capped, floor: 30)).Should().Throw<ArgumentException>()
            .WithMessage("cap must be given, at least 1, exactly for a Capped rule (x).*");
        FluentActions.Invoking(() => new ResponsibilityAgreement("t", AgreementKind.WorkSafety, AgreementParties.HospitalAndDepartment, ReportingPeriod.Year(2024), targets: [new AgreementTarget("x", "d", TargetComparator.AtLeast, 1, 1), new AgreementTarget("x", "e", TargetComparator.AtLeast, 1, 1)]))
            .Should().Throw<ArgumentException>().WithMessage("targets contains the target 'x' more than once.*");
    }

    [Fact]
    public void EqualityAndJson()
    {
        ContractAssert.Equality(Agreement(), Agreement(), new ResponsibilityAgreement("t", AgreementKind.WorkSafety, AgreementParties.HospitalAndDepartment, ReportingPeriod.Year(2024)));
        var json = System.Text.Json.JsonSerializer.Serialize(Agreement(), JsonAssert.Options);
        JsonAssert.RoundTrip(Agreement(), json);
    }

    [Fact]
    public void Target_MostPointsBeyondDecimal_IsRejected() =>
        FluentActions.Invoking(() => new AgreementTarget("x", "d", TargetComparator.AtLeast, 10, decimal.MaxValue, ScoringRule.Capped, 0, 2))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("cap");

    [Fact]
    public void Agreement_TargetsWhoseMostPointsAddUpBeyondDecimal_IsRejected()
    {
        var targets = new[] { new AgreementTarget("a", "d", TargetComparator.AtLeast, 10, decimal.MaxValue), new AgreementTarget("b", "d", TargetComparator.AtLeast, 10, decimal.MaxValue) };

        FluentActions.Invoking(() => new ResponsibilityAgreement("书", AgreementKind.TenureTargets, AgreementParties.CommissionAndHospital, ReportingPeriod.Year(2024), targets: targets))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("targets");
    }

    [Fact]
    public void Score_ActualFarBeyondTheTarget_ScoresTheCapWithoutOverflow()
    {
        var target = new AgreementTarget("x", "d", TargetComparator.AtLeast, 10, 20, ScoringRule.Capped, decimal.MinValue, 1.5m);
        var agreement = new ResponsibilityAgreement("书", AgreementKind.TenureTargets, AgreementParties.CommissionAndHospital, ReportingPeriod.Year(2024), targets: [target]);

        var score = agreement.Score(new Dictionary<string, decimal> { ["x"] = decimal.MaxValue }).Scores.Single();

        score.Points.Should().Be(30m);
        score.Outcome.Should().Be(TargetOutcome.Reached);
        agreement.Score(new Dictionary<string, decimal> { ["x"] = 0m }).Total.Should().BeInRange(19.99m, 20m, "0 is just short of the target on a floor that far away");
    }

    [Fact]
    public void Attainment_PointsAddingUpBeyondDecimal_IsRejected()
    {
        var target = new AgreementTarget("x", "d", TargetComparator.AtLeast, 10, 1);

        FluentActions.Invoking(() => new AgreementAttainment([new TargetScore(target, TargetOutcome.Reached, decimal.MaxValue), new TargetScore(target, TargetOutcome.Reached, decimal.MaxValue)]))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("scores");
    }

    [Fact]
    public void Agreement_NullTarget_IsRejected()
    {
        FluentActions.Invoking(() => new ResponsibilityAgreement("书", AgreementKind.ComprehensiveTargets, AgreementParties.HospitalAndDepartment, ReportingPeriod.Year(2024), targets: [new AgreementTarget("x", "d", TargetComparator.AtLeast, 1, 1), null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("targets must not contain null.*")
            .And.ParamName.Should().Be("targets");
    }

    [Fact]
    public void Agreement_TargetsWhoseMostPointsAddUpBeyondDecimal_NamesTheAgreement()
    {
        var targets = new[] { new AgreementTarget("a", "d", TargetComparator.AtLeast, 10, decimal.MaxValue), new AgreementTarget("b", "d", TargetComparator.AtLeast, 10, decimal.MaxValue) };

        FluentActions.Invoking(() => new ResponsibilityAgreement("书", AgreementKind.TenureTargets, AgreementParties.CommissionAndHospital, ReportingPeriod.Year(2024), targets: targets))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("the most points of the targets of '书' add up beyond the range of decimal.*");
    }

    [Fact]
    public void Score_NullActuals_IsRejected()
    {
        FluentActions.Invoking(() => Agreement().Score(null!))
            .Should().ThrowExactly<ArgumentNullException>()
            .And.ParamName.Should().Be("actuals");
    }
}
