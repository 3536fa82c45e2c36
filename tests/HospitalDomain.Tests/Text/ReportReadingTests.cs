using HospitalDomain.Commendations;
using HospitalDomain.Governance;
using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

public sealed class ReportReadingTests
{
    private static CommendationMention Commendation(RecipientKind kind, int count, bool isTotal = false) =>
        new("先进", kind, count, isTotal, $"{count}名先进", 0);

    [Fact]
    public void Constructor_Nothing_IsAnEmptyReading()
    {
        var reading = new ReportReading();

        reading.Hospital.Should().BeNull();
        reading.Year.Should().BeNull();
        reading.Figures.Should().BeEmpty();
        reading.Commendations.Should().BeEmpty();
        reading.KeySpecialties.Should().BeEmpty();
        reading.Rankings.Should().BeEmpty();
        reading.Rejected.Should().BeEmpty();
        reading.CollectiveCount.Should().BeNull();
        reading.IndividualCount.Should().BeNull();
        reading.ToString().Should().Be("? ?: 0 figures");
    }

    [Fact]
    public void ToString_HospitalYearAndFigures_AreNamed()
    {
        var figure = new FigureMention(new ReportedFigure("门诊量", ChineseNumber.Parse("5"), "人次"), "门诊量5人次", 0);

        new ReportReading(" 示例医院 ", 2023, [figure, figure]).ToString().Should().Be("示例医院 2023: 2 figures");
    }

    [Theory]
    [InlineData(1949)]
    [InlineData(9999)]
    public void Constructor_YearAtTheLimits_IsKept(int year) =>
        new ReportReading(year: year).Year.Should().Be(year);

    [Theory]
    [InlineData(1948)]
    [InlineData(10000)]
    public void Constructor_YearOutOfRange_IsRejected(int year) =>
        FluentActions.Invoking(() => new ReportReading(year: year))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage($"year must be in the range [1949, 9999], was {year}.*")
            .And.ParamName.Should().Be("year");

    [Fact]
    public void Constructor_BlankHospital_IsRejected() =>
        FluentActions.Invoking(() => new ReportReading(" "))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("hospital must not be empty or white space.*")
            .And.ParamName.Should().Be("hospital");

    [Fact]
    public void Constructor_NullItems_AreRejectedByCollection()
    {
        FluentActions.Invoking(() => new ReportReading(figures: [null!]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("figures must not contain null.*").And.ParamName.Should().Be("figures");
        FluentActions.Invoking(() => new ReportReading(commendations: [null!]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("commendations must not contain null.*").And.ParamName.Should().Be("commendations");
        FluentActions.Invoking(() => new ReportReading(keySpecialties: [null!]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("keySpecialties must not contain null.*").And.ParamName.Should().Be("keySpecialties");
        FluentActions.Invoking(() => new ReportReading(rankings: [null!]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("rankings must not contain null.*").And.ParamName.Should().Be("rankings");
        FluentActions.Invoking(() => new ReportReading(rejected: [null!]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("rejected must not contain null.*").And.ParamName.Should().Be("rejected");
    }

    [Fact]
    public void Counts_WithoutATotal_AddUpTheirKindOnly()
    {
        var reading = new ReportReading(commendations:
        [
            Commendation(RecipientKind.Individual, 3), Commendation(RecipientKind.Collective, 2), Commendation(RecipientKind.Individual, 4),
        ]);

        reading.IndividualCount.Should().Be(7);
        reading.CollectiveCount.Should().Be(2);
    }

    [Fact]
    public void Counts_WithTotals_TakeTheFirstTotalOfTheirKind()
    {
        var reading = new ReportReading(commendations:
        [
            Commendation(RecipientKind.Individual, 3), Commendation(RecipientKind.Individual, 190, isTotal: true),
            Commendation(RecipientKind.Individual, 200, isTotal: true), Commendation(RecipientKind.Individual, 4),
            Commendation(RecipientKind.Collective, 10, isTotal: true),
        ]);

        reading.IndividualCount.Should().Be(190);
        reading.CollectiveCount.Should().Be(10);
    }

    [Fact]
    public void Counts_OnlyOneKind_LeavesTheOtherUnknown()
    {
        var reading = new ReportReading(commendations: [Commendation(RecipientKind.Collective, 5)]);

        reading.CollectiveCount.Should().Be(5);
        reading.IndividualCount.Should().BeNull();
    }
}
