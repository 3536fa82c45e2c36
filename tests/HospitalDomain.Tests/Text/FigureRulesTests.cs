using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

/// <summary>Why a number is not a figure, rule by rule, each with a near miss that is a figure.</summary>
public sealed partial class FigureRulesTests
{
    private static (NotAFigureReason? Reason, bool Silent) Judge(string text, string asWritten)
    {
        var (layout, token) = NumberProbe.Of(text, asWritten);
        var reason = FigureRules.Reject(layout, token, out var silent);
        return (reason, silent);
    }

    public static TheoryData<string, string, NotAFigureReason?, bool> Cases => new()
    {
        // text, the number as scanned, the reason (null: a figure), whether it is rejected silently
        { "启动“100人”计划。", "100人", NotAFigureReason.Name, false },
        { "培训100人。", "100人", null, false },
        { "居全省第5名。", "5名", NotAFigureReason.Ordinal, false },
        { "1、加强党建。", "1", NotAFigureReason.Ordinal, false },
        { "2．加强党建。", "2", NotAFigureReason.Ordinal, false },
        { "\n3.加强党建。", "3", NotAFigureReason.Ordinal, false },
        { "\n3)加强党建。", "3", NotAFigureReason.Ordinal, false },
        { "\n3）加强党建。", "3", NotAFigureReason.Ordinal, false },
        { "\n4\n加强党建。", "4", NotAFigureReason.Ordinal, false },
        { "内容（3）如下。", "3", NotAFigureReason.Ordinal, false },
        { "内容(3)如下。", "3", NotAFigureReason.Ordinal, false },
        { "内容(3如下。", "3", NotAFigureReason.Name, true },
        { "约3、加强党建。", "约3", NotAFigureReason.Name, true },
        { "编号3.", "3", NotAFigureReason.Name, true },
        { "2023年", "2023年", NotAFigureReason.DateOrTime, false },
        { "服务3周年", "3周年", NotAFigureReason.DateOrTime, false },
        { "年满60岁", "60岁", NotAFigureReason.DateOrTime, false },
        { "发文12号", "12号", NotAFigureReason.DocumentNumber, false },
        { "召开3届", "3届", NotAFigureReason.Ordinal, false },
        { "提出5条", "5条", NotAFigureReason.Enumeration, false },
        { "进入100强", "100强", NotAFigureReason.Ranking, false },
        { "评为5星", "5星", NotAFigureReason.Name, false },
        { "位于5楼", "5楼", NotAFigureReason.Name, false },
        { "上午8时30分", "30分", NotAFigureReason.DateOrTime, false },
        { "考核得分95分", "95分", null, false },
        { "建成30分钟救治圈", "30分钟", NotAFigureReason.Name, false },
        { "建成30分钟圈", "30分钟", NotAFigureReason.Name, false },
        { "平均等候30分钟", "30分钟", null, false },
        { "用时3个工作日", "3个", NotAFigureReason.DateOrTime, false },
        { "用时3个季度", "3个", NotAFigureReason.DateOrTime, false },
        { "建成3个病区", "3个", null, false },
        { "召开3次会议", "3次", NotAFigureReason.Ordinal, false },
        { "第四届四次", "四次", NotAFigureReason.Ordinal, false },
        { "会诊3次", "3次", null, false },
        { "落实9项准则", "9项", NotAFigureReason.Name, false },
        { "落实9项清单", "9项", NotAFigureReason.Name, false },
        { "完成9项课题", "9项", null, false },
        { "启动二期工程", "二期", NotAFigureReason.Name, false },
        { "举办二期", "二期", null, false },
        { "完成5项任务", "5项", NotAFigureReason.Enumeration, false },
        { "分3个阶段", "3个", NotAFigureReason.Enumeration, false },
        { "一要加强", "一", NotAFigureReason.Ordinal, false },
        { "二则提升", "二", NotAFigureReason.Ordinal, false },
        { "三是提升", "三", NotAFigureReason.Ordinal, false },
        { "始于2024-01", "2024", NotAFigureReason.DateOrTime, false },
        { "始于2024/01", "2024", NotAFigureReason.DateOrTime, false },
        { "始于1900.01", "1900.01", NotAFigureReason.Name, true },
        { "始于1900—", "1900", NotAFigureReason.DateOrTime, false },
        { "始于2099～", "2099", NotAFigureReason.DateOrTime, false },
        { "编号1899-", "1899", NotAFigureReason.Name, true },
        { "编号2100-", "2100", NotAFigureReason.Name, true },
        { "编号20245-", "20245", NotAFigureReason.Name, true },
        { "援建301医院", "301", NotAFigureReason.Name, false },
        { "援建301医", "301", NotAFigureReason.Name, true },
        { "收入3亿", "3亿", null, false },
        { "病例组合指数为1.05", "1.05", null, false },
        { "使用率达95", "95", null, false },
        { "使用率达到95", "95", null, false },
        { "占比是42", "42", null, false },
        { "占比为42", "42", null, false },
        { "数为42", "42", NotAFigureReason.Name, true },
        { "500人次参加", "500人次", null, false },
        { "3个科室代表签订责任书", "3个", NotAFigureReason.Attendance, false },
        { "出院人数为42", "42", null, false },
        { "指数CMI为1.1", "1.1", null, false },
        { "CMI为1.1", "1.1", NotAFigureReason.Name, true },
        { "率为5", "5", NotAFigureReason.Name, true },
        { "好评为5", "5", NotAFigureReason.Name, true },
        { "组建一支应急队", "一支", NotAFigureReason.Article, false },
        { "增长一倍", "一倍", null, false },
        { "成立一个中心", "一个", NotAFigureReason.Article, false },
        { "500名职工参加", "500名", NotAFigureReason.Attendance, false },
        { "500位嘉宾出席", "500位", NotAFigureReason.Attendance, false },
        { "3个单位参加", "3个", null, false },
        { "3个科室代表发言", "3个", NotAFigureReason.Attendance, false },
        { "3个科室代表", "3个", null, false },
        { "5名负责人汇报工作", "5名", NotAFigureReason.Attendance, false },
        { "5名负责人", "5名", null, false },
        { "表彰20个先进集体", "20个", NotAFigureReason.Commendation, false },
        { "5家单位获评", "5家", NotAFigureReason.Commendation, false },
        { "5台设备获评", "5台", null, false },
        { "接诊500名患者", "500名", null, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reject_Number_GivesItsReason(string text, string asWritten, NotAFigureReason? reason, bool silent) =>
        Judge(text, asWritten).Should().Be((reason, silent));

    [Theory]
    [InlineData("5人", true)]
    [InlineData("5名", true)]
    [InlineData("5位", true)]
    [InlineData("5人次", false)]
    [InlineData("5个", false)]
    [InlineData("5", false)]
    public void IsPersonCount_Unit_CountsPeople(string text, bool expected) =>
        FigureRules.IsPersonCount(NumberScanner.Scan(text).Single()).Should().Be(expected);

    [Fact]
    public void ContainsAny_Words_FindsAnyOfThem()
    {
        FigureRules.ContainsAny("医院表彰先进", ["优秀", "表彰"]).Should().BeTrue();
        FigureRules.ContainsAny("医院表彰先进", ["优秀", "模范"]).Should().BeFalse();
        FigureRules.ContainsAny("医院", []).Should().BeFalse();
    }
}
