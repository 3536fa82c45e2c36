using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HospitalDomain.Serialization;
using HospitalDomain.Tests.TestHelpers;
using NodaTime;

namespace HospitalDomain.Tests.Root;

[UseCulture("de-DE")]
public sealed class ReportingPeriodTests
{
    /// <summary>A user's own options: reflection for their types, set before the library's setup is combined with it.</summary>
    private static readonly JsonSerializerOptions ReflectionOptions =
        new JsonSerializerOptions { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() }.ConfigureForHospitalDomain();

    [Theory]
    [InlineData("2024", 366)]
    [InlineData("2023", 365)]
    [InlineData("2023Q1", 90)]
    [InlineData("2024Q1", 91)]
    [InlineData("2023H1", 181)]
    [InlineData("2023H2", 184)]
    [InlineData("2024-02", 29)]
    [InlineData("2023-02", 28)]
    [InlineData("2023-01-01/2023-07-31", 212)]
    [InlineData("2023-05-05/2023-05-05", 1)]
    public void Days_CountsBothEnds(string text, int days) =>
        ReportingPeriod.Parse(text).Days.Should().Be(days);

    [Theory]
    [InlineData("2024", "2024-01-01", "2024-12-31", ReportingPeriodKind.Year, 0)]
    [InlineData("2023H2", "2023-07-01", "2023-12-31", ReportingPeriodKind.HalfYear, 2)]
    [InlineData("2023Q4", "2023-10-01", "2023-12-31", ReportingPeriodKind.Quarter, 4)]
    [InlineData("2023-03", "2023-03-01", "2023-03-31", ReportingPeriodKind.Month, 3)]
    [InlineData("2023-01-01/2023-07-31", "2023-01-01", "2023-07-31", ReportingPeriodKind.Custom, 0)]
    public void Parse_GivesKindAndInclusiveEnds(string text, string start, string end, ReportingPeriodKind kind, int number)
    {
        var period = ReportingPeriod.Parse(text);

        period.Kind.Should().Be(kind);
        period.Start.Should().Be(Date(start));
        period.End.Should().Be(Date(end));
        period.Number.Should().Be(number);
        period.ToString().Should().Be(text);
        period.ToString("G", null).Should().Be(text);
    }

    [Theory]
    [InlineData("2024", "2023")]
    [InlineData("2024H1", "2023H2")]
    [InlineData("2024H2", "2024H1")]
    [InlineData("2024Q1", "2023Q4")]
    [InlineData("2024Q3", "2024Q2")]
    [InlineData("2024-01", "2023-12")]
    [InlineData("2024-03", "2024-02")]
    [InlineData("2024-03-01/2024-03-10", "2024-02-20/2024-02-29")]
    public void Previous_IsTheAdjacentPeriodOfTheSameKind(string text, string previous) =>
        ReportingPeriod.Parse(text).Previous.Should().Be(ReportingPeriod.Parse(previous));

    [Theory]
    [InlineData("2024-02", "2023-02")]
    [InlineData("2024", "2023")]
    [InlineData("2024H2", "2023H2")]
    [InlineData("2024Q3", "2023Q3")]
    [InlineData("2024-02-01/2024-02-29", "2023-02-01/2023-02-28")]
    public void SamePeriodLastYear_IsOneYearEarlier(string text, string expected) =>
        ReportingPeriod.Parse(text).SamePeriodLastYear.Should().Be(ReportingPeriod.Parse(expected));

    [Fact]
    public void Previous_BeforeMinYear_ThrowsInvalidOperationAsDocumented()
    {
        foreach (var first in new[] { "1900", "1900H1", "1900Q1", "1900-01" })
        {
            var period = ReportingPeriod.Parse(first);
            FluentActions.Invoking(() => period.Previous).Should().ThrowExactly<InvalidOperationException>()
                .WithMessage($"The period would start in 1899, before 1900: {first} is the first of its kind.");
            FluentActions.Invoking(() => period.SamePeriodLastYear).Should().ThrowExactly<InvalidOperationException>();
        }

        FluentActions.Invoking(() => ReportingPeriod.Parse("1900-01-01/1900-01-31").Previous).Should().ThrowExactly<InvalidOperationException>()
            .WithMessage("The period would start in 1899, before 1900.");
        ReportingPeriod.Parse("1900H2").Previous.Should().Be(ReportingPeriod.HalfYear(1900, 1));
    }

    [Fact]
    public void Contains_CustomInterval_IncludesItsLastDay()
    {
        var period = ReportingPeriod.Custom(Date("2023-01-01"), Date("2023-07-31"));

        period.Contains(Date("2023-07-31")).Should().BeTrue();
        period.Contains(Date("2023-01-01")).Should().BeTrue();
        period.Contains(Date("2023-08-01")).Should().BeFalse();
        period.Contains(Date("2022-12-31")).Should().BeFalse();
    }

    [Fact]
    public void Contains_Period_ChecksBothEnds()
    {
        ReportingPeriod.Year(2023).Contains(ReportingPeriod.Quarter(2023, 4)).Should().BeTrue();
        ReportingPeriod.Quarter(2023, 4).Contains(ReportingPeriod.Year(2023)).Should().BeFalse();
        ReportingPeriod.Year(2023).Contains(ReportingPeriod.Month(2024, 1)).Should().BeFalse();
    }

    [Fact]
    public void ToInterval_AndFromInterval_AgreeOnTheDays()
    {
        var period = ReportingPeriod.Quarter(2023, 1);
        var interval = period.ToInterval();

        interval.Length.Should().Be(90);
        ReportingPeriod.FromInterval(interval).Should().Be(ReportingPeriod.Custom(Date("2023-01-01"), Date("2023-03-31")));
        ReportingPeriod.FromInterval(interval).Should().NotBe(period, "the kind is part of the value");
    }

    [Theory]
    [InlineData("")]
    [InlineData("23")]
    [InlineData("2023H3")]
    [InlineData("2023Q0")]
    [InlineData("2023Q5")]
    [InlineData("2023-13")]
    [InlineData("2023-00")]
    [InlineData("2023-3")]
    [InlineData("1899")]
    [InlineData("２０２３")]
    [InlineData(" 2023")]
    [InlineData("2023-07-31/2023-01-01")]
    [InlineData("2023-02-29/2023-03-01")]
    [InlineData("2023-01-01/2023-07-31 ")]
    [InlineData("2023q4")]
    public void Parse_Invalid_ThrowsQuotingTheInput(string text)
    {
        ReportingPeriod.TryParse(text, out _).Should().BeFalse();
        var act = () => ReportingPeriod.Parse(text);
        act.Should().Throw<FormatException>()
            .WithMessage($"'{text}' is not a reporting period; expected 2023, 2023H1, 2023Q4, 2023-03 or 2023-01-01/2023-07-31 with years from 1900 to 9999.");
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() =>
        ReportingPeriod.TryParse((string?)null, out _).Should().BeFalse();

    [Fact]
    public void Factories_ValidateTheirArguments()
    {
        FluentActions.Invoking(() => ReportingPeriod.Year(10_000)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("year must be a year from 1900 to 9999, was 10000. (Parameter 'year')*");
        FluentActions.Invoking(() => ReportingPeriod.Quarter(2023, 5)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("quarter must be in the range [1, 4], was 5. (Parameter 'quarter')*");
        FluentActions.Invoking(() => ReportingPeriod.HalfYear(2023, 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("half must be in the range [1, 2], was 0. (Parameter 'half')*");
        FluentActions.Invoking(() => ReportingPeriod.Month(2023, 13)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("month must be in the range [1, 12], was 13. (Parameter 'month')*");
        FluentActions.Invoking(() => ReportingPeriod.Custom(Date("2023-07-31"), Date("2023-01-01"))).Should().Throw<ArgumentException>()
            .WithMessage("end must not be before start, was 2023-01-01 before 2023-07-31. (Parameter 'end')");
        FluentActions.Invoking(() => ReportingPeriod.FromInterval(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Default_IsTheSingleDayCustomPeriodOfNodaTimesDefaultDate()
    {
        var period = default(ReportingPeriod);

        period.Kind.Should().Be(ReportingPeriodKind.Custom);
        period.Days.Should().Be(1);
        period.Start.Should().Be(new LocalDate(1, 1, 1));
        period.ToString().Should().Be("0001-01-01/0001-01-01");
    }

    [Fact]
    public void Equality_IncludesTheKind() =>
        ContractAssert.Equality(
            ReportingPeriod.Year(2023),
            ReportingPeriod.Parse("2023"),
            ReportingPeriod.Custom(Date("2023-01-01"), Date("2023-12-31")),
            ReportingPeriod.Year(2024),
            ReportingPeriod.HalfYear(2023, 1));

    [Fact]
    public void Ordering_ByStartThenShorterFirstThenKind() =>
        ContractAssert.Ordering(
            ReportingPeriod.Parse("2023-01-01/2023-01-31"),
            ReportingPeriod.Month(2023, 1),
            ReportingPeriod.Quarter(2023, 1),
            ReportingPeriod.HalfYear(2023, 1),
            ReportingPeriod.Year(2023),
            ReportingPeriod.Month(2023, 2),
            ReportingPeriod.Year(2024));

    [Fact]
    public void Json_IsTheTextForm()
    {
        JsonAssert.RoundTrip(ReportingPeriod.Quarter(2023, 4), "\"2023Q4\"");
        JsonAssert.RoundTrip(ReportingPeriod.Custom(Date("2023-01-01"), Date("2023-07-31")), "\"2023-01-01/2023-07-31\"");
    }

    [Fact]
    public void Json_AsDictionaryKey_RoundTrips()
    {
        var values = new Dictionary<ReportingPeriod, long> { [ReportingPeriod.Year(2021)] = 159_500, [ReportingPeriod.Year(2020)] = 142_100 };
        var json = JsonSerializer.Serialize(values, ReflectionOptions);

        json.Should().Be("""{"2021":159500,"2020":142100}""");
        JsonSerializer.Deserialize<Dictionary<ReportingPeriod, long>>(json, ReflectionOptions).Should().Equal(values);
    }

    [Theory]
    [InlineData("\"2023Q5\"", "$", "Invalid reporting period '2023Q5': expected 2023, 2023H1, 2023Q4, 2023-03 or 2023-01-01/2023-07-31.*")]
    [InlineData("2023", "$", "Expected a reporting period as a JSON string but found a number.*")]
    [InlineData("""{"period":"2023x"}""", "$.period", "Invalid reporting period '2023x'*")]
    public void Json_Invalid_ThrowsJsonExceptionWithPath(string json, string path, string message)
    {
        if (json.StartsWith('{'))
        {
            var act = () => JsonSerializer.Deserialize<Dictionary<string, ReportingPeriod>>(json, ReflectionOptions);
            act.Should().ThrowExactly<JsonException>().Which.Path.Should().Be(path);
            return;
        }

        JsonAssert.Invalid<ReportingPeriod>(json, path).Message.Should().Match(message);
    }

    [Property(MaxTest = 300)]
    public Property EveryTextForm_RoundTrips() =>
        Prop.ForAll(Periods().ToArbitrary(), period =>
        {
            var text = period.ToString();
            return ReportingPeriod.Parse(text) == period && ReportingPeriod.TryParse(text.AsSpan(), out var back) && back == period;
        });

    [Property(MaxTest = 300)]
    public Property Previous_EndsTheDayBeforeStart_AndSamePeriodLastYearStartsAYearEarlier() =>
        Prop.ForAll(Periods().ToArbitrary(), period =>
            period.Previous.End.PlusDays(1) == period.Start
            && period.Previous.Kind == period.Kind
            && period.SamePeriodLastYear.Start == period.Start.PlusYears(-1));

    private static Gen<ReportingPeriod> Periods()
    {
        var years = Gen.Choose(1901, 9998);
        var custom =
            from year in Gen.Choose(1905, 9995)
            from dayOfYear in Gen.Choose(0, 364)
            from length in Gen.Choose(0, 800)
            let start = new LocalDate(year, 1, 1).PlusDays(dayOfYear)
            select ReportingPeriod.Custom(start, start.PlusDays(length));
        return Gen.OneOf(
            years.Select(ReportingPeriod.Year),
            from y in years from h in Gen.Choose(1, 2) select ReportingPeriod.HalfYear(y, h),
            from y in years from q in Gen.Choose(1, 4) select ReportingPeriod.Quarter(y, q),
            from y in years from m in Gen.Choose(1, 12) select ReportingPeriod.Month(y, m),
            custom);
    }

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    [Theory]
    [InlineData("9999", "9999-01-01", "9999-12-31")]
    [InlineData("9999H2", "9999-07-01", "9999-12-31")]
    [InlineData("9999Q4", "9999-10-01", "9999-12-31")]
    [InlineData("9999-12", "9999-12-01", "9999-12-31")]
    [InlineData("9999-12-31/9999-12-31", "9999-12-31", "9999-12-31")]
    public void Parse_LastPeriodsOfYear9999_EndOnItsLastDay(string text, string start, string end)
    {
        ReportingPeriod.TryParse(text, out var period).Should().BeTrue();

        period.Start.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(start).Value);
        period.End.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(end).Value);
        period.ToString().Should().Be(text);
        period.Previous.End.Should().Be(period.Start.PlusDays(-1));
        JsonAssert.RoundTrip(period, $"\"{text}\"");
    }

    [Fact]
    public void Factories_LastPeriodsOfYear9999_AreValid()
    {
        var lastDay = new NodaTime.LocalDate(9999, 12, 31);

        ReportingPeriod.Quarter(9999, 4).End.Should().Be(lastDay);
        ReportingPeriod.HalfYear(9999, 2).End.Should().Be(lastDay);
        ReportingPeriod.Month(9999, 12).End.Should().Be(lastDay);
        ReportingPeriod.Month(2024, 2).End.Should().Be(new NodaTime.LocalDate(2024, 2, 29));
        ReportingPeriod.Quarter(9999, 4).Days.Should().Be(92);
    }
}
