using HospitalDomain.Commendations;
using HospitalDomain.Departments;
using HospitalDomain.Governance;
using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

/// <summary>The mentions a reading is made of: their guards, what they keep and how they print.</summary>
public sealed class MentionTests
{
    private static readonly StatedChange Up = new(ChangeDirection.Up, 9m, "%", "同比");

    [Fact]
    public void ChangeMention_Valid_KeepsItsPartsAndPrintsWhereItStands()
    {
        var mention = new ChangeMention(Up, " 同比增长9% ", 4);

        mention.Change.Should().Be(Up);
        mention.AsWritten.Should().Be("同比增长9%");
        mention.Start.Should().Be(4);
        mention.Length.Should().Be(6);
        mention.ToString().Should().Be("同比增长9%@4");
    }

    [Fact]
    public void ChangeMention_AtTheStart_IsAccepted() =>
        new ChangeMention(Up, "同比增长9%", 0).Start.Should().Be(0);

    [Fact]
    public void ChangeMention_BadArguments_AreRejected()
    {
        FluentActions.Invoking(() => new ChangeMention(null!, "同比增长9%", 0))
            .Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("change");
        FluentActions.Invoking(() => new ChangeMention(Up, " ", 0))
            .Should().ThrowExactly<ArgumentException>().WithMessage("asWritten must not be empty or white space.*")
            .And.ParamName.Should().Be("asWritten");
        FluentActions.Invoking(() => new ChangeMention(Up, "同比增长9%", -1))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("start must be in the range [0, 2147483647], was -1.*")
            .And.ParamName.Should().Be("start");
    }

    [Fact]
    public void CommendationMention_Valid_KeepsItsPartsAndPrintsTitleAndCount()
    {
        var mention = new CommendationMention(" 先进工作者 ", RecipientKind.Individual, 1, true, "1名先进工作者", 0);

        (mention.Title, mention.Kind, mention.Count, mention.IsTotal, mention.AsWritten, mention.Start)
            .Should().Be(("先进工作者", RecipientKind.Individual, 1, true, "1名先进工作者", 0));
        mention.ToString().Should().Be("先进工作者1");
    }

    [Fact]
    public void CommendationMention_BadArguments_AreRejected()
    {
        FluentActions.Invoking(() => new CommendationMention("", RecipientKind.Individual, 2, false, "2名", 0))
            .Should().ThrowExactly<ArgumentException>().WithMessage("title must not be empty or white space.*").And.ParamName.Should().Be("title");
        FluentActions.Invoking(() => new CommendationMention("先进", (RecipientKind)9, 2, false, "2名", 0))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("kind must be one of Collective, Individual, was 9.*").And.ParamName.Should().Be("kind");
        FluentActions.Invoking(() => new CommendationMention("先进", RecipientKind.Individual, 0, false, "0名", 0))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("count must be in the range [1, 2147483647], was 0.*").And.ParamName.Should().Be("count");
        FluentActions.Invoking(() => new CommendationMention("先进", RecipientKind.Individual, 2, false, "\t", 0))
            .Should().ThrowExactly<ArgumentException>().WithMessage("asWritten must not be empty or white space.*").And.ParamName.Should().Be("asWritten");
        FluentActions.Invoking(() => new CommendationMention("先进", RecipientKind.Individual, 2, false, "2名", -1))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("start must be in the range [0, 2147483647], was -1.*").And.ParamName.Should().Be("start");
    }

    [Fact]
    public void FigureMention_Valid_KeepsItsPartsAndPrintsTheFigureWhereItStands()
    {
        var figure = new ReportedFigure("门诊量", change: Up);
        var change = new ChangeMention(Up, "同比增长9%", 3);
        var mention = new FigureMention(figure, " 门诊量同比增长9% ", 0, [change]);

        mention.Figure.Should().Be(figure);
        mention.AsWritten.Should().Be("门诊量同比增长9%");
        mention.Length.Should().Be(9);
        mention.Changes.Should().Equal(change);
        mention.ToString().Should().Be("门诊量同比增长9%@0");
        new FigureMention(figure, "门诊量同比增长9%", 12).Changes.Should().BeEmpty();
    }

    [Fact]
    public void FigureMention_BadArguments_AreRejected()
    {
        var figure = new ReportedFigure("门诊量", change: Up);

        FluentActions.Invoking(() => new FigureMention(null!, "门诊量", 0))
            .Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("figure");
        FluentActions.Invoking(() => new FigureMention(figure, "", 0))
            .Should().ThrowExactly<ArgumentException>().WithMessage("asWritten must not be empty or white space.*").And.ParamName.Should().Be("asWritten");
        FluentActions.Invoking(() => new FigureMention(figure, "门诊量", -1))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("start must be in the range [0, 2147483647], was -1.*").And.ParamName.Should().Be("start");
        FluentActions.Invoking(() => new FigureMention(figure, "门诊量", 0, [null!]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("changes must not contain null.*").And.ParamName.Should().Be("changes");
    }

    [Fact]
    public void KeySpecialtyMention_Named_KeepsItsPartsAndPrintsTheName()
    {
        var mention = new KeySpecialtyMention(" 心病科 ", null, KeySpecialtyLevel.Municipal, KeySpecialtyProgramme.TcmKeySpecialty, "心病科", 0);

        (mention.Name, mention.Count, mention.Level, mention.Programme, mention.AsWritten, mention.Start)
            .Should().Be(("心病科", (int?)null, KeySpecialtyLevel.Municipal, KeySpecialtyProgramme.TcmKeySpecialty, "心病科", 0));
        mention.ToString().Should().Be("心病科");
    }

    [Fact]
    public void KeySpecialtyMention_Counted_PrintsTheCount()
    {
        var mention = new KeySpecialtyMention(null, 1, null, null, "一个专科", 3);

        (mention.Name, mention.Count, mention.Level, mention.Programme).Should().Be(((string?)null, (int?)1, (KeySpecialtyLevel?)null, (KeySpecialtyProgramme?)null));
        mention.ToString().Should().Be("1 key specialties");
        new KeySpecialtyMention(null, 7, KeySpecialtyLevel.Provincial, null, "七大专科", 3).ToString().Should().Be("7 key specialties");
    }

    [Theory]
    [InlineData(null, null, "a key-specialty mention has a name or a count, not both or neither (name '', count ).*")]
    [InlineData("心病科", 2, "a key-specialty mention has a name or a count, not both or neither (name '心病科', count 2).*")]
    public void KeySpecialtyMention_NameAndCountBothOrNeither_IsRejected(string? name, int? count, string message) =>
        FluentActions.Invoking(() => new KeySpecialtyMention(name, count, null, null, "心病科", 0))
            .Should().ThrowExactly<ArgumentException>().WithMessage(message).And.ParamName.Should().Be("name");

    [Fact]
    public void KeySpecialtyMention_BadArguments_AreRejected()
    {
        FluentActions.Invoking(() => new KeySpecialtyMention(" ", null, null, null, "心病科", 0))
            .Should().ThrowExactly<ArgumentException>().WithMessage("name must not be empty or white space.*").And.ParamName.Should().Be("name");
        FluentActions.Invoking(() => new KeySpecialtyMention(null, 0, null, null, "零个", 0))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("count must be in the range [1, 2147483647], was 0.*").And.ParamName.Should().Be("count");
        FluentActions.Invoking(() => new KeySpecialtyMention("心病科", null, (KeySpecialtyLevel)9, null, "心病科", 0))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("level must be one of National, Provincial, Municipal, County, Hospital, was 9.*").And.ParamName.Should().Be("level");
        FluentActions.Invoking(() => new KeySpecialtyMention("心病科", null, null, (KeySpecialtyProgramme)99, "心病科", 0))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("programme must be one of *, was 99.*").And.ParamName.Should().Be("programme");
        FluentActions.Invoking(() => new KeySpecialtyMention("心病科", null, null, null, " ", 0))
            .Should().ThrowExactly<ArgumentException>().WithMessage("asWritten must not be empty or white space.*").And.ParamName.Should().Be("asWritten");
        FluentActions.Invoking(() => new KeySpecialtyMention("心病科", null, null, null, "心病科", -1))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("start must be in the range [0, 2147483647], was -1.*").And.ParamName.Should().Be("start");
    }

    [Theory]
    [InlineData(" 全国 ", "全国")]
    [InlineData("全省", "全省")]
    [InlineData(" ", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void RankingMention_Scope_IsTrimmedOrNull(string? scope, string? expected) =>
        new RankingMention(scope, 1, false, "第1位", 0).Scope.Should().Be(expected);

    [Fact]
    public void RankingMention_Valid_KeepsItsPartsAndPrintsAsWritten()
    {
        var mention = new RankingMention("全国", 100, true, " 全国百强 ", 5);

        (mention.Position, mention.WithinTop, mention.AsWritten, mention.Start).Should().Be((100, true, "全国百强", 5));
        mention.ToString().Should().Be("全国百强");
    }

    [Fact]
    public void RankingMention_BadArguments_AreRejected()
    {
        FluentActions.Invoking(() => new RankingMention("全国", 0, false, "第0位", 0))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("position must be in the range [1, 2147483647], was 0.*").And.ParamName.Should().Be("position");
        FluentActions.Invoking(() => new RankingMention("全国", 1, false, "", 0))
            .Should().ThrowExactly<ArgumentException>().WithMessage("asWritten must not be empty or white space.*").And.ParamName.Should().Be("asWritten");
        FluentActions.Invoking(() => new RankingMention("全国", 1, false, "第1位", -1))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("start must be in the range [0, 2147483647], was -1.*").And.ParamName.Should().Be("start");
    }

    [Fact]
    public void RejectedNumber_Valid_KeepsItsPartsAndPrintsTheReason()
    {
        var rejected = new RejectedNumber(NotAFigureReason.DateOrTime, " 30分 ", 0);

        (rejected.Reason, rejected.AsWritten, rejected.Start).Should().Be((NotAFigureReason.DateOrTime, "30分", 0));
        rejected.ToString().Should().Be("30分: DateOrTime");
    }

    [Fact]
    public void RejectedNumber_BadArguments_AreRejected()
    {
        FluentActions.Invoking(() => new RejectedNumber((NotAFigureReason)99, "30分", 0))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("reason must be one of DateOrTime, *, KeySpecialtyCount, was 99.*").And.ParamName.Should().Be("reason");
        FluentActions.Invoking(() => new RejectedNumber(NotAFigureReason.Name, " ", 0))
            .Should().ThrowExactly<ArgumentException>().WithMessage("asWritten must not be empty or white space.*").And.ParamName.Should().Be("asWritten");
        FluentActions.Invoking(() => new RejectedNumber(NotAFigureReason.Name, "三甲", -1))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("start must be in the range [0, 2147483647], was -1.*").And.ParamName.Should().Be("start");
    }
}
