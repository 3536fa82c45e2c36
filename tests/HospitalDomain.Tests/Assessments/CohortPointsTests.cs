using HospitalDomain.Assessments;

namespace HospitalDomain.Tests.Assessments;

public sealed class CohortPointsTests
{
    [Theory]
    [InlineData("999999.9999999999", 9_999_999_999_999_999L)]
    [InlineData("-999999.9999999999", -9_999_999_999_999_999L)]
    [InlineData("0.0000000001", 1L)]
    [InlineData("0", 0L)]
    public void TryToFixed_ExactAndSmallEnough_GivesTenBillionths(string value, long expected)
    {
        CohortPoints.TryToFixed(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), out var result).Should().BeTrue();
        result.Should().Be(expected);
    }

    [Theory]
    [InlineData("1000000")]
    [InlineData("-1000000")]
    [InlineData("0.00000000001")]
    public void TryToFixed_TooLargeOrTooFine_Fails(string value)
    {
        CohortPoints.TryToFixed(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), out var result).Should().BeFalse();
        result.Should().Be(0L);
    }

    [Theory]
    [InlineData(15_000L, 4, "1.5")]
    [InlineData(-25L, 1, "-2.5")]
    [InlineData(100L, 2, "1")]
    [InlineData(0L, 6, "0")]
    [InlineData(7L, 6, "0.000007")]
    [InlineData(long.MinValue, 10, "-922337203.6854775808")]
    public void FromScaled_DividesAndDropsTrailingZeros(long scaled, byte scale, string expected) =>
        CohortPoints.FromScaled(scaled, scale).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected);

    private static CohortPoints Store()
    {
        var indicators = new HospitalDomain.Indicators.IndicatorCalculator(AssessmentSchemeTests.Edition);
        CohortMember Member(string entity, decimal level4) => new(entity, "G", indicators.Evaluate(
            HospitalDomain.Metrics.MetricSet.CreateBuilder(HospitalDomain.Metrics.MetricCatalogue.Standard, entity, ReportingPeriod.Year(2023)).Set("surgeries", 1000).Set("level4Surgeries", level4 * 10).Build()));

        // Two rules over two members: the level-4 share, then the complication rate nobody reports.
        var cohort = Cohort.Of([Member("B", 20), Member("A", 10)], AssessmentSchemeTests.Edition, [0, 1]);
        return new CohortPoints(["level4SurgeryShare", "surgicalComplicationRate"], ["医疗质量", "质量安全"], [10m, 5m], cohort);
    }

    [Fact]
    public void Cells_AreRuleMajor_OneRunOfMembersPerRule()
    {
        var store = Store();

        store.MemberCount.Should().Be(2);
        store.IndicatorCode(1).Should().Be("level4SurgeryShare");
        store.IndicatorCode(2).Should().Be("surgicalComplicationRate");
        store.Dimension(1).Should().Be("医疗质量");
        store.Dimension(3).Should().Be("质量安全");
        store.Weight(1).Should().Be(10m);
        store.Weight(2).Should().Be(5m);
        store.Value(0).Should().Be(10m);
        store.Value(1).Should().Be(20m);
    }

    [Fact]
    public void SetPoints_Exact_GoesToTheFixedColumn_OtherwiseToDecimals()
    {
        var store = Store();
        store.SetPoints(0, 2.5m);
        store.SetFixed(1, 75_000_000_000L);

        store.AllFixed.Should().BeTrue();
        store.Points(0).Should().Be(2.5m);
        store.Points(1).Should().Be(7.5m);
        (store.Flags(0) & PointsStore.Fixed).Should().Be(PointsStore.Fixed);

        store.SetPoints(0, 1m / 3m);

        store.AllFixed.Should().BeFalse();
        store.Points(0).Should().Be(1m / 3m);
        (store.Flags(0) & PointsStore.Fixed).Should().Be(0);
        store.Flags(0).Should().Be(PointsStore.HasValue | PointsStore.HasPercentile);
        store.Points(1).Should().Be(7.5m);

        store.SetPoints(0, 4m);

        store.Points(0).Should().Be(4m);
        store.AllFixed.Should().BeFalse();
    }

    [Fact]
    public void PercentileAndRank_AreReadWhereThereIsAPercentile()
    {
        var store = Store();
        store.PercentileColumn[0] = 12_500_000;
        store.RankColumn[0] = 2;
        store.RankColumn[2] = 1;

        store.Percentile(0).Should().Be(12.5m);
        store.Rank(0).Should().Be(2);
        store.Rank(2).Should().Be(0, "the complication rate is not reported, so there is no rank");
    }
}

