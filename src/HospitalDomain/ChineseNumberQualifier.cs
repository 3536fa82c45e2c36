using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain;

/// <summary>How a figure in a Chinese report is hedged: "三千余" is more than 3,000, "近1000" nearly 1,000.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum ChineseNumberQualifier
{
    /// <summary>The figure is exact as written.</summary>
    None = 0,

    /// <summary>Somewhat more than the figure: the suffixes 余 and 多 (三千余, 1000多).</summary>
    MoreThan = 1,

    /// <summary>Nearly the figure, a little less: the prefixes 近 and 将近 (近1000).</summary>
    Nearly = 2,

    /// <summary>Over the figure: the prefixes 逾, 超过, 超 and 突破 (逾万, 突破10亿).</summary>
    Over = 3,

    /// <summary>About the figure, either side: the prefixes 约 and 大约 (约2.5万).</summary>
    About = 4,
}
