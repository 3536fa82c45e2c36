using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

/// <summary>Places in a ranking: 全国第81位, 居全市首位, 全国100强.</summary>
public sealed class RankingRulesTests
{
    private static string Find(string text) =>
        string.Join("|", RankingRules.Find(text).Select(r => $"{r.Scope ?? "-"} {r.Position} {(r.WithinTop ? "top" : "place")} {r.AsWritten}@{r.Start}"));

    [Theory]
    [InlineData("医院居全国第81位。", "全国 81 place 全国第81位@3")]
    [InlineData("排名全省第五名。", "全省 5 place 全省第五名@2")]
    [InlineData("在全市排名第3。", "全市 3 place 全市排名第3@1")]
    [InlineData("医院，川北地区排名第1位。", "川北地区 1 place 川北地区排名第1位@3")]
    [InlineData("医院位列川北地区第1位。", "川北地区 1 place 川北地区第1位@4")]
    [InlineData("居华南地区第一", "华南地区 1 place 华南地区第一@1")]
    [InlineData("在西南地区排名第2", "西南地区 2 place 西南地区排名第2@1")]
    [InlineData("名列华东地区第3名", "华东地区 3 place 华东地区第3名@2")]
    [InlineData("全国第99999位", "全国 99999 place 全国第99999位@0")]
    [InlineData("全国第一百位", "全国 100 place 全国第一百位@0")]
    [InlineData("全国第0位", "")]
    [InlineData("第3位", "")]
    [InlineData("医院居全市首位。", "全市 1 place 居全市首位@2")]
    [InlineData("进入全国100强。", "全国 100 top 全国100强@2")]
    [InlineData("进入中国医院前50强。", "中国医院 50 top 中国医院前50强@2")]
    [InlineData("进入前10强。", "- 10 top 前10强@2")]
    [InlineData("进入全国1强。", "全国 1 top 全国1强@2")]
    [InlineData("进入全国0强。", "")]
    [InlineData("荣获“中国10强”称号。", "")]
    public void Find_Text_GivesThePlaces(string text, string expected) =>
        Find(text).Should().Be(expected);
}
