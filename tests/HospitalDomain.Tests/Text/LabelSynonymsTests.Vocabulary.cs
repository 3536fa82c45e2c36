using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

// Each filler the synonym table strips before a label, one generated label each.
public sealed partial class LabelSynonymsTests
{
    // The entries of LabelSynonyms' fillers. 全年共完成 and 全年共 are not here: without them 全年, 共 and 完成
    // are stripped one after the other, to the same label.
    [Theory]
    [InlineData("全年")]
    [InlineData("年度")]
    [InlineData("全院")]
    [InlineData("院部")]
    [InlineData("医院")]
    [InlineData("我院")]
    [InlineData("完成")]
    [InlineData("共")]
    [InlineData("总")]
    [InlineData("年")]
    public void Normalize_EachFiller_IsDroppedFromTheLabel(string filler) =>
        LabelSynonyms.Normalize(filler + "手术量").Should().Be("手术量");
}
