namespace HospitalDomain.Text;

/// <summary>A number of the text: the figure as written (hedges and scale included) and the word after it.</summary>
/// <param name="Start">The offset of the number, its hedge word included.</param>
/// <param name="NumberEnd">The end (exclusive) of the number, its scale and hedge words included.</param>
/// <param name="Number">The value.</param>
/// <param name="Unit">The unit or counter word after it (人次, %, 个周期, 年 …), or null.</param>
/// <param name="End">The end (exclusive) of the number and its unit (and a trailing 以上).</param>
/// <param name="Chinese">Whether it is written in Chinese numerals.</param>
internal sealed record NumberToken(int Start, int NumberEnd, ChineseNumber Number, string? Unit, int End, bool Chinese)
{
    public int Length => End - Start;
}

/// <summary>Finds the numbers of a text, each with its hedge words, scale and the unit or counter word after it.</summary>
internal static class NumberScanner
{
    private static readonly string[] Prefixes = ["将近", "接近", "大约", "超过", "突破", "近", "约", "逾", "超"];

    private static readonly string[] UnitWords = ["十万", "百万", "千万", "十", "百", "千", "万", "亿"];

    /// <summary>Units and counter words, longest first where one begins another.</summary>
    internal static readonly string[] Units =
    [
        "个百分点", "个周期", "平方米", "人次", "例次", "台次", "床日", "平米", "周期", "分钟", "小时", "周年",
        "%", "％", "‰", "倍", "个", "名", "人", "位", "例", "台", "项", "篇", "部", "家", "所", "支", "次", "种", "辆", "场",
        "期", "面", "批", "件", "套", "张", "床", "天", "元", "亩", "㎡", "分", "年", "月", "日", "号", "时", "届", "岁", "点",
        "条", "强", "大", "甲", "乙", "丙", "佳", "级", "等", "星", "好", "楼", "层", "周",
    ];

    public static List<NumberToken> Scan(string text)
    {
        var tokens = new List<NumberToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (TryRead(text, i, out var token))
            {
                tokens.Add(token);
                i = token.End;
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }

    private static bool TryRead(string text, int start, out NumberToken token)
    {
        token = null!;
        if (start > 0 && (char.IsAsciiDigit(text[start - 1]) || (text[start - 1] == '.' && start > 1 && char.IsAsciiDigit(text[start - 2]))))
        {
            return false; // inside a number read already
        }

        var p = start;
        var prefixLength = 0;
        foreach (var word in Prefixes)
        {
            if (text.AsSpan(p).StartsWith(word, StringComparison.Ordinal))
            {
                var q = SkipSpaces(text, p + word.Length);
                if (q < text.Length && (char.IsAsciiDigit(text[q]) || IsNumeral(text[q])))
                {
                    prefixLength = q - p;
                    p = q;
                }

                break;
            }
        }

        // 上千, 数百, 几十: a vague amount of a unit.
        if (prefixLength == 0 && text[p] is '上' or '数' or '几')
        {
            foreach (var unit in UnitWords)
            {
                if (text.AsSpan(p + 1).StartsWith(unit, StringComparison.Ordinal)
                    && ChineseNumber.TryParse(text.AsSpan(p, 1 + unit.Length), out var vague))
                {
                    return Finish(text, start, p + 1 + unit.Length, vague, chinese: true, out token);
                }
            }

            return false;
        }

        if (p < text.Length && char.IsAsciiDigit(text[p]))
        {
            var q = p;
            while (q < text.Length && char.IsAsciiDigit(text[q]))
            {
                q++;
            }

            // Thousands separators (8,600) and a decimal part (7.8).
            while (q + 3 < text.Length && text[q] == ',' && char.IsAsciiDigit(text[q + 1]) && char.IsAsciiDigit(text[q + 2]) && char.IsAsciiDigit(text[q + 3])
                && (q + 4 >= text.Length || !char.IsAsciiDigit(text[q + 4])))
            {
                q += 4;
            }

            if (q + 1 < text.Length && text[q] == '.' && char.IsAsciiDigit(text[q + 1]))
            {
                q++;
                while (q < text.Length && char.IsAsciiDigit(text[q]))
                {
                    q++;
                }
            }

            q = ReadHedgeAndScale(text, q);
            return TryParseSpan(text, start, start + prefixLength, q, chinese: false, out token);
        }

        if (p < text.Length && IsNumeral(text[p]))
        {
            var q = p;
            while (q < text.Length && IsNumeral(text[q]))
            {
                q++;
            }

            // The longest run that is a number: 十四五 is read as 十四 followed by 五.
            for (var end = q; end > p; end--)
            {
                var withHedge = ReadHedgeAndScale(text, end);
                if (TryParseSpan(text, start, start + prefixLength, withHedge, chinese: true, out token)
                    || (withHedge != end && TryParseSpan(text, start, start + prefixLength, end, chinese: true, out token)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Reads 余/多/几 and 万/亿 after the digits, in either order, spaces allowed before them.</summary>
    private static int ReadHedgeAndScale(string text, int q)
    {
        var r = SkipSpaces(text, q);
        if (r < text.Length && text[r] is '余' or '多' or '几')
        {
            var s = r + 1;
            return s < text.Length && text[s] is '万' or '亿' ? s + 1 : s;
        }

        if (r < text.Length && text[r] is '万' or '亿')
        {
            var s = r + 1;
            return s < text.Length && text[s] is '余' or '多' ? s + 1 : s;
        }

        return q;
    }

    private static bool TryParseSpan(string text, int start, int numberStart, int numberEnd, bool chinese, out NumberToken token)
    {
        token = null!;
        if (numberEnd <= numberStart)
        {
            return false;
        }

        if (ChineseNumber.TryParse(text.AsSpan(start, numberEnd - start), out var number)
            || (numberStart > start && ChineseNumber.TryParse(text.AsSpan(numberStart, numberEnd - numberStart), out number)))
        {
            // 近1000余: both hedges; the value is read from the number and its suffix, the span keeps both.
            return Finish(text, start, numberEnd, number, chinese, out token);
        }

        return false;
    }

    private static bool Finish(string text, int start, int numberEnd, ChineseNumber number, bool chinese, out NumberToken token)
    {
        var u = SkipSpaces(text, numberEnd);
        string? unit = null;
        foreach (var candidate in Units)
        {
            if (text.AsSpan(u).StartsWith(candidate, StringComparison.Ordinal))
            {
                unit = candidate;
                break;
            }
        }

        var end = unit is null ? numberEnd : u + unit.Length;
        if (unit is not null && text.AsSpan(end).StartsWith("以上", StringComparison.Ordinal) && number.Qualifier == ChineseNumberQualifier.None
            && ChineseNumber.TryParse(text[start..numberEnd] + "以上", out var atLeast))
        {
            number = atLeast;
            end += 2;
        }

        token = new NumberToken(start, numberEnd, number, unit is "％" ? "%" : unit, end, chinese);
        return true;
    }

    private static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && text[position] is ' ' or '\u3000' or '\u00A0')
        {
            position++;
        }

        return position;
    }

    internal static bool IsNumeral(char c) => "零〇一二两三四五六七八九十百千万亿".Contains(c, StringComparison.Ordinal);
}
