using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

// Each word of the tables that say a number is not a figure, one generated phrase each, in which that word
// alone makes the number rejected, and for each table a near miss without any of its words that stays a
// figure. The person units are pinned one by one by the other tests of this class.
public sealed partial class FigureRulesTests
{
    // Every entry of FigureRules.EnumeratedParts. 大方面 needs 个 before it, since 大 is a unit of its own.
    [Theory]
    [InlineData("方面")]
    [InlineData("层面")]
    [InlineData("维度")]
    [InlineData("议程")]
    [InlineData("任务")]
    [InlineData("要求")]
    [InlineData("意见")]
    [InlineData("经验")]
    [InlineData("重点工作")]
    [InlineData("重点任务")]
    [InlineData("方向")]
    [InlineData("层次")]
    [InlineData("环节")]
    [InlineData("原则")]
    [InlineData("举措")]
    [InlineData("大方面")]
    [InlineData("部分")]
    [InlineData("阶段")]
    public void Reject_CountOfEachEnumeratedPart_IsAnEnumeration(string part) =>
        Judge("分3个" + part + "。", "3个").Should().Be((NotAFigureReason.Enumeration, false));

    [Theory]
    [InlineData("建成3个病区。", "3个")]
    [InlineData("完成9项课题。", "9项")]
    public void Reject_CountOfSomethingElse_IsAFigure(string text, string asWritten) =>
        Judge(text, asWritten).Should().Be(((NotAFigureReason?)null, false));

    // Every entry of FigureRules.NamedRules. 原则 is also an enumerated part: after 项 it names rules.
    [Theory]
    [InlineData("准则")]
    [InlineData("规定")]
    [InlineData("原则")]
    [InlineData("制度")]
    [InlineData("工程")]
    [InlineData("行动")]
    [InlineData("措施")]
    [InlineData("承诺")]
    [InlineData("禁令")]
    [InlineData("清单")]
    public void Reject_ItemsOfEachNamedRule_AreAName(string rule) =>
        Judge("落实9项" + rule + "。", "9项").Should().Be((NotAFigureReason.Name, false));

    // Every entry of FigureRules.Sessions.
    [Theory]
    [InlineData("全会")]
    [InlineData("会议")]
    [InlineData("大会")]
    [InlineData("职代会")]
    [InlineData("职工代表大会")]
    [InlineData("全体会议")]
    [InlineData("代表大会")]
    [InlineData("常委会")]
    public void Reject_TimesBeforeEachSession_AreAnOrdinal(string session) =>
        Judge("召开3次" + session + "。", "3次").Should().Be((NotAFigureReason.Ordinal, false));

    [Fact]
    public void Reject_TimesOfSomethingElse_AreAFigure() =>
        Judge("开展3次义诊。", "3次").Should().Be(((NotAFigureReason?)null, false));

    // Every entry of FigureRules.AttendanceAfter.
    [Theory]
    [InlineData("参加")]
    [InlineData("出席")]
    [InlineData("参会")]
    [InlineData("列席")]
    [InlineData("聚集一堂")]
    [InlineData("欢聚一堂")]
    [InlineData("与会")]
    [InlineData("到会")]
    [InlineData("济济一堂")]
    public void Reject_PersonsBeforeEachAttendanceWord_AreAttendance(string word) =>
        Judge("500名职工" + word + "。", "500名").Should().Be((NotAFigureReason.Attendance, false));

    [Fact]
    public void Reject_PersonsDoingSomethingElse_AreAFigure() =>
        Judge("接诊500名患者。", "500名").Should().Be(((NotAFigureReason?)null, false));

    // Every entry of FigureRules.CommendationWords; the near miss is 建成3个病区 above.
    [Theory]
    [InlineData("先进")]
    [InlineData("优秀")]
    [InlineData("表彰")]
    [InlineData("表扬")]
    [InlineData("荣誉")]
    [InlineData("称号")]
    [InlineData("获评")]
    [InlineData("评为")]
    [InlineData("荣获")]
    [InlineData("授予")]
    [InlineData("嘉奖")]
    [InlineData("记功")]
    [InlineData("标杆")]
    [InlineData("标兵")]
    [InlineData("模范")]
    [InlineData("十佳")]
    [InlineData("奖励")]
    public void Reject_CountInAClauseWithEachCommendationWord_IsACommendation(string word) =>
        Judge(word + "科室5个。", "5个").Should().Be((NotAFigureReason.Commendation, false));
}
