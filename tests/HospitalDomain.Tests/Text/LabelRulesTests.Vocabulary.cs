using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

// Each word of the label tables, one generated phrase each, in which that word decides the label.
public sealed partial class LabelRulesTests
{
    // The entries of LabelRules.Leading. 去年 opening the clause is a basis and 仅, 就 opening it go with the
    // year, so those three follow 其中 here; 医院 opening the clause is cut with the hospital's name unless a
    // single character follows. 全年共完成 and 上半年共完成 are not here: without them 全年 (上半年), 共 and
    // 完成 are stripped one after the other, to the same label.
    [Theory]
    [InlineData("全年门诊量5人次", "门诊量")]
    [InlineData("今年门诊量5人次", "门诊量")]
    [InlineData("其中去年门诊量5人次", "门诊量")]
    [InlineData("上半年门诊量5人次", "门诊量")]
    [InlineData("其中门诊量5人次", "门诊量")]
    [InlineData("共计门诊量5人次", "门诊量")]
    [InlineData("合计门诊量5人次", "门诊量")]
    [InlineData("累计门诊量5人次", "门诊量")]
    [InlineData("共门诊量5人次", "门诊量")]
    [InlineData("全院门诊量5人次", "门诊量")]
    [InlineData("我院门诊量5人次", "门诊量")]
    [InlineData("该院门诊量5人次", "门诊量")]
    [InlineData("医院诊5人次", "诊")]
    [InlineData("完成门诊量5人次", "门诊量")]
    [InlineData("完成了门诊量5人次", "门诊量")]
    [InlineData("全年完成了手术量5人次", "手术量")]
    [InlineData("实现门诊量5人次", "门诊量")]
    [InlineData("实现了门诊量5人次", "门诊量")]
    [InlineData("另门诊量5人次", "门诊量")]
    [InlineData("其中仅门诊量5人次", "门诊量")]
    [InlineData("其中就门诊量5人次", "门诊量")]
    [InlineData("并门诊量5人次", "门诊量")]
    [InlineData("同时门诊量5人次", "门诊量")]
    [InlineData("此外门诊量5人次", "门诊量")]
    [InlineData("以及门诊量5人次", "门诊量")]
    [InlineData("和门诊量5人次", "门诊量")]
    [InlineData("及门诊量5人次", "门诊量")]
    [InlineData("与门诊量5人次", "门诊量")]
    [InlineData("在门诊量5人次", "门诊量")]
    [InlineData("年门诊量5人次", "门诊量")]
    [InlineData("达到门诊量5人次", "门诊量")]
    [InlineData("达到了门诊量5人次", "门诊量")]
    [InlineData("达门诊量5人次", "门诊量")]
    [InlineData("有门诊量5人次", "门诊量")]
    public void Of_EachLeadingWord_IsDroppedFromTheLabel(string text, string label) =>
        Label(text, "5人次").Should().Be(label);

    // The entries of LabelRules.Trailing. 突破, 超过, 约 and 近 also lead a number, so they are met here before
    // another trailing word. 持续降至 is not here: without it 降至 and then 持续 are stripped, to the same label.
    [Theory]
    [InlineData("门诊量降至5人次")]
    [InlineData("门诊量升至5人次")]
    [InlineData("门诊量增至5人次")]
    [InlineData("门诊量提升至5人次")]
    [InlineData("门诊量提高至5人次")]
    [InlineData("门诊量缩短至5人次")]
    [InlineData("门诊量下降至5人次")]
    [InlineData("门诊量保持在5人次")]
    [InlineData("门诊量控制在5人次")]
    [InlineData("门诊量稳定在5人次")]
    [InlineData("门诊量突破了5人次")]
    [InlineData("门诊量超过了5人次")]
    [InlineData("门诊量达到5人次")]
    [InlineData("门诊量达5人次")]
    [InlineData("门诊量为5人次")]
    [InlineData("门诊量是5人次")]
    [InlineData("门诊量共5人次")]
    [InlineData("门诊量完成5人次")]
    [InlineData("门诊量约为5人次")]
    [InlineData("门诊量近达5人次")]
    [InlineData("门诊量有5人次")]
    [InlineData("门诊量达到了5人次")]
    [InlineData("门诊量持续保持在5人次")]
    [InlineData("门诊量均为5人次")]
    public void Of_EachTrailingWord_IsDroppedFromTheLabel(string text) =>
        Label(text, "5人次").Should().Be("门诊量");

    // The entries of LabelRules.Verbs that a label can be: the verb alone does not say what is counted, so
    // the noun after the number joins it. 派出了, 设立了, 组建了, 建立了, 共设立了 and 累计完成了 are not here:
    // the leading and trailing words are stripped first (共, 累计, 了), so the label is never one of them.
    [Theory]
    [InlineData("新建")]
    [InlineData("建成")]
    [InlineData("完成")]
    [InlineData("开展")]
    [InlineData("引进")]
    [InlineData("招录")]
    [InlineData("派出")]
    [InlineData("设立")]
    [InlineData("建立")]
    [InlineData("组建")]
    [InlineData("获得")]
    [InlineData("发表")]
    [InlineData("举办")]
    [InlineData("生产")]
    [InlineData("研发")]
    [InlineData("投入")]
    [InlineData("接诊")]
    [InlineData("收治")]
    [InlineData("服务")]
    [InlineData("提供")]
    [InlineData("抽调")]
    [InlineData("新购置")]
    [InlineData("排查")]
    [InlineData("驰援")]
    [InlineData("培训")]
    [InlineData("新增")]
    [InlineData("建起")]
    [InlineData("柔性引进")]
    [InlineData("先后抽调")]
    public void Of_EachVerbAlone_IsJoinedByTheNounAfterTheNumber(string verb) =>
        Label(verb + "5个项目", "5个").Should().Be(verb + "项目");
}
