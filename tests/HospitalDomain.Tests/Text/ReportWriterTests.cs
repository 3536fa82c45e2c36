using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HospitalDomain.Governance;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Tests.TestHelpers;
using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

[UseCulture("de-DE")]
public sealed class ReportWriterTests
{
    private static MetricSet Year(int year, long visits, long discharges, long surgeries, long level4, long daySurgeries, long bedDays, long occupied = 0, long open = 0) =>
        MetricSet.CreateBuilder(MetricCatalogue.Standard, "示例医院", ReportingPeriod.Year(year))
            .Set("outpatientEmergencyVisits", visits).Set("discharges", discharges).Set("surgeries", surgeries).Set("level4Surgeries", level4)
            .Set("daySurgeries", daySurgeries).Set("dischargedPatientBedDays", bedDays).Set("occupiedBedDays", occupied).Set("openBedDays", open)
            .Build();

    [Fact]
    public void Write_AYearAgainstThePrevious_UsesTheReportsWordsAndPrecision()
    {
        var current = Year(2021, 2_607_200, 159_500, 95_700, 37_438, 3_407, 1_244_100, 980, 1000);
        var previous = Year(2020, 2_203_600, 159_000, 80_919, 22_657, 1_200, 1_319_700, 882, 1000);

        ReportWriter.Write(current, previous).Should().Be(
            "门急诊人次260.72万人次，同比增长18.32%；出院人次15.95万人次，同比增长0.31%；出院患者手术台次9.57万台次，同比增长18.27%；"
            + "出院患者四级手术比例39.12%，同比提高11.12个百分点；日间手术台次3407台次，同比增长1.84倍；平均住院日7.8天，同比缩短0.5天；"
            + "病床使用率98.00%，同比提高9.80个百分点。");
    }

    [Fact]
    public void Write_UnchangedFigures_ArePersistentlyFlat()
    {
        var year = Year(2021, 10_000, 1_000, 500, 100, 10, 8_000);
        var same = Year(2020, 10_000, 1_000, 500, 100, 10, 8_000);

        ReportWriter.Write(year, same, "较上年同期").Should().StartWith("门急诊人次1.00万人次，较上年同期持平；");
        ReportWriter.Figures(year, same).Should().OnlyContain(f => f.Change!.Direction == ChangeDirection.Flat);
    }

    [Fact]
    public void Write_NoPreviousYear_WritesValuesOnly() =>
        ReportWriter.Write(Year(2021, 9_999, 10, 5, 1, 0, 80)).Should().Be(
            "门急诊人次9999人次；出院人次10人次；出院患者手术台次5台次；出院患者四级手术比例20.00%；日间手术台次0台次；平均住院日8.0天。");

    [Fact]
    public void Write_NothingToWrite_IsEmpty()
    {
        var empty = MetricSet.CreateBuilder(MetricCatalogue.Standard, "示例医院", ReportingPeriod.Year(2021)).Build();

        ReportWriter.Write(empty).Should().BeEmpty();
        ReportWriter.Figures(empty).Should().BeEmpty();
    }

    [Fact]
    public void Write_Falls_UseTheWordsForDownAndLonger() =>
        ReportWriter.Write(Year(2021, 9_000, 1_000, 500, 50, 10, 9_000), Year(2020, 10_000, 1_000, 500, 100, 10, 8_000)).Should().Be(
            "门急诊人次9000人次，同比下降10.00%；出院人次1000人次，同比持平；出院患者手术台次500台次，同比持平；"
            + "出院患者四级手术比例10.00%，同比降低10.00个百分点；日间手术台次10台次，同比持平；平均住院日9.0天，同比延长1.0天。");

    [Fact]
    public void Write_NothingTheYearBefore_StatesNoChange() =>
        ReportWriter.Write(Year(2021, 10, 10, 5, 1, 0, 80), Year(2020, 0, 10, 5, 1, 0, 80)).Should().Be(
            "门急诊人次10人次；出院人次10人次，同比持平；出院患者手术台次5台次，同比持平；出院患者四级手术比例20.00%，同比持平；日间手术台次0台次；平均住院日8.0天，同比持平。");

    [Theory]
    [InlineData(20_000, "门急诊人次2.00万人次，同比增长1.00倍；")]
    [InlineData(19_999, "门急诊人次2.00万人次，同比增长99.99%；")]
    [InlineData(30_500, "门急诊人次3.05万人次，同比增长2.05倍；")]
    public void Write_DoubledOrMore_IsWrittenAsTimes(long visits, string expected) =>
        ReportWriter.Write(Year(2021, visits, 1, 1, 0, 0, 1), Year(2020, 10_000, 1, 1, 0, 0, 1)).Should().StartWith(expected);

    [Fact]
    public void Figures_DoubledExactly_IsAChangeOfOneTime() =>
        ReportWriter.Figures(Year(2021, 20_000, 1, 1, 0, 0, 1), Year(2020, 10_000, 1, 1, 0, 0, 1))[0].Change
            .Should().Be(new StatedChange(ChangeDirection.Up, 1m, "倍", "同比"));

    [Theory]
    [InlineData(10_000, "门急诊人次1.00万人次；")]
    [InlineData(99_999_999, "门急诊人次10000.00万人次；")]
    [InlineData(100_000_000, "门急诊人次1.00亿人次；")]
    [InlineData(123_456_789, "门急诊人次1.23亿人次；")]
    public void Write_LargeCounts_AreScaledToWanAndYi(long visits, string expected) =>
        ReportWriter.Write(Year(2021, visits, 1, 1, 0, 0, 1)).Should().StartWith(expected);

    [Fact]
    public void Write_BadArguments_AreRejected()
    {
        var year = Year(2021, 10, 10, 5, 1, 0, 80);
        var province = new MetricCatalogue("province", "省级扩展", MetricCatalogue.Standard.Metrics);
        var elsewhere = MetricSet.CreateBuilder(province, "示例医院", ReportingPeriod.Year(2020)).Build();

        FluentActions.Invoking(() => ReportWriter.Write(null!)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("current");
        FluentActions.Invoking(() => ReportWriter.Figures(year, null, " "))
            .Should().ThrowExactly<ArgumentException>().WithMessage("basis must not be empty or white space.*").And.ParamName.Should().Be("basis");
        FluentActions.Invoking(() => ReportWriter.Write(year, elsewhere))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage($"previous must use the catalogue of current ('{MetricCatalogue.Standard.Id}'), was 'province'.*")
            .And.ParamName.Should().Be("previous");
    }

    [Fact]
    public void Write_RatiosWithoutAUnit_AreLeftOut_AndMoneyAndTimesKeepTwoDecimals()
    {
        var year = MetricSet.CreateBuilder(MetricCatalogue.Standard, "示例医院", ReportingPeriod.Year(2021))
            .Set("discharges", 1_000).Set("averageOpenBeds", 300).Set("registeredNurses", 300).Set("physicians", 100).Set("openBeds", 200)
            .Set("outpatientRevenue", 3_124_560).Set("outpatientVisits", 10_000)
            .Build();
        var dearer = MetricSet.CreateBuilder(MetricCatalogue.Standard, "示例医院", ReportingPeriod.Year(2021))
            .Set("outpatientRevenue", 123_456_000).Set("outpatientVisits", 10_000)
            .Build();

        ReportWriter.Write(year).Should().Be("出院人次1000人次；病床周转次数3.33次；门诊次均费用312.46元。");
        ReportWriter.Write(dearer).Should().Be("门诊次均费用1.23万元。");
    }

    [Fact]
    public void AverageLengthOfStay_Falling_IsAnImprovementWhereverItIsJudged()
    {
        foreach (var edition in IndicatorEditions.All)
        {
            if (edition.TryGet("averageLengthOfStay", out var entry))
            {
                Change.Between(8.3m, 7.8m, direction: entry.Definition.Direction, unit: Unit.Days).Assessment.Should().BeOneOf(
                    [ChangeAssessment.Improved, ChangeAssessment.NotJudged], $"{edition.Id} never calls a shorter stay a worsening");
            }
        }

        IndicatorEditions.Operations["averageLengthOfStay"].Definition.Direction.Should().Be(IndicatorDirection.LowerIsBetter, "the operations edition judges it, as the seed reports do");
        ReportWriter.Write(Year(2021, 1, 100, 1, 0, 0, 780), Year(2020, 1, 100, 1, 0, 0, 830)).Should().Contain("平均住院日7.8天，同比缩短0.5天");
    }

    /// <summary>What the writer writes, the reader reads back: the same values, units and changes, figure by figure.</summary>
    [Property(MaxTest = 200)]
    public Property WriteThenRead_GivesTheWrittenFigures() =>
        Prop.ForAll(YearPair().ToArbitrary(), pair =>
        {
            var written = ReportWriter.Figures(pair.Current, pair.Previous);
            var read = ReportReader.Read(ReportWriter.Write(pair.Current, pair.Previous)).Figures.Select(f => f.Figure).ToList();

            read.Select(f => (f.Value, f.Unit, f.Change)).Should().Equal(written.Select(f => (f.Value, f.Unit, f.Change)));
            read.Select(f => f.Label).Should().Equal(written.Select(f => f.Label));
        });

    private static Gen<(MetricSet Current, MetricSet Previous)> YearPair() =>
        from visits in Gen.Choose(0, 4_000_000)
        from discharges in Gen.Choose(1, 200_000)
        from surgeries in Gen.Choose(1, 100_000)
        from level4Share in Gen.Choose(0, 100)
        from days in Gen.Choose(0, 300_000)
        from stay in Gen.Choose(30, 200)
        from previousVisits in Gen.Choose(0, 4_000_000)
        from previousDischarges in Gen.Choose(1, 200_000)
        from previousSurgeries in Gen.Choose(1, 100_000)
        from previousShare in Gen.Choose(0, 100)
        from previousStay in Gen.Choose(30, 200)
        select (
            Year(2021, visits, discharges, surgeries, surgeries * level4Share / 100, days, (long)discharges * stay / 10),
            Year(2020, previousVisits, previousDischarges, previousSurgeries, previousSurgeries * previousShare / 100, days / 2, (long)previousDischarges * previousStay / 10));
}
