using HospitalDomain.Tests.TestHelpers;
using NodaTime;

namespace HospitalDomain.Tests.Root;

/// <summary>
/// The edges of <see cref="ReportingPeriod"/> that the example tests leave open: the year range of
/// every factory, the ISO calendar of a custom period, a single-day custom period, the first custom
/// periods of 1900, the "G" and empty formats, and text that is almost a period.
/// </summary>
[UseCulture("de-DE")]
public sealed class ReportingPeriodEdgeTests
{
    [Fact]
    public void Factories_YearBefore1900_ThrowOutOfRangeNamingTheYear()
    {
        const string message = "year must be a year from 1900 to 9999, was 1899. (Parameter 'year')*";

        FluentActions.Invoking(() => ReportingPeriod.Year(1899)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage(message);
        FluentActions.Invoking(() => ReportingPeriod.HalfYear(1899, 2)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage(message);
        FluentActions.Invoking(() => ReportingPeriod.Quarter(1899, 4)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage(message);
        FluentActions.Invoking(() => ReportingPeriod.Month(1899, 12)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage(message);
    }

    [Fact]
    public void Factories_FirstPeriodsOf1900_AreValid()
    {
        ReportingPeriod.HalfYear(1900, 1).Start.Should().Be(new LocalDate(1900, 1, 1));
        ReportingPeriod.Quarter(1900, 1).End.Should().Be(new LocalDate(1900, 3, 31));
        ReportingPeriod.Month(1900, 1).Days.Should().Be(31);
        ReportingPeriod.Custom(new LocalDate(1900, 1, 1), new LocalDate(1900, 1, 1)).Days.Should().Be(1);
    }

    [Fact]
    public void Custom_StartBefore1900_ThrowsOutOfRangeNamingStart() =>
        FluentActions.Invoking(() => ReportingPeriod.Custom(new LocalDate(1899, 12, 31), new LocalDate(1900, 1, 31)))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("start must be a year from 1900 to 9999, was 1899. (Parameter 'start')*")
            .Which.ParamName.Should().Be("start");

    [Fact]
    public void Custom_EndBefore1900_ThrowsOutOfRangeNamingEnd_EvenWhenItIsAlsoBeforeStart() =>
        FluentActions.Invoking(() => ReportingPeriod.Custom(new LocalDate(2023, 1, 1), new LocalDate(1899, 12, 31)))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("end must be a year from 1900 to 9999, was 1899. (Parameter 'end')*")
            .Which.ParamName.Should().Be("end");

    [Fact]
    public void Custom_SingleDay_IsValid()
    {
        var day = new LocalDate(2023, 5, 5);

        var period = ReportingPeriod.Custom(day, day);

        period.Days.Should().Be(1);
        period.Start.Should().Be(day);
        period.End.Should().Be(day);
        period.Should().Be(ReportingPeriod.Parse("2023-05-05/2023-05-05"));
        ReportingPeriod.FromInterval(new DateInterval(day, day)).Should().Be(period);
    }

    [Fact]
    public void Custom_DatesOutsideTheIsoCalendar_ThrowArgumentException()
    {
        var julianStart = new LocalDate(2023, 1, 1, CalendarSystem.Julian);
        var julianEnd = new LocalDate(2023, 3, 31, CalendarSystem.Julian);
        var isoStart = new LocalDate(2023, 1, 1);
        var isoEnd = new LocalDate(2023, 3, 31);

        foreach (var (start, end) in new[] { (julianStart, julianEnd), (isoStart, julianEnd), (julianStart, isoEnd) })
        {
            FluentActions.Invoking(() => ReportingPeriod.Custom(start, end)).Should().ThrowExactly<ArgumentException>()
                .WithMessage("Reporting periods use the ISO calendar. (Parameter 'start')")
                .Which.ParamName.Should().Be("start");
        }
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull() =>
        FluentActions.Invoking(() => ReportingPeriod.Parse(null!)).Should().ThrowExactly<ArgumentNullException>();

    [Fact]
    public void Contains_APeriodStartingOrEndingOnTheSameDay_IsContained()
    {
        var year = ReportingPeriod.Year(2023);

        year.Contains(ReportingPeriod.Quarter(2023, 1)).Should().BeTrue("2023Q1 starts on the day 2023 starts");
        year.Contains(ReportingPeriod.Month(2023, 12)).Should().BeTrue("2023-12 ends on the day 2023 ends");
        year.Contains(year).Should().BeTrue();
        ReportingPeriod.Quarter(2023, 1).Contains(ReportingPeriod.Custom(new LocalDate(2022, 12, 31), new LocalDate(2023, 1, 31))).Should().BeFalse();
    }

    [Fact]
    public void CompareTo_AnotherType_ThrowsArgumentExceptionNamingObj()
    {
        IComparable period = ReportingPeriod.Year(2023);

        FluentActions.Invoking(() => period.CompareTo("2023")).Should().ThrowExactly<ArgumentException>()
            .WithMessage("Object must be a ReportingPeriod. (Parameter 'obj')")
            .Which.ParamName.Should().Be("obj");
        period.CompareTo(null).Should().BePositive();
        period.CompareTo(ReportingPeriod.Year(2024)).Should().BeNegative();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("G")]
    public void ToString_NullEmptyOrG_IsTheCanonicalForm(string? format)
    {
        ReportingPeriod.Quarter(2023, 4).ToString(format, null).Should().Be("2023Q4");
        ReportingPeriod.Parse("2023-01-01/2023-07-31").ToString(format, System.Globalization.CultureInfo.InvariantCulture).Should().Be("2023-01-01/2023-07-31");
    }

    [Theory]
    [InlineData("X")]
    [InlineData("g")]
    [InlineData("yyyy")]
    public void ToString_OtherFormat_ThrowsFormatExceptionNamingIt(string format) =>
        FluentActions.Invoking(() => ReportingPeriod.Year(2023).ToString(format, null)).Should().ThrowExactly<FormatException>()
            .WithMessage($"Unknown ReportingPeriod format '{format}'; expected G.");

    [Fact]
    public void Format_InterpolatedWithG_IsTheCanonicalForm() =>
        $"{ReportingPeriod.HalfYear(2023, 2):G}".Should().Be("2023H2");

    [Theory]
    [InlineData("1900-02-01/1900-02-28", "1900-01-04/1900-01-31")]
    [InlineData("1900-01-01/1900-01-01", null)]
    [InlineData("1900-01-02/1900-01-02", "1900-01-01/1900-01-01")]
    public void Previous_CustomPeriodIn1900_IsValidWhileItStartsIn1900(string text, string? previous)
    {
        var period = ReportingPeriod.Parse(text);

        if (previous is null)
        {
            FluentActions.Invoking(() => period.Previous).Should().ThrowExactly<InvalidOperationException>()
                .WithMessage("The period would start in 1899, before 1900.");
        }
        else
        {
            period.Previous.Should().Be(ReportingPeriod.Parse(previous));
        }
    }

    [Fact]
    public void SamePeriodLastYear_CustomPeriodOf1901_IsIn1900()
    {
        var period = ReportingPeriod.Parse("1901-01-01/1901-03-31");

        period.SamePeriodLastYear.Should().Be(ReportingPeriod.Parse("1900-01-01/1900-03-31"));
        FluentActions.Invoking(() => period.SamePeriodLastYear.SamePeriodLastYear).Should().ThrowExactly<InvalidOperationException>()
            .WithMessage("The period would start in 1899, before 1900.");
    }

    [Theory]
    [InlineData("2023-1x")]
    [InlineData("2023-x1")]
    [InlineData("2023-0x-01/2023-01-31")]
    [InlineData("2023-01-0x/2023-01-31")]
    [InlineData("2023-01-01/2023-01-3x")]
    [InlineData("2023-01x01/2023-01-31")]
    [InlineData("2023x01-01/2023-01-31")]
    [InlineData("2023-01-01/2023x01-31")]
    [InlineData("2023-01-01/2023-01x31")]
    [InlineData("2023-01-01x2023-01-31")]
    public void TryParse_AlmostAPeriod_ReturnsFalse(string text)
    {
        ReportingPeriod.TryParse(text, out var period).Should().BeFalse();
        period.Should().Be(default(ReportingPeriod));
        ReportingPeriod.TryParse(text.AsSpan(), out _).Should().BeFalse();
        FluentActions.Invoking(() => ReportingPeriod.Parse(text)).Should().ThrowExactly<FormatException>();
    }
}
