using System.Globalization;
using System.Text.RegularExpressions;

namespace HospitalDomain.Text;

/// <summary>Who and when a report is about: the hospital it names most, the year its figures describe, and the figures that are about someone else.</summary>
internal static partial class SubjectRules
{
    private static readonly string[] NameSuffixes = ["医疗集团", "保健院", "卫生院", "医共体", "健共体", "医院"];

    private static readonly string[] LeadingVerbs =
        ["隆重召开", "召开了", "召开", "举行", "全面推进", "推进", "推动", "打造", "成为", "建立", "获得", "位于", "代表", "成功", "入选", "创建", "建设", "全体", "发布", "供稿", "来源", "作者",
         "促进", "坚持", "做好", "扎实", "动员", "激励", "提升", "提高", "加强", "实现", "强化", "深化", "保证", "确保", "支持", "引领", "发展", "管理", "服务", "改革", "建成", "迈向", "走进", "来到", "前往", "赴", "参观", "考察", "调研"];

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "公立医院", "三级医院", "二级医院", "一级医院", "智慧医院", "清廉医院", "精品医院", "研究型医院", "研究型中医院", "中医院", "西医院",
        "人民医院", "县级医院", "附属医院", "区域医院", "平安医院", "三甲医院", "中医医院", "现代化医院", "区域中心医院", "示范医院",
        "高水平医院", "大医院", "综合医院", "专科医院", "乡镇卫生院", "基层卫生院", "卫生院", "健康促进医院", "标杆医院", "互联网医院",
        "县级公立医院", "三级公立医院", "二级公立医院", "集团人民医院", "集团中医院", "市中医医院", "市中医院", "县人民医院", "市人民医院",
    };

    private static readonly string[] RegionStarts = ["全国", "全省", "全市", "全县", "全区", "我国", "我省", "我市", "全球", "辖区", "本市", "本省", "本县"];

    private static readonly string[] RegionStock = ["共有", "拥有", "总人口", "人口", "常住", "户籍", "辖"];

    /// <summary>The hospital or group the text names most often (the first on a tie), or null.</summary>
    public static string? Hospital(string text)
    {
        var candidates = Candidates(text).GroupBy(c => c.Name).Select(g => (Name: g.Key, Count: Occurrences(text, g.Key), First: g.Min(c => c.Start))).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        // A full name with its place (广元市中医医院, 青岛西海岸新区人民医院健共体) named twice or more wins over the
        // shorter forms inside it; otherwise the name named most often.
        var placed = candidates.Where(c => c.Count >= 2 && HasPlace(c.Name)).OrderBy(c => c.First).FirstOrDefault();
        return placed.Name ?? candidates.OrderByDescending(c => c.Count).ThenByDescending(c => HasPlace(c.Name)).ThenBy(c => c.First).First().Name;

        static bool HasPlace(string name) => name.AsSpan(0, name.Length - 2).IndexOfAny("省市县区州") >= 0;
    }

    /// <summary>Every hospital name of the text with where it starts.</summary>
    public static List<(string Name, int Start)> Candidates(string text)
    {
        var found = new List<(string, int)>();
        foreach (var suffix in NameSuffixes)
        {
            for (var at = text.IndexOf(suffix, StringComparison.Ordinal); at >= 0; at = text.IndexOf(suffix, at + suffix.Length, StringComparison.Ordinal))
            {
                var end = at + suffix.Length;
                if (suffix == "医院" && at > 0 && text.AsSpan(0, end).EndsWith("保健院", StringComparison.Ordinal))
                {
                    continue;
                }

                var start = at;
                while (start > 0 && at - start < 14 && TextLayout.IsHan(text[start - 1]) && !"在了的与和及是对向由将把被我该等暨到从讯为以让使其就也都即且而并之获评给至于往请".Contains(text[start - 1], StringComparison.Ordinal))
                {
                    start--;
                }

                var name = text[start..end];
                foreach (var verb in LeadingVerbs)
                {
                    var cut = name.LastIndexOf(verb, StringComparison.Ordinal);
                    if (cut >= 0 && cut + verb.Length <= name.Length - suffix.Length)
                    {
                        start += cut + verb.Length;
                        name = name[(cut + verb.Length)..];
                    }
                }

                if (name.Length > suffix.Length + 1 && !Generic.Contains(name) && !NumberScanner.IsNumeral(name[0]))
                {
                    found.Add((name, start));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The year the figures describe: the year the text says it sums up (总结2023年工作, 2021年医院总结,
    /// 回顾2017年, 2022年度先进), else the year of a sentence stating figures for the whole year (2017年全年);
    /// null when the text does not say.
    /// </summary>
    public static int? Year(string text)
    {
        var scores = new Dictionary<int, int>();
        foreach (Match match in SummaryYear().Matches(text))
        {
            if (!IsPlanned(text, match))
            {
                Add(match.Groups["year"].Value, 3);
            }
        }

        foreach (Match match in AnnualFigureYear().Matches(text))
        {
            if (!IsPlanned(text, match))
            {
                Add(match.Groups["year"].Value, 2);
            }
        }

        foreach (Match match in CommendedYear().Matches(text))
        {
            Add(match.Groups["year"].Value, 1);
        }

        return scores.Count == 0 ? null : scores.OrderByDescending(s => s.Value).ThenBy(s => text.IndexOf(s.Key.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)).First().Key;

        void Add(string year, int score)
        {
            var value = int.Parse(year, CultureInfo.InvariantCulture);
            scores[value] = scores.GetValueOrDefault(value) + score;
        }
    }

    /// <summary>Whether the figure at <paramref name="token"/> is about someone else: a region's stock, or another hospital named before it in its clause.</summary>
    public static bool IsAboutOthers(TextLayout layout, NumberToken token, string? hospital)
    {
        var clauseStart = layout.ClauseStart(token.Start);
        var before = layout.Slice(clauseStart, token.Start).TrimStart('在');
        var sentence = layout.Slice(layout.SentenceStart(token.Start), layout.SentenceEnd(token.End));
        if (RegionStarts.Any(r => before.StartsWith(r, StringComparison.Ordinal)) && FigureRules.ContainsAny(sentence, RegionStock))
        {
            return true;
        }

        foreach (var (name, _) in Candidates(before))
        {
            if (name != hospital && !(hospital?.Contains(name, StringComparison.Ordinal) ?? false) && !before.Contains("含" + name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>对2020年医院工作进行了总体部署: a year the clause plans, not sums up.</summary>
    private static bool IsPlanned(string text, Match match)
    {
        var end = match.Index + match.Length;
        var stop = text.IndexOfAny(['，', ',', '。', '；', ';', '\n'], end);
        var rest = text.AsSpan(end, (stop < 0 ? text.Length : stop) - end);
        return rest.Contains("部署", StringComparison.Ordinal) || rest.Contains("安排", StringComparison.Ordinal) || rest.Contains("计划", StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string name)
    {
        var count = 0;
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex(@"(?:总结(?:了)?|回顾(?:了)?|对)(?<year>(?:19|20)\d\d)年(?:度)?(?:的)?(?:全院|医院)?(?:医疗)?(?:工作|全年|成绩)|(?<year>(?:19|20)\d\d)年(?:度)?(?:医院)?(?:工作)?(?:总结|回顾)(?!暨)|(?<year>(?:19|20)\d\d)年(?:度)?(?:医院)?工作(?:报告|情况)|(?<year>(?:19|20)\d\d)年是(?:我院|医院)")]
    private static partial Regex SummaryYear();

    [GeneratedRegex(@"(?<year>(?:19|20)\d\d)年(?:全年|医院|我院|全院|上半年|[,，](?:医院|我院|全院))")]
    private static partial Regex AnnualFigureYear();

    [GeneratedRegex(@"(?<year>(?:19|20)\d\d)年度[^。；]{0,12}(?:先进|优秀|表彰|表扬)")]
    private static partial Regex CommendedYear();
}
