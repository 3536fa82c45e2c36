using HospitalDomain.Assessments;
using HospitalDomain.Indicators;

namespace HospitalDomain.Tests.Assessments;

public sealed class AssessmentSchemesTests
{
    [Fact]
    public void Illustrative2020_GradesBySharesOfTheCohort()
    {
        var scheme = AssessmentSchemes.Illustrative2020;

        scheme.Id.Should().Be("illustrative-tertiary-2020");
        scheme.Title.Should().Be("示例评分方案（非官方）: percentile ranks, ▲ weighted double, grades by share");
        scheme.EditionId.Should().Be(IndicatorEditions.NationalTertiary2020.Id);
        scheme.GradeMode.Should().Be(GradeBandMode.Share);
        scheme.MissingData.Should().Be(MissingDataRule.Renormalise);
        scheme.DimensionWeights.Should().BeEmpty();
        scheme.Illustrative.Should().BeTrue("its weights and cut-offs are made up");
        scheme.GradeBands.Select(b => b.ToString()).Should().Equal("A++ ≥ 1", "A+ ≥ 5", "A ≥ 14", "B++ ≥ 20", "B+ ≥ 20", "B ≥ 20", "C ≥ 15", "D ≥ 5");
        AssessmentSchemes.Illustrative2020.Should().BeSameAs(scheme);
    }

    [Fact]
    public void Illustrative2020_WeighsNationallyMonitoredIndicatorsDouble_AndScoresQualitativeOnesByAnswer()
    {
        var scheme = AssessmentSchemes.Illustrative2020;
        var entries = IndicatorEditions.NationalTertiary2020.Entries;

        scheme.Rules.Select(r => r.IndicatorCode).Should().Equal(entries.Select(e => e.Code));
        scheme.Rules.Select(r => r.Weight).Should().Equal(entries.Select(e => e.NationallyMonitored ? 2m : 1m));
        scheme.Rules.Select(r => r.Weight).Distinct().Should().BeEquivalentTo([1m, 2m]);
        scheme.Rules.Single(r => r.IndicatorCode == "chiefAccountant").Method.Should().Be(ScoringMethod.Qualitative);
        scheme.Rules.Single(r => r.IndicatorCode == "level4SurgeryShare").Method.Should().Be(ScoringMethod.PercentileRank);
    }
}
