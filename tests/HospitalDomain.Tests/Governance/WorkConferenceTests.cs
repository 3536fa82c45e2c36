using HospitalDomain.Commendations;
using HospitalDomain.Governance;
using NodaTime;

namespace HospitalDomain.Tests.Governance;

public sealed class WorkConferenceTests
{
    private const string Title = "2023年工作总结暨表扬大会";
    private const string Host = "某县人民医院";

    [Fact]
    public void Constructor_Venue_IsTrimmed() =>
        new WorkConference(Title, ConferenceKind.AnnualReviewAndCommendation, Host, venue: "  门诊楼五楼会议室 ").Venue.Should().Be("门诊楼五楼会议室");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankVenue_IsNull(string? venue) =>
        new WorkConference(Title, ConferenceKind.AnnualReviewAndCommendation, Host, venue: venue).Venue.Should().BeNull();

    [Fact]
    public void Constructor_NullSpeaker_IsRejected()
    {
        FluentActions.Invoking(() => new WorkConference(Title, ConferenceKind.AnnualReviewAndCommendation, Host, speakers: [new Participant("张三", "院长"), null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("speakers must not contain null.*")
            .And.ParamName.Should().Be("speakers");
    }

    [Fact]
    public void Constructor_NullOfficial_IsRejected()
    {
        FluentActions.Invoking(() => new WorkConference(Title, ConferenceKind.AnnualReviewAndCommendation, Host, officials: [null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("officials must not contain null.*")
            .And.ParamName.Should().Be("officials");
    }

    [Fact]
    public void Constructor_NullAgreement_IsRejected()
    {
        FluentActions.Invoking(() => new WorkConference(Title, ConferenceKind.AnnualReviewAndCommendation, Host, agreements: [null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("agreements must not contain null.*")
            .And.ParamName.Should().Be("agreements");
    }

    [Fact]
    public void Constructor_NullCommendation_IsRejected()
    {
        FluentActions.Invoking(() => new WorkConference(Title, ConferenceKind.AnnualReviewAndCommendation, Host, commendations: [new CommendationRoll("关于表彰2023年度先进集体和先进个人的决定"), null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("commendations must not contain null.*")
            .And.ParamName.Should().Be("commendations");
    }

    [Fact]
    public void ToString_WithDate_IsTheIsoDateHostAndTitle() =>
        new WorkConference(Title, ConferenceKind.AnnualReviewAndCommendation, Host, new LocalDate(2024, 1, 31))
            .ToString().Should().Be("2024-01-31 某县人民医院 2023年工作总结暨表扬大会");

    [Fact]
    public void ToString_WithoutDate_MarksTheDateUnknown() =>
        new WorkConference(Title, ConferenceKind.AnnualReviewAndCommendation, Host)
            .ToString().Should().Be("? 某县人民医院 2023年工作总结暨表扬大会");
}
