using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

/// <summary>Whose report it is and which year it covers, and figures that belong to somebody else.</summary>
public sealed partial class SubjectRulesTests
{
    [Theory]
    [InlineData("广元市中医医院召开大会", "广元市中医医院@0")]
    [InlineData("我院与示例人民医院合作", "示例人民医院@3")]
    [InlineData("ABC示例医院", "示例医院@3")]
    [InlineData("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉医院", "庚辛壬癸子丑寅卯辰巳午未申酉医院@6")]
    [InlineData("成功创建示例医院", "示例医院@4")]
    [InlineData("示例建设医院", "")]
    [InlineData("新医院", "")]
    [InlineData("新区医院", "新区医院@0")]
    [InlineData("三甲医院", "")]
    [InlineData("一所示例医院", "")]
    [InlineData("第三人民医院", "第三人民医院@0")]
    [InlineData("示例妇幼保健院", "示例妇幼保健院@0")]
    [InlineData("示例医疗集团与甲乙医院", "示例医疗集团@0|甲乙医院@7")]
    [InlineData("甲乙医院，丙丁医院", "甲乙医院@0|丙丁医院@5")]
    public void Candidates_Text_AreTheNamesEndingInAnInstitution(string text, string expected) =>
        string.Join("|", SubjectRules.Candidates(text).Select(c => $"{c.Name}@{c.Start}")).Should().Be(expected);

    [Theory]
    [InlineData("公立医院")]
    [InlineData("三级医院")]
    [InlineData("二级医院")]
    [InlineData("一级医院")]
    [InlineData("智慧医院")]
    [InlineData("清廉医院")]
    [InlineData("精品医院")]
    [InlineData("研究型医院")]
    [InlineData("研究型中医院")]
    [InlineData("人民医院")]
    [InlineData("县级医院")]
    [InlineData("附属医院")]
    [InlineData("区域医院")]
    [InlineData("平安医院")]
    [InlineData("三甲医院")]
    [InlineData("中医医院")]
    [InlineData("现代化医院")]
    [InlineData("区域中心医院")]
    [InlineData("示范医院")]
    [InlineData("高水平医院")]
    [InlineData("综合医院")]
    [InlineData("专科医院")]
    [InlineData("乡镇卫生院")]
    [InlineData("基层卫生院")]
    [InlineData("健康促进医院")]
    [InlineData("标杆医院")]
    [InlineData("互联网医院")]
    [InlineData("县级公立医院")]
    [InlineData("三级公立医院")]
    [InlineData("二级公立医院")]
    [InlineData("集团人民医院")]
    [InlineData("集团中医院")]
    [InlineData("市中医医院")]
    [InlineData("市中医院")]
    [InlineData("县人民医院")]
    [InlineData("市人民医院")]
    public void Candidates_GenericName_IsNoHospital(string name) =>
        SubjectRules.Candidates("，" + name + "，").Should().BeEmpty();

    [Theory]
    [InlineData("医院召开大会。", null)]
    [InlineData("广元市示例医院召开大会，示例医院职工参加，示例医院表彰。广元市示例医院总结。", "广元市示例医院")]
    [InlineData("广元市示例医院召开大会，示例医院职工参加，示例医院表彰。", "示例医院")]
    [InlineData("示例医院与某县医院", "某县医院")]
    [InlineData("甲乙医院与丙丁医院", "甲乙医院")]
    [InlineData("甲乙医院与丙丁医院，丙丁医院", "丙丁医院")]
    [InlineData("甲区医院与乙区医院，乙区医院，甲区医院", "甲区医院")]
    public void Hospital_Text_IsThePlacedNameOrTheMostNamed(string text, string? expected) =>
        SubjectRules.Hospital(text).Should().Be(expected);

    [Theory]
    [InlineData("医院召开大会。", null)]
    [InlineData("书记总结2023年工作。", 2023)]
    [InlineData("回顾了2022年全院工作。", 2022)]
    [InlineData("对2024年工作进行部署。", null)]
    [InlineData("对2024年工作作出安排。", null)]
    [InlineData("2023年工作报告", 2023)]
    [InlineData("2021年是医院发展关键之年", 2021)]
    [InlineData("2023年工作总结暨表彰大会", null)]
    [InlineData("2023年全年门诊量5人次", 2023)]
    [InlineData("2024年全年计划门诊量5人次", null)]
    [InlineData("2023年度先进个人", 2023)]
    [InlineData("2022年全年门诊量5人次，2023年工作总结", 2023)]
    [InlineData("2022年全年门诊量5人次，2022年全年住院，2023年工作总结", 2022)]
    [InlineData("2023年度先进个人，2022年度优秀集体", 2023)]
    [InlineData("2022年度优秀集体，2023年度先进个人", 2022)]
    public void Year_Text_IsTheYearSummedUp(string text, int? year) =>
        SubjectRules.Year(text).Should().Be(year);

    [Theory]
    [InlineData("全市共有医疗机构626个", "626个", null, true)]
    [InlineData("在全市共有医疗机构626个", "626个", null, true)]
    [InlineData("全市医疗机构626个", "626个", null, false)]
    [InlineData("医疗机构626个，全市人口", "626个", null, false)]
    [InlineData("帮扶的兴文县人民医院门诊量达5万人次", "5万人次", "徐州市中心医院", true)]
    [InlineData("示例医院门诊量5人次", "5人次", "示例医院", false)]
    [InlineData("示例医院门诊量5人次", "5人次", "广元市示例医院", false)]
    [InlineData("示例医院门诊量5人次", "5人次", null, true)]
    public void IsAboutOthers_Figure_BelongsToARegionOrAnotherHospital(string text, string asWritten, string? hospital, bool expected) =>
        IsAboutOthers(text, asWritten, hospital).Should().Be(expected);

    private static bool IsAboutOthers(string text, string asWritten, string? hospital = null)
    {
        var (layout, token) = NumberProbe.Of(text, asWritten);
        return SubjectRules.IsAboutOthers(layout, token, hospital);
    }
}
