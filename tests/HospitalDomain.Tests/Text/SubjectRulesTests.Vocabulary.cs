using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

// Each word of the subject tables, one generated phrase each, in which that word decides the hospital's name
// or whether a figure is a region's. The generic names are pinned one by one by the other tests of this class.
public sealed partial class SubjectRulesTests
{
    private static string Candidates(string text) =>
        string.Join("|", SubjectRules.Candidates(text).Select(c => $"{c.Name}@{c.Start}"));

    // Every entry of SubjectRules.NameSuffixes.
    [Theory]
    [InlineData("示例医疗集团")]
    [InlineData("示例保健院")]
    [InlineData("示例卫生院")]
    [InlineData("示例医共体")]
    [InlineData("示例健共体")]
    [InlineData("示例医院")]
    public void Candidates_NameEndingInEachSuffix_IsAHospital(string name) =>
        Candidates("，" + name + "。").Should().Be(name + "@1");

    // The entries of SubjectRules.LeadingVerbs that can stand inside a name: the name starts after the verb.
    // Not here: 召开了, 成为, 获得, 位于, 迈向, 来到, 前往, holding a character (了, 为, 获, 于, 向, 到, 往) at
    // which the name already stops; 隆重召开 and 全面推进, which end in 召开 and 推进, cut at the same place.
    [Theory]
    [InlineData("召开")]
    [InlineData("举行")]
    [InlineData("推进")]
    [InlineData("推动")]
    [InlineData("打造")]
    [InlineData("建立")]
    [InlineData("代表")]
    [InlineData("成功")]
    [InlineData("入选")]
    [InlineData("创建")]
    [InlineData("建设")]
    [InlineData("全体")]
    [InlineData("发布")]
    [InlineData("供稿")]
    [InlineData("来源")]
    [InlineData("作者")]
    [InlineData("促进")]
    [InlineData("坚持")]
    [InlineData("做好")]
    [InlineData("扎实")]
    [InlineData("动员")]
    [InlineData("激励")]
    [InlineData("提升")]
    [InlineData("提高")]
    [InlineData("加强")]
    [InlineData("实现")]
    [InlineData("强化")]
    [InlineData("深化")]
    [InlineData("保证")]
    [InlineData("确保")]
    [InlineData("支持")]
    [InlineData("引领")]
    [InlineData("发展")]
    [InlineData("管理")]
    [InlineData("服务")]
    [InlineData("改革")]
    [InlineData("建成")]
    [InlineData("走进")]
    [InlineData("赴")]
    [InlineData("参观")]
    [InlineData("考察")]
    [InlineData("调研")]
    public void Candidates_NameAfterEachLeadingVerb_StartsAfterTheVerb(string verb) =>
        Candidates("甲乙" + verb + "示例医院").Should().Be($"示例医院@{2 + verb.Length}");

    // Every entry of SubjectRules.RegionStarts.
    [Theory]
    [InlineData("全国")]
    [InlineData("全省")]
    [InlineData("全市")]
    [InlineData("全县")]
    [InlineData("全区")]
    [InlineData("我国")]
    [InlineData("我省")]
    [InlineData("我市")]
    [InlineData("全球")]
    [InlineData("辖区")]
    [InlineData("本市")]
    [InlineData("本省")]
    [InlineData("本县")]
    public void IsAboutOthers_StockOfEachRegion_IsAboutOthers(string region) =>
        IsAboutOthers(region + "共有医疗机构626个。", "626个").Should().BeTrue();

    [Fact]
    public void IsAboutOthers_StockWithoutARegion_IsOurs() =>
        IsAboutOthers("示例共有医疗机构626个。", "626个").Should().BeFalse();

    // The entries of SubjectRules.RegionStock. 总人口 is not here: it holds 人口.
    [Theory]
    [InlineData("全市共有医疗机构626个。", "626个")]
    [InlineData("全市拥有医疗机构626个。", "626个")]
    [InlineData("全市人口62万人。", "62万人")]
    [InlineData("全市常住居民62万人。", "62万人")]
    [InlineData("全市户籍居民62万人。", "62万人")]
    [InlineData("全市辖12个乡镇。", "12个")]
    public void IsAboutOthers_RegionWithEachStockWord_IsAboutOthers(string text, string asWritten) =>
        IsAboutOthers(text, asWritten).Should().BeTrue();

    [Fact]
    public void IsAboutOthers_RegionWithoutAStockWord_IsOurs() =>
        IsAboutOthers("全市医疗机构626个。", "626个").Should().BeFalse();
}
