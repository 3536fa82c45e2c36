using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Indicators;

[UseCulture("de-DE")]
public sealed class ChangeTests
{
    [Fact]
    public void AverageLengthOfStay_HalfADayShorter_IsAnImprovement()
    {
        // A general hospital's 2021 report: ALOS 7.8 days, 0.5 days less than the year before.
        var change = Change.Between(8.3m, 7.8m, ChangeValueKind.Quantity, IndicatorDirection.LowerIsBetter, Unit.Days);

        change.Absolute.Should().Be(-0.5m);
        change.Assessment.Should().Be(ChangeAssessment.Improved);
        change.ToChineseAbsolute().Should().Be("较上年同期下降0.5天");
        change.ToChineseRelative().Should().Be("同比下降6.02%");
    }

    public static TheoryData<Change, string, string?> Renderings => new()
    {
        // Counts use 增加/减少: level-4 surgeries up by 14,781 on the year before.
        { Change.Between(22_657, 37_438, ChangeValueKind.Quantity, IndicatorDirection.HigherIsBetter, Unit.Operations), "较上年同期增加14781台次", "同比增长65.24%" },
        { Change.Between(3_000, 2_500, ChangeValueKind.Quantity, IndicatorDirection.MonitorOnly, Unit.PersonTimes), "较上年同期减少500人次", "同比下降16.67%" },
        // Percentages change in percentage points: day surgery share 12.5% → 14.2%.
        { Change.Between(12.5m, 14.2m, ChangeValueKind.Percentage, IndicatorDirection.HigherIsBetter), "较上年同期提高1.7个百分点", "同比增长13.6%" },
        { Change.Between(35.0m, 33.7m, ChangeValueKind.Percentage, IndicatorDirection.LowerIsBetter), "较上年同期降低1.3个百分点", "同比下降3.71%" },
        { Change.Between(100m, 100m), "与上年同期持平", "同比持平" },
        { Change.Between(0m, 5m, ChangeValueKind.Quantity, IndicatorDirection.HigherIsBetter, Unit.Items), "较上年同期增加5项", null },
        { Change.Between(-20m, -10m, ChangeValueKind.Quantity, IndicatorDirection.HigherIsBetter, Unit.TenThousandYuan), "较上年同期上升10万元", "同比增长50%" },
    };

    [Theory]
    [MemberData(nameof(Renderings))]
    public void ChineseRendering(Change change, string absolute, string? relative)
    {
        change.ToChineseAbsolute().Should().Be(absolute);
        change.ToChineseRelative().Should().Be(relative);
    }

    [Theory]
    [InlineData("10.05", "较上年同期上升0.1天")]
    [InlineData("10.04", "与上年同期持平")]
    [InlineData("9.95", "较上年同期下降0.1天")]
    public void Rounding_IsHalfAwayFromZero_AndARoundedZeroIsUnchanged(string current, string expected) =>
        Change.Between(10m, decimal.Parse(current, System.Globalization.CultureInfo.InvariantCulture), ChangeValueKind.Quantity, IndicatorDirection.MonitorOnly, Unit.Days)
            .ToChineseAbsolute().Should().Be(expected);

    [Theory]
    [InlineData(IndicatorDirection.HigherIsBetter, 1, ChangeAssessment.Improved)]
    [InlineData(IndicatorDirection.HigherIsBetter, -1, ChangeAssessment.Worsened)]
    [InlineData(IndicatorDirection.LowerIsBetter, 1, ChangeAssessment.Worsened)]
    [InlineData(IndicatorDirection.LowerIsBetter, -1, ChangeAssessment.Improved)]
    [InlineData(IndicatorDirection.MonitorOnly, 1, ChangeAssessment.NotJudged)]
    [InlineData(IndicatorDirection.HigherIsBetter, 0, ChangeAssessment.Unchanged)]
    public void Assessment_FollowsTheDirection(IndicatorDirection direction, int delta, ChangeAssessment expected) =>
        Change.Between(10, 10 + delta, direction: direction).Assessment.Should().Be(expected);

    [Fact]
    public void Relative_IsNullWhenPreviousIsZero()
    {
        Change.Between(0, 5).Relative.Should().BeNull();
        Change.Between(-4, -2).Relative.Should().Be(50m, "relative change is against the magnitude of the previous value");
    }

    [Fact]
    public void ToString_IsAnEnglishSummary() =>
        Change.Between(8.3m, 7.8m, direction: IndicatorDirection.LowerIsBetter).ToString().Should().Be("7.8 from 8.3: -0.5 (-6.02%), improved");

    [Fact]
    public void Equality() =>
        ContractAssert.Equality(Change.Between(1, 2), Change.Between(1, 2), Change.Between(1, 3), Change.Between(1, 2, ChangeValueKind.Percentage), Change.Between(1, 2, unit: Unit.Days));

    [Fact]
    public void Json_RoundTrips() =>
        JsonAssert.RoundTrip(
            Change.Between(8.3m, 7.8m, ChangeValueKind.Quantity, IndicatorDirection.LowerIsBetter, Unit.Days),
            """{"previous":8.3,"current":7.8,"valueKind":"quantity","direction":"lowerIsBetter","unit":"days"}""");

    [Fact]
    public void Between_RejectsContradictoryUnits_UndefinedValues_AndOverflow()
    {
        FluentActions.Invoking(() => Change.Between(12.5m, 14.2m, ChangeValueKind.Percentage, unit: Unit.Days))
            .Should().Throw<ArgumentException>().WithParameterName("unit").WithMessage("percentages are in %, not Days.*");
        FluentActions.Invoking(() => Change.Between(12.5m, 14.2m, ChangeValueKind.Quantity, unit: Unit.Percent))
            .Should().Throw<ArgumentException>().WithMessage("*use ChangeValueKind.Percentage*");
        FluentActions.Invoking(() => Change.Between(1, 2, (ChangeValueKind)7))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("valueKind must be one of Quantity, Percentage, was 7.*");
        FluentActions.Invoking(() => Change.Between(1, 2, direction: (IndicatorDirection)9))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("direction");
        FluentActions.Invoking(() => Change.Between(decimal.MinValue, decimal.MaxValue))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("the change from * is too large to compute.*");
        FluentActions.Invoking(() => Change.Between(0m, decimal.MaxValue / 50m))
            .Should().Throw<ArgumentOutOfRangeException>("the relative change, × 100, would overflow");

        Change.Between(12.5m, 14.2m, ChangeValueKind.Percentage, unit: Unit.Percent).Absolute.Should().Be(1.7m);
    }
}
