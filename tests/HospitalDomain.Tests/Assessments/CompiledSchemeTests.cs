using HospitalDomain.Assessments;

namespace HospitalDomain.Tests.Assessments;

public sealed class CompiledSchemeTests
{
    private static AssessmentScheme Scheme(MissingDataRule missing = MissingDataRule.Renormalise, IEnumerable<DimensionWeight>? dimensionWeights = null) => new(
        "s", "scheme", "test",
        [
            new IndicatorScoring("level4SurgeryShare", 10, ScoringMethod.PercentileRank),
            new IndicatorScoring("chiefAccountant", 5, ScoringMethod.Qualitative),
            new IndicatorScoring("surgicalComplicationRate", 2.5m, ScoringMethod.PercentileRank),
        ],
        [new GradeBand("A", 0)],
        missingData: missing,
        dimensionWeights: dimensionWeights);

    [Fact]
    public void Constructor_LaysTheRulesOutInRuleOrder()
    {
        var compiled = new CompiledScheme(Scheme(), AssessmentSchemeTests.Edition);

        compiled.Dimensions.Should().Equal("医疗质量", "运营效率");
        compiled.Codes.Should().Equal("level4SurgeryShare", "chiefAccountant", "surgicalComplicationRate");
        compiled.RuleDimensions.Should().Equal("医疗质量", "运营效率", "医疗质量");
        compiled.Entries.Should().Equal(0, 3, 1);
        compiled.Rules.Select(r => r.DimensionIndex).Should().Equal(0, 1, 0);
        compiled.Rules.Select(r => r.LowerIsBetter).Should().Equal(false, false, true);
        compiled.Weights.Should().Equal(10m, 5m, 2.5m);
        compiled.DimensionWeights.Should().Equal(12.5m, 5m);
        compiled.WeightTotal.Should().Be(17.5m);
        compiled.FixedWeights.Should().Equal(100_000_000_000L, 50_000_000_000L, 25_000_000_000L);
        compiled.Renormalise.Should().BeTrue();
    }

    [Fact]
    public void Constructor_ZeroForMissingData_DoesNotRenormalise() =>
        new CompiledScheme(Scheme(MissingDataRule.Zero), AssessmentSchemeTests.Edition).Renormalise.Should().BeFalse();

    [Fact]
    public void Constructor_WeightWithoutAnExactFixedPointForm_HasNoFixedWeights()
    {
        // 医疗质量 worth 10 over weights 10 and 2.5: the level-4 share gets 8, the complication rate 2.
        // 运营效率 worth 1 ÷ 3 has no ten-billionth form.
        var compiled = new CompiledScheme(Scheme(dimensionWeights: [new DimensionWeight("医疗质量", 10), new DimensionWeight("运营效率", 1m / 3m)]), AssessmentSchemeTests.Edition);

        compiled.Weights[0].Should().Be(8m);
        compiled.Weights[2].Should().Be(2m);
        compiled.FixedWeights.Should().BeNull();
    }

    [Fact]
    public void CreateStore_HasAColumnPerRuleAndMember()
    {
        var compiled = new CompiledScheme(Scheme(), AssessmentSchemeTests.Edition);
        var cohort = Cohort.Of([], AssessmentSchemeTests.Edition, compiled.Entries);

        var store = compiled.CreateStore(cohort);

        store.MemberCount.Should().Be(0);
        store.FixedColumn.Should().BeEmpty();
        store.AllFixed.Should().BeTrue();
    }
}
