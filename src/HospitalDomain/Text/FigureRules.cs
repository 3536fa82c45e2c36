namespace HospitalDomain.Text;

/// <summary>
/// The rules that say a number of the text is not a figure (docs/text.md, "What is not a figure"): dates
/// and times, ordinals and list markers, counts of the text's own parts, numbers inside names, document
/// numbers, attendance, commendations, rankings and "one" as an article. Figures about others are judged
/// by <see cref="SubjectRules"/>, which needs the hospital.
/// </summary>
internal static class FigureRules
{
    private static readonly string[] EnumeratedParts =
        ["方面", "层面", "维度", "议程", "任务", "要求", "意见", "经验", "重点工作", "重点任务", "方向", "层次", "环节", "原则", "举措", "大方面", "部分", "阶段"];

    private static readonly string[] NamedRules = ["准则", "规定", "原则", "制度", "工程", "行动", "措施", "承诺", "禁令", "清单"];

    private static readonly string[] Sessions = ["全会", "会议", "大会", "职代会", "职工代表大会", "全体会议", "代表大会", "常委会"];

    private static readonly string[] AttendanceAfter = ["参加", "出席", "参会", "列席", "聚集一堂", "欢聚一堂", "与会", "到会", "济济一堂"];

    private static readonly string[] CommendationWords =
        ["先进", "优秀", "表彰", "表扬", "荣誉", "称号", "获评", "评为", "荣获", "授予", "嘉奖", "记功", "标杆", "标兵", "模范", "十佳", "奖励"];

    private static readonly string[] PersonUnits = ["人", "名", "位"];

    /// <summary>
    /// Why <paramref name="token"/> is not a figure, or null when it may be one; <paramref name="silent"/>
    /// is set for numbers not worth reporting (a bare number in running text, a numeral inside a word).
    /// </summary>
    public static NotAFigureReason? Reject(TextLayout layout, NumberToken token, out bool silent)
    {
        silent = false;
        var text = layout.Text;
        var after = token.End;
        var unit = token.Unit;

        if (layout.InShortQuotation(token.Start))
        {
            return NotAFigureReason.Name;
        }

        if (token.Start > 0 && text[token.Start - 1] == '第')
        {
            return NotAFigureReason.Ordinal;
        }

        if (IsListMarker(layout, token))
        {
            return NotAFigureReason.Ordinal;
        }

        switch (unit)
        {
            case "年" or "月" or "日" or "时" or "周年" or "周" or "岁" or "小时":
                return NotAFigureReason.DateOrTime;
            case "号":
                return NotAFigureReason.DocumentNumber;
            case "届":
                return NotAFigureReason.Ordinal;
            case "点" or "条":
                return NotAFigureReason.Enumeration;
            case "强":
                return NotAFigureReason.Ranking;
            case "大" or "甲" or "乙" or "丙" or "佳" or "级" or "等" or "星" or "好" or "楼" or "层":
                return NotAFigureReason.Name;
            case "分" when layout.EndsWithAt(token.Start, "时"):
                return NotAFigureReason.DateOrTime;
            case "分钟" when layout.StartsWithAt(after, "救治圈") || layout.StartsWithAt(after, "圈"):
                return NotAFigureReason.Name;
            case "个" when layout.WordAt(after, ["工作日", "月", "小时", "星期", "季度", "年头"]) is not null:
                return NotAFigureReason.DateOrTime;
            case "次" when layout.WordAt(after, Sessions) is not null || layout.EndsWithAt(token.Start, "届"):
                return NotAFigureReason.Ordinal;
            case "项" when layout.WordAt(after, NamedRules) is not null:
                return NotAFigureReason.Name;
            case "期" when layout.WordAt(after, ["工程", "项目", "建设", "临床", "研究"]) is not null:
                return NotAFigureReason.Name;
        }

        if (unit is "个" or "项" or "点" or "条" && layout.WordAt(after, EnumeratedParts) is not null)
        {
            return NotAFigureReason.Enumeration;
        }

        if (unit is null)
        {
            if (token.Chinese && token.NumberEnd < text.Length && text[token.NumberEnd] is '是' or '要' or '则' or '、')
            {
                return NotAFigureReason.Ordinal;
            }

            if (!token.Chinese && IsYearLike(token) && token.End < text.Length && text[token.End] is '-' or '/' or '.' or '—' or '～' or '年')
            {
                return NotAFigureReason.DateOrTime;
            }

            if (!token.Chinese && token.End + 1 < text.Length && text[token.End] is '医' && text[token.End + 1] == '院')
            {
                return NotAFigureReason.Name;
            }

            if ((!token.Chinese && token.Number.Scale > 1m) || IsStatedValue(layout, token))
            {
                return null;
            }

            silent = true;
            return NotAFigureReason.Name;
        }

        if (token.Chinese && token.Number.Value == 1m && token.Number.Qualifier == ChineseNumberQualifier.None && unit is not ("%" or "倍"))
        {
            return NotAFigureReason.Article;
        }

        var clauseStart = layout.ClauseStart(token.Start);
        var clauseEnd = layout.ClauseEnd(token.End);
        var clause = layout.Slice(clauseStart, clauseEnd);
        var afterInClause = layout.Slice(token.End, clauseEnd);
        var sentence = layout.Slice(layout.SentenceStart(token.Start), layout.SentenceEnd(token.End));
        if (IsPersonCount(token) || unit is "个")
        {
            if (ContainsAny(afterInClause, AttendanceAfter) && IsPersonCount(token)
                || (sentence.Contains("代表", StringComparison.Ordinal) && ContainsAny(sentence, ["发言", "签订", "登上", "上台", "签署"]))
                || (sentence.Contains("负责人", StringComparison.Ordinal) && ContainsAny(sentence, ["总结", "汇报", "签订", "签署"])))
            {
                return NotAFigureReason.Attendance;
            }
        }

        if (unit is "个" or "名" or "人" or "位" or "家" or "项" or "支" && ContainsAny(clause, CommendationWords))
        {
            return NotAFigureReason.Commendation;
        }

        return null;
    }

    /// <summary>A number of persons: 人, 名, 位.</summary>
    public static bool IsPersonCount(NumberToken token) => token.Unit is { } unit && PersonUnits.Contains(unit);

    public static bool ContainsAny(string text, IEnumerable<string> words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));

    private static bool IsYearLike(NumberToken token) =>
        token.Number.Qualifier == ChineseNumberQualifier.None && token.NumberEnd - token.Start == 4 && token.Number.Value is >= 1900m and <= 2099m;

    /// <summary>1、 or 1 alone on its line, （1）: a list marker.</summary>
    private static bool IsListMarker(TextLayout layout, NumberToken token)
    {
        var text = layout.Text;
        if (token.Unit is not null || token.Number.Qualifier != ChineseNumberQualifier.None)
        {
            return false;
        }

        var next = token.End < text.Length ? text[token.End] : '\n';
        if (next is '、' or '．')
        {
            return true;
        }

        if (layout.AtLineStart(token.Start) && (layout.AtLineEnd(token.End) || next is '.' or ')' or '）'))
        {
            return true;
        }

        return token.Start > 0 && text[token.Start - 1] is '(' or '（' && next is ')' or '）';
    }

    /// <summary>A bare number stated as a value: 周转次数为20.68 — after 为, 达, 达到 or 是, with a label before it.</summary>
    private static bool IsStatedValue(TextLayout layout, NumberToken token)
    {
        foreach (var verb in new[] { "达到", "为", "达", "是" })
        {
            if (layout.EndsWithAt(token.Start, verb))
            {
                var clauseStart = layout.ClauseStart(token.Start);
                var before = layout.Slice(clauseStart, token.Start - verb.Length);
                return before.Length >= 2 && before.Any(TextLayout.IsHan) && (before.EndsWith("数", StringComparison.Ordinal) || before.EndsWith("率", StringComparison.Ordinal)
                    || before.EndsWith("比", StringComparison.Ordinal) || before.EndsWith("指数", StringComparison.Ordinal) || before.EndsWith("CMI", StringComparison.Ordinal));
            }
        }

        return false;
    }
}
