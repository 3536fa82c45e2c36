using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

/// <summary>The commendations behind a number: title, kind, count, whether it is a total, and the words taken.</summary>
public sealed partial class CommendationRulesTests
{
    private static string? Read(string text, string asWritten)
    {
        var (layout, token) = NumberProbe.Of(text, asWritten);
        return CommendationRules.Read(layout, token) is { } c ? $"{c.Title}|{c.Kind}|{c.Count}|{c.IsTotal}|{c.AsWritten}@{c.Start}" : null;
    }

    [Theory]
    [InlineData("其中156名同志获评医院年度先进工作者。", "156名", "医院年度先进工作者|Individual|156|False|156名同志@2")]
    [InlineData("全院有10个科室和190名个人受到通报表扬。", "10个", "科室|Collective|10|True|10个科室@3")]
    [InlineData("全院有10个科室和190名个人受到通报表扬。", "190名", "个人|Individual|190|True|190名个人@9")]
    [InlineData("全院有10个科室和190名代表受到表扬。", "10个", "科室|Collective|10|False|10个科室@3")]
    [InlineData("全院有10个科室和个人受到表扬。", "10个", "科室|Collective|10|False|10个科室@3")]
    [InlineData("科室和190名个人受到表扬。", "190名", "个人|Individual|190|False|190名个人@3")]
    [InlineData("表彰先进集体20个。", "20个", "表彰先进集体|Collective|20|False|20个@6")]
    [InlineData("被评为先进集体5个。", "5个", "先进集体|Collective|5|False|5个@7")]
    [InlineData("3名同志被评为 优秀党员 。", "3名", "优秀党员|Individual|3|False|3名同志@0")]
    [InlineData("3名同志被评为“优秀党员”。", "3名", "同志|Individual|3|False|3名同志@0")]
    [InlineData("3名同志被推荐为优秀党员。", "3名", "优秀党员|Individual|3|False|3名同志@0")]
    [InlineData("表彰5个先进个人。", "5个", "先进个人|Individual|5|False|5个先进个人@2")]
    [InlineData("表彰5个先进集体。", "5个", "先进集体|Collective|5|False|5个先进集体@2")]
    [InlineData("5个科室获评一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑。", "5个", "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸|Collective|5|False|5个科室@0")]
    [InlineData("1个科室荣获先进。", "1个", "先进|Collective|1|False|1个科室@0")]
    public void Read_Number_IsTheCommendationItCounts(string text, string asWritten, string expected) =>
        Read(text, asWritten).Should().Be(expected);

    [Theory]
    [InlineData("获评5个。", "5个")]
    [InlineData("表彰2.5个先进。", "2.5个")]
    [InlineData("表彰0个先进。", "0个")]
    [InlineData("表彰三五个先进。", "三五个")]
    public void Read_NoTitleOrNotACount_IsNull(string text, string asWritten) =>
        Read(text, asWritten).Should().BeNull();
}
