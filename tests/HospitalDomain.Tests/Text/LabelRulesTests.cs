using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

/// <summary>The label of a figure: the words before the number, cleared of bases, names, years and fillers.</summary>
public sealed partial class LabelRulesTests
{
    private static string Label(string text, string asWritten)
    {
        var (layout, token) = NumberProbe.Of(text, asWritten);
        return LabelRules.Of(layout, token.Start, token.End);
    }

    [Theory]
    [InlineData("门急诊量260万人次", "260万人次", "门急诊量")]
    [InlineData("住院减少，门急诊量260万人次", "260万人次", "门急诊量")]
    [InlineData("与上年同期相比门诊量9%", "9%", "门诊量")]
    [InlineData("同比门诊量9%", "9%", "门诊量")]
    [InlineData("广元市中医医院2023年全年门急诊量110万人次", "110万人次", "门急诊量")]
    [InlineData("示例2023年门诊5人", "5人", "门诊")]
    [InlineData("示例2023年诊5人", "5人", "示例2023年诊")]
    [InlineData("示例医院门诊5人次", "5人次", "门诊")]
    [InlineData("示例医院诊5人次", "5人次", "示例医院诊")]
    [InlineData("示例卫生院门诊5人次", "5人次", "门诊")]
    [InlineData("2023年度仅门诊5人", "5人", "门诊")]
    [InlineData("平均住院日由8.2天缩短至7.8天", "7.8天", "平均住院日")]
    [InlineData("完成手术5台", "5台", "手术")]
    [InlineData("其中全院门诊量5人次", "5人次", "门诊量")]
    [InlineData("门诊量达到5人次", "5人次", "门诊量")]
    [InlineData("门诊量持续降至5人次", "5人次", "门诊量")]
    [InlineData("门诊量下降至5人次", "5人次", "门诊量")]
    [InlineData("门诊量提升至5人次", "5人次", "门诊量")]
    [InlineData("全年共计完成门急诊量260万人次", "260万人次", "门急诊量")]
    [InlineData("今年共计门诊量5人次", "5人次", "门诊量")]
    [InlineData("门诊量约为5人次", "5人次", "门诊量")]
    [InlineData("全年5人", "5人", "全年")]
    [InlineData("开展5项新技术", "5项", "开展新技术")]
    [InlineData("开展5项的新技术", "5项", "开展新技术")]
    [InlineData("新增3个病区和2个科室", "3个", "新增病区")]
    [InlineData("新增3个病区及2个科室", "3个", "新增病区")]
    [InlineData("开展5项一二三四五六七八九十甲乙丙丁戊", "5项", "开展一二三四五六七八九十甲乙丙丁")]
    [InlineData("5人次门诊", "5人次", "门诊")]
    [InlineData("诊5人", "5人", "诊")]
    [InlineData("5人", "5人", "（未注明）")]
    public void Of_Number_IsLabelledByTheWordsAroundIt(string text, string asWritten, string label) =>
        Label(text, asWritten).Should().Be(label);
}
