using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Text;

/// <summary>Why the reader did not take a number of the text as a figure.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum NotAFigureReason
{
    /// <summary>A date, a year, a time of day or a span of time: 2023年, 1月31日, 1时30分, 连续四年, 60多年, 24小时.</summary>
    DateOrTime = 0,

    /// <summary>An ordinal or a list marker: 第一, 一是, 1、, 第四届, 二次全会.</summary>
    Ordinal,

    /// <summary>A count of the text's own parts: 七个方面, 十个维度, 三点要求, 九项重点工作, 2个议程.</summary>
    Enumeration,

    /// <summary>A number inside a name or title: 三甲, 十四五, 十佳, 五大中心, 301医院, 八项规定, “万名医护走基层”, 三楼.</summary>
    Name,

    /// <summary>A document, licence or house number: 〔2024〕12号, 京ICP备16047934号.</summary>
    DocumentNumber,

    /// <summary>The people at the meeting: 500多名干部职工出席会议, 5名代表作表态发言.</summary>
    Attendance,

    /// <summary>A figure about someone else: a region (全市共有医疗机构626个) or another hospital.</summary>
    Others,

    /// <summary>A commendation or honour count: 20个先进集体, 156名同志获评先进工作者, 3项荣誉; read as a commendation instead.</summary>
    Commendation,

    /// <summary>A ranking: 全国第81位, 五百强; read as a ranking instead.</summary>
    Ranking,

    /// <summary>"One" as an article rather than a count: 一支队伍, 一批学科.</summary>
    Article,

    /// <summary>A count of key specialties: 新增3个重点专科; read as key specialties instead.</summary>
    KeySpecialtyCount,
}
