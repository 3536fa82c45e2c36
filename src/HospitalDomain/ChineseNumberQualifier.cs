using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain;

/// <summary>How a figure in a Chinese report is hedged: "三千余" is more than 3,000, "近1000" nearly 1,000.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum ChineseNumberQualifier
{
    /// <summary>The figure is exact as written.</summary>
    None = 0,

    /// <summary>Somewhat more than the figure: the suffixes 余, 多 and 几 (三千余, 1000多, 百余, 十余万, 十几).</summary>
    MoreThan = 1,

    /// <summary>Nearly the figure, a little less: the prefixes 近, 将近 and 接近 (近1000, 近千, 接近9000).</summary>
    Nearly = 2,

    /// <summary>Over the figure: the prefixes 逾, 超过, 超 and 突破 (逾万, 突破10亿).</summary>
    Over = 3,

    /// <summary>About the figure, either side: the prefixes 约 and 大约 (约2.5万).</summary>
    About = 4,

    /// <summary>The figure or more: the suffix 以上 (300人以上) and the prefix 上 before a bare unit (上千, a thousand or more).</summary>
    AtLeast = 5,

    /// <summary>An approximate range, <see cref="ChineseNumber.Value"/> to <see cref="ChineseNumber.UpperValue"/>: 六七百 (600 to 700), 三五十 (30 to 50), 600-700.</summary>
    Range = 6,

    /// <summary>A few of a unit, read as the range two to nine of it: 数百 and 几百 (200 to 900), 数十万.</summary>
    Several = 7,
}
