using HospitalDomain.Assessments;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Organizations;

namespace HospitalDomain.Tests.Assessments;

public sealed class PeerGroupsTests
{
    private static readonly Hospital TertiaryTcm = new("甲中医院", category: HospitalCategory.TraditionalChineseMedicine, rating: HospitalRating.TertiaryGradeA);
    private static readonly Hospital TertiaryGeneral = new("乙医院", category: HospitalCategory.General, rating: HospitalRating.TertiaryGradeB);
    private static readonly Hospital SecondaryGeneral = new("丙医院", category: HospitalCategory.General, rating: HospitalRating.SecondaryGradeA);
    private static readonly Hospital Unstated = new("丁医院");

    [Fact]
    public void ByCategoryAndLevel_NamesTheCategoryAndTheLevel()
    {
        PeerGroups.ByCategoryAndLevel(TertiaryTcm).Should().Be("A210 中医（综合）医院 · 三级");
        PeerGroups.ByCategoryAndLevel(TertiaryGeneral).Should().Be("A100 综合医院 · 三级");
        PeerGroups.ByCategoryAndLevel(SecondaryGeneral).Should().Be("A100 综合医院 · 二级");
        PeerGroups.ByCategoryAndLevel(Unstated).Should().Be("类别不详 · 未定级");
        PeerGroups.ByLevel(TertiaryTcm).Should().Be(PeerGroups.ByLevel(TertiaryGeneral)).And.Be("三级");
        FluentActions.Invoking(() => PeerGroups.ByLevel(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void FirstMatching_TakesTheFirstGroupThatFits_ThenOtherwise()
    {
        var grouping = PeerGroups.FirstMatching(
            [
                new("中医类", h => h.Category is { } c && c.Code.StartsWith("A2", StringComparison.Ordinal)),
                new("三级综合", h => h.Rating?.Level == HospitalLevel.Tertiary),
            ],
            otherwise: "其他");

        grouping(TertiaryTcm).Should().Be("中医类", "the first matching group wins, though the second fits too");
        grouping(TertiaryGeneral).Should().Be("三级综合");
        grouping(SecondaryGeneral).Should().Be("其他");

        var strict = PeerGroups.FirstMatching([new("三级", h => h.Rating?.Level == HospitalLevel.Tertiary)]);
        FluentActions.Invoking(() => strict(Unstated)).Should().Throw<ArgumentException>().WithMessage("丁医院 belongs to none of the peer groups 三级.*");
    }

    [Fact]
    public void FirstMatching_RejectsNoGroupsAndRepeatedNames()
    {
        FluentActions.Invoking(() => PeerGroups.FirstMatching([])).Should().Throw<ArgumentException>().WithMessage("groups must name at least one peer group.*");
        FluentActions.Invoking(() => PeerGroups.FirstMatching([new("A", _ => true), new("A", _ => false)]))
            .Should().Throw<ArgumentException>().WithMessage("*peer group 'A' more than once*");
    }

    [Fact]
    public void Members_AreRankedWithinTheirGroup()
    {
        var edition = IndicatorEditions.NationalTertiary2020;
        var calculator = new IndicatorCalculator(edition);
        IndicatorEvaluation Evaluate(Hospital hospital, decimal level4) => calculator.Evaluate(
            MetricSet.CreateBuilder(MetricCatalogue.Standard, hospital.Name, ReportingPeriod.Year(2023)).Set("surgeries", 1000).Set("level4Surgeries", level4).Build());

        var members = new[] { (TertiaryTcm, 100m), (TertiaryGeneral, 300m), (SecondaryGeneral, 200m) }
            .Select(h => PeerGroups.Member(h.Item1, Evaluate(h.Item1, h.Item2), PeerGroups.ByLevel))
            .ToList();
        var scheme = new AssessmentScheme("s", "level-4 share only", edition.Id, [new IndicatorScoring("level4SurgeryShare", 10, ScoringMethod.PercentileRank)], [new GradeBand("A", 0)]);

        var result = new AssessmentCalculator(scheme, edition).Assess(members);

        members.Select(m => m.PeerGroup).Should().Equal("三级", "三级", "二级");
        result["乙医院"].Rank.Should().Be(1);
        result["甲中医院"].Rank.Should().Be(2);
        result["丙医院"].Should().Match<Assessment>(a => a.Rank == 1 && a.PeerCount == 1, "the only secondary hospital ranks alone");
    }

    [Fact]
    public void CohortFigures_EvaluateIntoAMember_WithLastYearForTheGrowthIndicators()
    {
        var current = MetricSet.CreateBuilder(MetricCatalogue.Standard, "甲医院", ReportingPeriod.Year(2023)).Set("outpatientRevenue", 420_000_000m).Set("outpatientVisits", 1_000_000m).Build();
        var previous = MetricSet.CreateBuilder(MetricCatalogue.Standard, "甲医院", ReportingPeriod.Year(2022)).Set("outpatientRevenue", 400_000_000m).Set("outpatientVisits", 1_000_000m).Build();

        var member = new CohortFigures("三级", current, previous).Evaluate(new IndicatorCalculator(IndicatorEditions.NationalTertiary2020));

        member.Entity.Should().Be("甲医院");
        member.PeerGroup.Should().Be("三级");
        member.Evaluation["outpatientCostPerVisitGrowth"].Value.Should().Be(5m, "420 against 400 yuan a visit is 5% up");

        FluentActions.Invoking(() => new CohortFigures("三级", current, current)).Should().Throw<ArgumentException>().WithMessage("previous (2023) must end before current (2023) begins.*");
        FluentActions.Invoking(() => new CohortFigures(" ", current)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ByLevel_EachLevel_HasItsName()
    {
        PeerGroups.ByLevel(new Hospital("戊医院", rating: HospitalRating.Create(HospitalLevel.Primary, HospitalGrade.A))).Should().Be("一级");
        PeerGroups.ByLevel(SecondaryGeneral).Should().Be("二级");
        PeerGroups.ByLevel(new Hospital("己医院", rating: HospitalRating.Unclassified)).Should().Be("未定级");
        PeerGroups.ByLevel(Unstated).Should().Be("未定级");
    }

    [Fact]
    public void ByCategoryAndLevel_NullHospital_IsRejected()
    {
        FluentActions.Invoking(() => PeerGroups.ByCategoryAndLevel(null!)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("hospital");
        FluentActions.Invoking(() => PeerGroups.ByLevel(null!)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("hospital");
    }

    [Fact]
    public void FirstMatching_NullGroups_AreRejected()
    {
        FluentActions.Invoking(() => PeerGroups.FirstMatching(null!)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("groups");
    }

    [Fact]
    public void FirstMatching_BlankNameOrNullPredicate_IsRejected()
    {
        FluentActions.Invoking(() => PeerGroups.FirstMatching([new("A", _ => true), new(" ", _ => true)]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("groups must not be empty or white space.*")
            .And.ParamName.Should().Be("groups");
        FluentActions.Invoking(() => PeerGroups.FirstMatching([new("A", null!)]))
            .Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("groups");
    }

    [Fact]
    public void FirstMatching_NoGroupsOrARepeatedName_IsRejectedNamingIt()
    {
        FluentActions.Invoking(() => PeerGroups.FirstMatching([]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("groups must name at least one peer group.*")
            .And.ParamName.Should().Be("groups");
        FluentActions.Invoking(() => PeerGroups.FirstMatching([new("A", _ => true), new("B", _ => true), new("A", _ => false)]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("groups contains the peer group 'A' more than once.*")
            .And.ParamName.Should().Be("groups");
    }

    [Fact]
    public void FirstMatching_NoGroupFits_NamesEveryGroup_UnlessThereIsAnOtherwise()
    {
        KeyValuePair<string, Func<Hospital, bool>>[] groups = [new("三级", h => h.Rating?.Level == HospitalLevel.Tertiary), new("二级", h => h.Rating?.Level == HospitalLevel.Secondary)];

        FluentActions.Invoking(() => PeerGroups.FirstMatching(groups, otherwise: " ")(Unstated))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("丁医院 belongs to none of the peer groups 三级, 二级.*")
            .And.ParamName.Should().Be("hospital");
        PeerGroups.FirstMatching(groups, otherwise: "  其他  ")(Unstated).Should().Be("其他");
        PeerGroups.FirstMatching(groups)(SecondaryGeneral).Should().Be("二级");
        FluentActions.Invoking(() => PeerGroups.FirstMatching(groups)(null!)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("hospital");
    }

    [Fact]
    public void Member_NullArgument_IsRejected()
    {
        var evaluation = new IndicatorCalculator(IndicatorEditions.NationalTertiary2020)
            .Evaluate(MetricSet.CreateBuilder(MetricCatalogue.Standard, "乙医院", ReportingPeriod.Year(2023)).Set("surgeries", 1000).Build());

        FluentActions.Invoking(() => PeerGroups.Member(null!, evaluation, PeerGroups.ByLevel)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("hospital");
        FluentActions.Invoking(() => PeerGroups.Member(TertiaryGeneral, null!, PeerGroups.ByLevel)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("evaluation");
        FluentActions.Invoking(() => PeerGroups.Member(TertiaryGeneral, evaluation, null!)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("peerGroupOf");
        PeerGroups.Member(TertiaryGeneral, evaluation, PeerGroups.ByCategoryAndLevel).ToString().Should().Be("乙医院 (A100 综合医院 · 三级)");
    }
}
