using HospitalDomain.Governance;

namespace HospitalDomain.Text;

/// <summary>A change found before a number: the words from the basis (or verb) to the end of the amount, and what they say.</summary>
/// <param name="Start">Where the words of the change start (the basis, else the verb).</param>
/// <param name="AmountStart">Where its amount starts.</param>
/// <param name="End">The end (exclusive) of the amount and its unit.</param>
/// <param name="Change">The change.</param>
internal sealed record ChangeFound(int Start, int AmountStart, int End, StatedChange Change)
{
    /// <summary>Whether the amount is in the figure's own unit (天, 例次) rather than %, 个百分点, 倍.</summary>
    public bool IsAbsolute => Change.Unit is not ("%" or "个百分点" or "倍" or "番");
}

/// <summary>The wording of changes: 同比增长18.32%, 较上年同期下降0.5天, 比2000年增长1.65倍, 翻一番, 由8.2天缩短至7.8天, 降至7.9天.</summary>
internal static class ChangeRules
{
    /// <summary>Verbs, longest first; 减增长 is a garbled wording whose direction cannot be told.</summary>
    private static readonly (string Verb, ChangeDirection Direction)[] Verbs =
    [
        ("减增长", ChangeDirection.Ambiguous), ("增长了", ChangeDirection.Up), ("增加了", ChangeDirection.Up), ("提高了", ChangeDirection.Up), ("下降了", ChangeDirection.Down), ("减少了", ChangeDirection.Down),
        ("增长", ChangeDirection.Up), ("增加", ChangeDirection.Up), ("上升", ChangeDirection.Up), ("提高", ChangeDirection.Up), ("提升", ChangeDirection.Up), ("升高", ChangeDirection.Up),
        ("增幅", ChangeDirection.Up), ("升幅", ChangeDirection.Up), ("下降", ChangeDirection.Down), ("减少", ChangeDirection.Down), ("降低", ChangeDirection.Down), ("缩短", ChangeDirection.Down),
        ("降幅", ChangeDirection.Down), ("延长", ChangeDirection.Up), ("增", ChangeDirection.Up), ("升", ChangeDirection.Up), ("减", ChangeDirection.Down), ("降", ChangeDirection.Down),
    ];

    /// <summary>Bases of comparison, longest first.</summary>
    internal static readonly string[] Bases =
    [
        "与上年同期相比", "与去年同期相比", "与上年同期比", "与去年同期比", "与上年相比", "与去年相比", "较上年同期", "较去年同期", "比上年同期", "比去年同期",
        "较上一年", "较上年", "较去年", "比上年", "比去年", "同比", "环比", "去年",
    ];

    private static readonly string[] Adverbs = ["分别", "均", "共", "累计", "再", "持续", "大幅", "稳步", "明显", "进一步", "逐步"];

    /// <summary>The change whose amount is <paramref name="token"/>, or null when no change verb stands right before it.</summary>
    public static ChangeFound? Before(TextLayout layout, NumberToken token)
    {
        var text = layout.Text;
        var p = token.Start;
        foreach (var filler in new[] { "达到", "为", "达", "了" })
        {
            if (layout.EndsWithAt(p, filler))
            {
                p -= filler.Length;
                break;
            }
        }

        foreach (var (verb, direction) in Verbs)
        {
            if (!layout.EndsWithAt(p, verb))
            {
                continue;
            }

            var verbStart = p - verb.Length;
            if (verb.Length == 1 && verbStart > 0 && text[verbStart - 1] is '新' or '递' or '倍' or '剧' or '骤')
            {
                return null; // 新增3个: a count of new ones, not a change
            }

            if (token.Unit is not { } unit)
            {
                return null;
            }

            var start = BasisStart(layout, verbStart, out var basis);
            var change = new StatedChange(direction, direction == ChangeDirection.Flat ? null : token.Number.Value, unit, basis);
            return new ChangeFound(start, token.Start, token.End, change);
        }

        return null;
    }

    /// <summary>翻一番, 翻了两番: the doublings, with their start and end.</summary>
    public static IEnumerable<ChangeFound> Doublings(TextLayout layout)
    {
        var text = layout.Text;
        for (var at = text.IndexOf('翻', StringComparison.Ordinal); at >= 0; at = text.IndexOf('翻', at + 1))
        {
            var p = at + 1;
            if (layout.StartsWithAt(p, "了"))
            {
                p++;
            }

            if (p < text.Length && ChineseNumber.TryParse(text.AsSpan(p, 1), out var count) && p + 1 < text.Length && text[p + 1] == '番')
            {
                var start = BasisStart(layout, at, out var basis);
                yield return new ChangeFound(start, p, p + 2, new StatedChange(ChangeDirection.Up, count.Value, "番", basis));
            }
        }
    }

    /// <summary>同比持平, 与上年同期持平: the flat changes, with their start and end.</summary>
    public static IEnumerable<ChangeFound> Flats(TextLayout layout)
    {
        var text = layout.Text;
        for (var at = text.IndexOf("持平", StringComparison.Ordinal); at >= 0; at = text.IndexOf("持平", at + 2, StringComparison.Ordinal))
        {
            if (at > 0 && "支保坚维扶主".Contains(text[at - 1], StringComparison.Ordinal))
            {
                continue; // 支持平台, 保持平稳: not 持平
            }

            var start = BasisStart(layout, at, out var basis);
            if (basis is null && layout.EndsWithAt(at, "与上年同期"))
            {
                (start, basis) = (at - 5, "与上年同期");
            }

            if (basis is null && at + 2 < text.Length && !TextLayout.IsClauseBreak(text[at + 2]))
            {
                continue;
            }

            yield return new ChangeFound(start, start, at + 2, new StatedChange(ChangeDirection.Flat, basis: basis));
        }
    }

    /// <summary>
    /// The to-form before a figure: 降至7.9天 (down, no amount) or 由8.2天缩短至7.8天 (with the earlier value);
    /// null when the figure is not introduced by 至.
    /// </summary>
    public static (int Start, StatedChange Change, NumberToken? From)? ToForm(TextLayout layout, NumberToken token, IReadOnlyList<NumberToken> tokens)
    {
        if (!layout.EndsWithAt(token.Start, "至") && !layout.EndsWithAt(token.Start, "到"))
        {
            return null;
        }

        var toAt = token.Start - 1;
        ChangeDirection? direction = null;
        var verbStart = toAt;
        foreach (var (verb, d) in Verbs)
        {
            if (layout.EndsWithAt(toAt, verb))
            {
                direction = d;
                verbStart = toAt - verb.Length;
                break;
            }
        }

        var clauseStart = layout.ClauseStart(token.Start);
        var from = tokens.LastOrDefault(t => t.End <= verbStart && t.Start >= clauseStart && t.Start > 0 && layout.Text[t.Start - 1] is '由' or '从');
        if (from is not null)
        {
            direction ??= from.Number.Value < token.Number.Value ? ChangeDirection.Up : from.Number.Value > token.Number.Value ? ChangeDirection.Down : ChangeDirection.Flat;
            var start = BasisStart(layout, from.Start - 1, out var basis);
            return (start, new StatedChange(direction.Value, basis: basis, from: from.Number), from);
        }

        if (direction is null)
        {
            return null;
        }

        return (verbStart, new StatedChange(direction.Value), null);
    }

    /// <summary>The start of the basis ending at <paramref name="verbStart"/> (adverbs allowed between), or the verb's start.</summary>
    private static int BasisStart(TextLayout layout, int verbStart, out string? basis)
    {
        var p = verbStart;
        foreach (var adverb in Adverbs)
        {
            if (layout.EndsWithAt(p, adverb))
            {
                p -= adverb.Length;
                break;
            }
        }

        foreach (var word in Bases)
        {
            if (layout.EndsWithAt(p, word))
            {
                basis = word;
                return p - word.Length;
            }
        }

        // 比2000年, 较2015年: a year as the basis.
        var text = layout.Text;
        if (p >= 6 && text[p - 1] == '年' && char.IsAsciiDigit(text[p - 2]) && char.IsAsciiDigit(text[p - 5]) && text[p - 6] is '比' or '较')
        {
            basis = text[(p - 6)..p];
            return p - 6;
        }

        basis = null;
        return verbStart;
    }

    /// <summary>A basis that opens the clause (与去年同期比门诊人次增长28.42%), or null.</summary>
    public static string? OpeningBasis(TextLayout layout, int position)
    {
        var clauseStart = layout.ClauseStart(position);
        return Bases.FirstOrDefault(b => b.Length > 2 && layout.StartsWithAt(clauseStart, b));
    }
}
