using HospitalDomain.Commendations;

namespace HospitalDomain.Text;

/// <summary>Commendation counts: 20个先进集体和230名先进个人 (totals), 156名同志获评医院年度先进工作者 (an award), 标杆党支部4个.</summary>
internal static class CommendationRules
{
    private static readonly string[] AwardVerbs = ["被评为", "获评为", "评为", "获评", "荣获", "被授予", "授予", "推荐为", "被推荐", "推荐"];

    private static readonly string[] IndividualWords = ["个人", "工作者", "同志", "职工", "党员", "医生", "护士", "干部", "员工", "积极分子"];

    public static CommendationMention? Read(TextLayout layout, NumberToken token)
    {
        if (token.Number.Value != decimal.Truncate(token.Number.Value) || token.Number.Value is < 1m or > int.MaxValue || token.Number.UpperValue is not null)
        {
            return null;
        }

        var clauseEnd = layout.ClauseEnd(token.End);
        var after = layout.Slice(token.End, clauseEnd);
        var noun = after;
        var stop = noun.IndexOfAny(['和', '的', '颁', '受', '获', '被', '荣', '推', '评']);
        noun = stop >= 0 ? noun[..stop] : noun;
        string? title = null;
        foreach (var verb in AwardVerbs)
        {
            var at = after.IndexOf(verb, StringComparison.Ordinal);
            if (at >= 0)
            {
                title = after[(at + verb.Length)..].Trim('“', '”', '"', ' ');
                break;
            }
        }

        if (string.IsNullOrEmpty(title))
        {
            title = noun.Length > 0 ? noun : Before(layout, token);
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var individual = FigureRules.IsPersonCount(token) || IndividualWords.Any(w => title.Contains(w, StringComparison.Ordinal));
        var sentence = layout.Slice(layout.SentenceStart(token.Start), layout.SentenceEnd(token.End));
        var isTotal = IsTotalPair(layout, token);
        return new CommendationMention(title.Length > 20 ? title[..20] : title, individual ? RecipientKind.Individual : RecipientKind.Collective, (int)token.Number.Value, isTotal, layout.Slice(token.Start, token.End + (noun.Length > 0 ? noun.Length : 0)), token.Start);
    }

    /// <summary>N个先进集体和M名先进个人, N个科室和M名个人受到通报表扬: the two totals of one decision.</summary>
    private static bool IsTotalPair(TextLayout layout, NumberToken token)
    {
        var text = layout.Text;
        var clauseStart = layout.ClauseStart(token.Start);
        var clauseEnd = layout.ClauseEnd(token.End);
        var clause = layout.Slice(clauseStart, clauseEnd);
        var and = clause.IndexOf('和', StringComparison.Ordinal);
        if (and < 0)
        {
            return false;
        }

        var left = clause[..and];
        var right = clause[(and + 1)..];
        var leftHasNumber = left.Any(c => char.IsAsciiDigit(c) || NumberScanner.IsNumeral(c));
        var rightHasNumber = right.Length > 0 && (char.IsAsciiDigit(right[0]) || NumberScanner.IsNumeral(right[0]));
        return leftHasNumber && rightHasNumber && !clause.Contains("代表", StringComparison.Ordinal) && text.Length > 0;
    }

    private static string Before(TextLayout layout, NumberToken token)
    {
        var before = layout.Slice(layout.ClauseStart(token.Start), token.Start);
        foreach (var verb in AwardVerbs)
        {
            var at = before.LastIndexOf(verb, StringComparison.Ordinal);
            if (at >= 0)
            {
                return before[(at + verb.Length)..];
            }
        }

        return before;
    }
}
