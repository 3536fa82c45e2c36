using System.Text.Json;
using HospitalDomain.Assessments;
using HospitalDomain.Indicators;

namespace HospitalDomain.Tests.Assessments;

public sealed class AssessmentSchemeTests
{
    // Two higher/lower-is-better indicators in 医疗质量, a monitor-only one and a qualitative one in 运营效率.
    internal static readonly IndicatorEdition Edition = new(
        "test", "测试", 2024, "tests", "tests", SourceStatus.Unconfirmed,
        [
            new IndicatorEntry("1", IndicatorEditions.NationalTertiary2020["level4SurgeryShare"].Definition, "医疗质量"),
            new IndicatorEntry("2", IndicatorEditions.NationalTertiary2020["surgicalComplicationRate"].Definition, "医疗质量"),
            new IndicatorEntry("3", IndicatorEditions.NationalTertiary2020["outpatientToDischargeRatio"].Definition, "运营效率"),
            new IndicatorEntry("4", IndicatorEditions.NationalTertiary2020["chiefAccountant"].Definition, "运营效率"),
        ]);

    private static readonly IndicatorScoring Rule = new("level4SurgeryShare", 10, ScoringMethod.PercentileRank);

    private static readonly GradeBand[] Bands = [new GradeBand("A", 20), new GradeBand("B", 10)];

    private static AssessmentScheme With(IEnumerable<IndicatorScoring>? rules = null, IEnumerable<GradeBand>? bands = null, GradeBandMode mode = GradeBandMode.Threshold, IEnumerable<DimensionWeight>? dimensionWeights = null) =>
        new("s", "scheme", "test", rules ?? [Rule], bands ?? Bands, mode, dimensionWeights: dimensionWeights);

    [Theory]
    [InlineData(" ", "scheme", "test", "id")]
    [InlineData("s", "", "test", "title")]
    [InlineData("s", "scheme", "\t", "editionId")]
    public void Constructor_BlankText_IsRejectedNamingIt(string id, string title, string editionId, string param)
    {
        FluentActions.Invoking(() => new AssessmentScheme(id, title, editionId, [Rule], Bands))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage($"{param} must not be empty or white space.*")
            .And.ParamName.Should().Be(param);
    }

    [Fact]
    public void Constructor_NullRule_IsRejected()
    {
        FluentActions.Invoking(() => With(rules: [Rule, null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("rules must not contain null.*")
            .And.ParamName.Should().Be("rules");
    }

    [Fact]
    public void Constructor_NullGradeBand_IsRejected()
    {
        FluentActions.Invoking(() => With(bands: [new GradeBand("A", 0), null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("gradeBands must not contain null.*")
            .And.ParamName.Should().Be("gradeBands");
    }

    [Fact]
    public void Constructor_NullDimensionWeight_IsRejected()
    {
        FluentActions.Invoking(() => With(dimensionWeights: [new DimensionWeight("医疗质量", 60), null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("dimensionWeights must not contain null.*")
            .And.ParamName.Should().Be("dimensionWeights");
    }

    [Fact]
    public void Constructor_RepeatedDimensionWeight_IsRejected()
    {
        FluentActions.Invoking(() => With(dimensionWeights: [new DimensionWeight("医疗质量", 60), new DimensionWeight("医疗质量", 40)]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("dimensionWeights contains the dimension '医疗质量' more than once.*")
            .And.ParamName.Should().Be("dimensionWeights");
    }

    [Fact]
    public void Constructor_NoRules_IsRejected()
    {
        FluentActions.Invoking(() => new AssessmentScheme("s", "scheme", "test", null, Bands))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("rules must score at least one indicator.*")
            .And.ParamName.Should().Be("rules");
    }

    [Fact]
    public void Constructor_RuleRepeatingAnIndicator_IsRejected()
    {
        FluentActions.Invoking(() => With(rules: [Rule, new IndicatorScoring("level4SurgeryShare", 5, ScoringMethod.PercentileRank)]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("rules contains the indicator 'level4SurgeryShare' more than once.*")
            .And.ParamName.Should().Be("rules");
    }

    [Fact]
    public void Constructor_NoGradeBands_IsRejected()
    {
        FluentActions.Invoking(() => With(bands: []))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("gradeBands must define at least one grade.*")
            .And.ParamName.Should().Be("gradeBands");
    }

    [Fact]
    public void Constructor_RepeatedGrade_IsRejected()
    {
        FluentActions.Invoking(() => With(bands: [new GradeBand("A", 20), new GradeBand("A", 10)]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("gradeBands contains the grade 'A' more than once.*")
            .And.ParamName.Should().Be("gradeBands");
    }

    [Fact]
    public void Constructor_ThresholdBandsWithEqualBounds_AreRejected()
    {
        FluentActions.Invoking(() => With(bands: [new GradeBand("A", 20), new GradeBand("B", 10), new GradeBand("C", 10)]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("gradeBands must have falling minimum scores, but C (10) is not below B (10).*")
            .And.ParamName.Should().Be("gradeBands");
    }

    [Fact]
    public void Constructor_ThresholdBandsJustFalling_AreAccepted() =>
        With(bands: [new GradeBand("A", 20), new GradeBand("B", 19.99m), new GradeBand("C", 0)]).GradeBands.Select(b => b.Grade).Should().Equal("A", "B", "C");

    [Fact]
    public void Constructor_ShareBandsRising_AreAccepted()
    {
        var scheme = With(bands: [new GradeBand("A", 10), new GradeBand("B", 30), new GradeBand("C", 60)], mode: GradeBandMode.Share);

        scheme.GradeMode.Should().Be(GradeBandMode.Share);
        scheme.GradeBands.Select(b => b.Bound).Should().Equal(10m, 30m, 60m);
    }

    [Fact]
    public void Constructor_SharesOfExactlyAHundred_AreAccepted() =>
        With(bands: [new GradeBand("A", 40), new GradeBand("B", 60)], mode: GradeBandMode.Share).GradeBands.Should().HaveCount(2);

    [Fact]
    public void Constructor_SharesJustOverAHundred_AreRejectedWithTheirSum()
    {
        FluentActions.Invoking(() => With(bands: [new GradeBand("A", 40), new GradeBand("B", 60.01m)], mode: GradeBandMode.Share))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("gradeBands shares must not add up to more than 100%, was 100.01.*")
            .And.ParamName.Should().Be("gradeBands");
    }

    [Fact]
    public void Constructor_SharesBeyondDecimal_SaySo()
    {
        FluentActions.Invoking(() => With(bands: [new GradeBand("A", decimal.MaxValue), new GradeBand("B", decimal.MaxValue)], mode: GradeBandMode.Share))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("gradeBands shares must not add up to more than 100%, was beyond the decimal range.*")
            .And.ParamName.Should().Be("gradeBands");
    }

    [Fact]
    public void Constructor_UndefinedGradeMode_IsRejected()
    {
        FluentActions.Invoking(() => With(mode: (GradeBandMode)7))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("gradeMode must be one of Threshold, Share, was 7.*")
            .And.ParamName.Should().Be("gradeMode");
    }

    [Fact]
    public void Constructor_UndefinedMissingDataRule_IsRejected()
    {
        FluentActions.Invoking(() => new AssessmentScheme("s", "scheme", "test", [Rule], Bands, missingData: (MissingDataRule)7))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("missingData must be one of Renormalise, Zero, was 7.*")
            .And.ParamName.Should().Be("missingData");
    }

    [Fact]
    public void Constructor_KeepsWhatItIsGiven()
    {
        var scheme = new AssessmentScheme("s", "scheme", "test", [Rule], Bands, GradeBandMode.Threshold, MissingDataRule.Zero, illustrative: false, [new DimensionWeight("医疗质量", 60)]);

        scheme.Id.Should().Be("s");
        scheme.Title.Should().Be("scheme");
        scheme.EditionId.Should().Be("test");
        scheme.MissingData.Should().Be(MissingDataRule.Zero);
        scheme.Illustrative.Should().BeFalse();
        scheme.DimensionWeights.Should().Equal(new DimensionWeight("医疗质量", 60));
        With().Illustrative.Should().BeTrue();
    }

    [Fact]
    public void ToString_IsTheIdAndTheTitle() => With().ToString().Should().Be("s: scheme");

    [Fact]
    public void Equals_SameContent_IsEqual_AndADifferentBandIsNot()
    {
        With().Should().Be(With());
        With().GetHashCode().Should().Be(With().GetHashCode());
        With().Should().NotBe(With(bands: [new GradeBand("A", 20), new GradeBand("B", 11)]));
    }

    [Fact]
    public void CheckAgainst_NullEdition_IsRejected()
    {
        FluentActions.Invoking(() => With().CheckAgainst(null!))
            .Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("edition");
    }

    [Fact]
    public void CheckAgainst_UnknownIndicator_NamesItAndTheEdition()
    {
        FluentActions.Invoking(() => With(rules: [new IndicatorScoring("nosuch", 1, ScoringMethod.PercentileRank)]).CheckAgainst(Edition))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("the scheme s scores 'nosuch', which is not an indicator of the edition test.*")
            .And.ParamName.Should().Be("edition");
    }

    [Fact]
    public void CheckAgainst_QualitativeIndicatorScoredByRank_IsRejected()
    {
        FluentActions.Invoking(() => With(rules: [new IndicatorScoring("chiefAccountant", 5, ScoringMethod.PercentileRank)]).CheckAgainst(Edition))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("the scheme s scores chiefAccountant (Qualitative) with the method PercentileRank; qualitative and composite indicators, and only they, take the Qualitative method.*")
            .And.ParamName.Should().Be("edition");
    }

    [Fact]
    public void CheckAgainst_RatioScoredQualitatively_IsRejected()
    {
        FluentActions.Invoking(() => With(rules: [new IndicatorScoring("level4SurgeryShare", 5, ScoringMethod.Qualitative)]).CheckAgainst(Edition))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("the scheme s scores level4SurgeryShare (Ratio) with the method Qualitative; *");
    }

    [Fact]
    public void Weigh_MonitorOnlyScoresNothing_UnlessTheRuleSaysSo()
    {
        var scheme = With(rules:
        [
            new IndicatorScoring("outpatientToDischargeRatio", 5, ScoringMethod.PercentileRank),
            new IndicatorScoring("level4SurgeryShare", 10, ScoringMethod.PercentileRank, dimension: "技术"),
            new IndicatorScoring("chiefAccountant", 3, ScoringMethod.Qualitative),
        ]);
        var forced = With(rules: [new IndicatorScoring("outpatientToDischargeRatio", 5, ScoringMethod.PercentileRank, scoreMonitorOnly: true)]);

        scheme.Weigh(Edition).Should().Equal(
            new AssessmentScheme.ScoredRule(2, "运营效率", 0m),
            new AssessmentScheme.ScoredRule(0, "技术", 10m),
            new AssessmentScheme.ScoredRule(3, "运营效率", 3m));
        forced.Weigh(Edition).Should().Equal(new AssessmentScheme.ScoredRule(2, "运营效率", 5m));
    }

    [Fact]
    public void Weigh_DimensionWeights_GiveEachScoredRuleItsShare()
    {
        var scheme = With(
            rules:
            [
                new IndicatorScoring("level4SurgeryShare", 10, ScoringMethod.PercentileRank),
                new IndicatorScoring("surgicalComplicationRate", 30, ScoringMethod.PercentileRank),
                new IndicatorScoring("outpatientToDischargeRatio", 5, ScoringMethod.PercentileRank),
                new IndicatorScoring("chiefAccountant", 5, ScoringMethod.Qualitative),
            ],
            dimensionWeights: [new DimensionWeight("运营效率", 40), new DimensionWeight("医疗质量", 60)]);

        scheme.Weigh(Edition).Select(w => w.Weight).Should().Equal(15m, 45m, 0m, 40m);
    }

    [Fact]
    public void Weigh_DimensionWeightForAnUnscoredDimension_IsRejected()
    {
        FluentActions.Invoking(() => With(dimensionWeights: [new DimensionWeight("医疗质量", 60), new DimensionWeight("满意度评价", 10)]).CheckAgainst(Edition))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("the scheme s weighs the dimension '满意度评价', which none of its rules scores.*")
            .And.ParamName.Should().Be("edition");
    }

    [Fact]
    public void Weigh_RuleInADimensionWithoutWeight_IsRejected()
    {
        var scheme = With(rules: [Rule, new IndicatorScoring("chiefAccountant", 5, ScoringMethod.Qualitative)], dimensionWeights: [new DimensionWeight("医疗质量", 60)]);

        FluentActions.Invoking(() => scheme.CheckAgainst(Edition))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("the scheme s weighs dimensions but not '运营效率', which chiefAccountant counts towards.*")
            .And.ParamName.Should().Be("edition");
    }

    [Fact]
    public void Weigh_WeightedDimensionWithNothingScored_IsRejected()
    {
        var scheme = With(rules: [Rule, new IndicatorScoring("outpatientToDischargeRatio", 5, ScoringMethod.PercentileRank)], dimensionWeights: [new DimensionWeight("医疗质量", 60), new DimensionWeight("运营效率", 40)]);

        FluentActions.Invoking(() => scheme.CheckAgainst(Edition))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("the scheme s gives the dimension '运营效率' 40 points, but none of its indicators is scored.*")
            .And.ParamName.Should().Be("edition");
    }

    [Fact]
    public void Load_Null_IsRejected()
    {
        FluentActions.Invoking(() => AssessmentScheme.Load(null!))
            .Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("json");
    }

    [Fact]
    public void Load_SchemeOfAnEditionNotShipped_IsNotChecked()
    {
        var scheme = AssessmentScheme.Load("""{"id":"s","title":"t","editionId":"elsewhere","rules":[{"indicatorCode":"level4SurgeryShare","weight":1,"method":"qualitative"}],"gradeBands":[{"grade":"A","bound":0}]}""");

        scheme.EditionId.Should().Be("elsewhere");
        scheme.Rules.Single().Method.Should().Be(ScoringMethod.Qualitative);
    }

    [Fact]
    public void Load_InvalidScheme_NamesTheProblem()
    {
        FluentActions.Invoking(() => AssessmentScheme.Load("""{"id":"s","title":"t","editionId":"elsewhere","rules":[],"gradeBands":[{"grade":"A","bound":0}]}"""))
            .Should().ThrowExactly<JsonException>().WithMessage("*rules must score at least one indicator.*");
    }
}
