using System.Text.Json;
using HospitalDomain.Assessments;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Assessments;

public sealed class AssessmentTests
{
    [Fact]
    public void Constructor_LiftedOrCostIndicatorWithoutPoints_IsRejected()
    {
        const string Json = """{"entity":"H0001","peerGroup":"综合-三级","total":1,"grade":"A","rank":1,"peerCount":1,"lifted":["level4SurgeryShare"]}""";

        FluentActions.Invoking(() => new Assessment("H0001", "综合-三级", 1m, "A", 1, 1, lifted: ["level4SurgeryShare"]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("lifted names 'level4SurgeryShare', which has no points in the assessment. (Parameter 'lifted')");
        FluentActions.Invoking(() => new Assessment("H0001", "综合-三级", 1m, "A", 1, 1, cost: ["level4SurgeryShare"]))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("cost");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Assessment>(Json, JsonAssert.Options))
            .Should().ThrowExactly<JsonException>().WithMessage("Invalid Assessment: lifted names 'level4SurgeryShare', which has no points in the assessment. (Parameter 'lifted')");
    }

    private static readonly IndicatorPoints[] Scores =
    [
        new IndicatorPoints("level4SurgeryShare", "医疗质量", 10, 7.5m),
        new IndicatorPoints("surgicalComplicationRate", "医疗质量", 10, 2.5m),
        new IndicatorPoints("level4SurgeryShare", "医疗质量", 10, 1m),
    ];

    private static Assessment With(decimal total = 42.345m, string grade = "A", decimal? previousTotal = null, string? previousGrade = null) =>
        new("H0001", "综合-三级", total, grade, 2, 5, Scores, [new DimensionTotal("医疗质量", 10, 20)], ["level4SurgeryShare", "surgicalComplicationRate"], ["surgicalComplicationRate"], previousTotal, previousGrade);

    [Theory]
    [InlineData(" ", "综合-三级", "A", "entity")]
    [InlineData("H0001", "", "A", "peerGroup")]
    [InlineData("H0001", "综合-三级", "\t", "grade")]
    public void Constructor_BlankText_IsRejected(string entity, string peerGroup, string grade, string param)
    {
        FluentActions.Invoking(() => new Assessment(entity, peerGroup, 1, grade, 1, 1))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage($"{param} must not be empty or white space.*")
            .And.ParamName.Should().Be(param);
    }

    [Fact]
    public void Constructor_NegativeTotal_IsRejected()
    {
        FluentActions.Invoking(() => new Assessment("H0001", "G", -1, "A", 1, 1))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("total must be non-negative, was -1.*")
            .And.ParamName.Should().Be("total");
    }

    [Fact]
    public void Constructor_NegativePreviousTotal_IsRejected()
    {
        FluentActions.Invoking(() => new Assessment("H0001", "G", 1, "A", 1, 1, previousTotal: -0.5m))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("previousTotal must be non-negative, was -0.5.*")
            .And.ParamName.Should().Be("previousTotal");
    }

    [Fact]
    public void Constructor_DefaultPoints_AreRejected()
    {
        FluentActions.Invoking(() => new Assessment("H0001", "G", 1, "A", 1, 1, points: [Scores[0], default]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("points must not contain a default IndicatorPoints.*")
            .And.ParamName.Should().Be("points");
    }

    [Fact]
    public void Constructor_NullDimensionTotal_IsRejected()
    {
        FluentActions.Invoking(() => new Assessment("H0001", "G", 1, "A", 1, 1, dimensions: [null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("dimensions must not contain null.*")
            .And.ParamName.Should().Be("dimensions");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Constructor_BlankLiftedOrCostCode_IsRejected(bool lifted)
    {
        var param = lifted ? "lifted" : "cost";

        FluentActions.Invoking(() => new Assessment("H0001", "G", 1, "A", 1, 1, Scores, lifted: lifted ? [" "] : null, cost: lifted ? null : [" "]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage($"{param} must not be empty or white space.*")
            .And.ParamName.Should().Be(param);
    }

    [Fact]
    public void Constructor_CostIndicatorWithoutPoints_IsRejectedNamingIt()
    {
        FluentActions.Invoking(() => new Assessment("H0001", "G", 1, "A", 1, 1, Scores, cost: ["nosuch"]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("cost names 'nosuch', which has no points in the assessment.*");
    }

    [Theory]
    [InlineData(" B ", "B")]
    [InlineData(" ", null)]
    [InlineData(null, null)]
    public void Constructor_PreviousGrade_IsTrimmedOrNone(string? previousGrade, string? expected) =>
        With(previousTotal: 0, previousGrade: previousGrade).PreviousGrade.Should().Be(expected);

    [Fact]
    public void Constructor_KeepsWhatItIsGiven()
    {
        var assessment = With(previousTotal: 0);

        assessment.Entity.Should().Be("H0001");
        assessment.PeerGroup.Should().Be("综合-三级");
        assessment.Total.Should().Be(42.345m);
        assessment.Grade.Should().Be("A");
        assessment.Rank.Should().Be(2);
        assessment.PeerCount.Should().Be(5);
        assessment.Points.Should().Equal(Scores);
        assessment.Dimensions.Should().Equal(new DimensionTotal("医疗质量", 10, 20));
        assessment.Lifted.Should().Equal("level4SurgeryShare", "surgicalComplicationRate");
        assessment.Cost.Should().Equal("surgicalComplicationRate");
        assessment.PreviousTotal.Should().Be(0m);
    }

    [Fact]
    public void Explain_WithoutAPreviousAssessment_NamesTheTotalTheRankAndTheMovers() =>
        With().Explain().Should().Be("H0001: 42.35 points, grade A, rank 2 of 5; lifted by level4SurgeryShare +7.5, surgicalComplicationRate +2.5; cost by surgicalComplicationRate −7.5");

    [Fact]
    public void Explain_NothingLiftedOrCost_LeavesTheListsEmpty() =>
        new Assessment("H0001", "G", 0, "D", 1, 1).Explain().Should().Be("H0001: 0 points, grade D, rank 1 of 1; lifted by ; cost by ");

    [Theory]
    [InlineData("40", "B", "; +2.35 on the previous assessment (B → A)")]
    [InlineData("42.345", "A", "; +0 on the previous assessment")]
    [InlineData("50.5", "A", "; −8.16 on the previous assessment")]
    [InlineData("50.5", null, "; −8.16 on the previous assessment")]
    public void Explain_WithAPreviousAssessment_GivesTheChangeAndAnyChangeOfGrade(string previousTotal, string? previousGrade, string ending) =>
        With(previousTotal: decimal.Parse(previousTotal, System.Globalization.CultureInfo.InvariantCulture), previousGrade: previousGrade).Explain().Should().EndWith("surgicalComplicationRate −7.5" + ending);

    [Fact]
    public void ToString_IsTheExplanation() =>
        With(total: 3, grade: "C", previousTotal: 4, previousGrade: "B").ToString().Should().Be("H0001: 3 points, grade C, rank 2 of 5; lifted by level4SurgeryShare +7.5, surgicalComplicationRate +2.5; cost by surgicalComplicationRate −7.5; −1 on the previous assessment (B → C)");
}
