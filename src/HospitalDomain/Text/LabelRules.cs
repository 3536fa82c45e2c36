namespace HospitalDomain.Text;

/// <summary>What a figure counts, from the words of its clause: 全年共完成门急诊量260.72万人次 → 门急诊量; 13项发明获实用新型国家专利 → 发明获实用新型国家专利.</summary>
internal static partial class LabelRules
{
    /// <summary>Words before a label that are not part of it, longest first. 全年共计 is stripped as 全年 and 共计: an entry 全年共 would leave 计. A verb is listed with its 了 too (完成了手术 → 手术).</summary>
    private static readonly string[] Leading =
    [
        "全年共完成", "全年", "今年", "去年", "上半年共完成", "上半年", "其中", "共计", "合计", "累计", "共", "全院", "我院", "该院", "医院", "完成了", "完成", "实现了", "实现", "另", "仅", "就",
        "并", "同时", "此外", "以及", "和", "及", "与", "在", "年", "达到了", "达到", "达", "有",
    ];

    /// <summary>Words between a label and its number, longest first.</summary>
    private static readonly string[] Trailing =
    [
        "持续降至", "提升至", "提高至", "缩短至", "下降至", "降至", "升至", "增至", "保持在", "控制在", "稳定在", "突破", "超过", "达到", "达", "为", "是", "共", "完成", "约", "近", "有", "了", "持续", "均",
    ];

    /// <summary>Verbs that alone do not say what is counted: the noun after the number does (新建57个党员示范岗).</summary>
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "新建", "建成", "完成", "开展", "引进", "招录", "派出", "设立", "建立", "组建", "获得", "发表", "举办", "生产", "研发", "投入", "接诊", "收治",
        "服务", "提供", "抽调", "新购置", "排查", "驰援", "培训", "新增", "建起", "柔性引进", "先后抽调", "派出了", "设立了", "组建了", "建立了", "共设立了", "累计完成了",
    };

    /// <summary>The label of the number at <paramref name="start"/> to <paramref name="end"/>: the words before it in its clause, or the noun after it.</summary>
    public static string Of(TextLayout layout, int start, int end)
    {
        var before = layout.Slice(layout.ClauseStart(start), start).Trim();
        foreach (var basis in ChangeRules.Bases)
        {
            if (before.StartsWith(basis, StringComparison.Ordinal))
            {
                before = before[basis.Length..];
                break;
            }
        }

        // 广元市中医医院2023年全年门急诊量: the label starts after the hospital's name and the year.
        var year = AnyYear().Matches(before).LastOrDefault();
        if (year is not null && before.Length - (year.Index + year.Length) >= 2)
        {
            before = before[(year.Index + year.Length)..];
        }

        foreach (var suffix in new[] { "医院", "医疗集团", "保健院", "卫生院", "医共体", "健共体" })
        {
            var named = before.LastIndexOf(suffix, StringComparison.Ordinal);
            if (named >= 0 && before.Length - (named + suffix.Length) >= 2)
            {
                before = before[(named + suffix.Length)..];
            }
        }

        before = Strip(LeadingYear().Replace(before, string.Empty));
        var from = before.LastIndexOfAny(['由', '从']);
        if (from > 0 && from + 1 < before.Length && (char.IsAsciiDigit(before[from + 1]) || NumberScanner.IsNumeral(before[from + 1])))
        {
            before = Strip(before[..from]); // 平均住院日由8.2天缩短至7.8天: the label ends before the earlier value
        }

        if (before.Length >= 2 && !Verbs.Contains(before))
        {
            return before;
        }

        var after = layout.Slice(end, layout.ClauseEnd(end)).TrimStart('的');
        var cut = after.IndexOfAny(['和', '及', '，', '。']);
        after = cut >= 0 ? after[..cut] : after;
        after = after.Length > 14 ? after[..14] : after;
        var label = (before + after).Trim();
        return label.Length > 0 ? label : before.Length > 0 ? before : "（未注明）";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:19|20)\d\d年(?:度)?|仅|就)+")]
    private static partial System.Text.RegularExpressions.Regex LeadingYear();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:19|20)\d\d年(?:度)?")]
    private static partial System.Text.RegularExpressions.Regex AnyYear();

    private static string Strip(string words)
    {
        words = words.Trim();
        for (var stripped = true; stripped && words.Length > 0;)
        {
            stripped = false;
            foreach (var word in Leading)
            {
                if (words.Length > word.Length && words.StartsWith(word, StringComparison.Ordinal))
                {
                    words = words[word.Length..].Trim();
                    stripped = true;
                    break;
                }
            }
        }

        for (var stripped = true; stripped && words.Length > 0;)
        {
            stripped = false;
            foreach (var word in Trailing)
            {
                if (words.Length > word.Length && words.EndsWith(word, StringComparison.Ordinal))
                {
                    words = words[..^word.Length].Trim();
                    stripped = true;
                    break;
                }
            }
        }

        return words;
    }
}
