namespace HospitalDomain.Text;

/// <summary>Where sentences and clauses of a report's text begin and end, and other questions about the characters around a position.</summary>
internal sealed class TextLayout
{
    private readonly string _text;

    public TextLayout(string text) => _text = text;

    public string Text => _text;

    /// <summary>Ends a sentence: a figure, its changes and its timing stay within one.</summary>
    public static bool IsSentenceBreak(char c) => c is '。' or '；' or ';' or '！' or '!' or '？' or '?' or '\n' or '\r';

    /// <summary>Ends a clause: a label stays within one.</summary>
    public static bool IsClauseBreak(char c) => IsSentenceBreak(c) || c is '，' or ',' or '：' or ':' or '、' or '（' or '(' or '）' or ')' or '“' or '”' or '"';

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>The start of the sentence holding <paramref name="position"/>.</summary>
    public int SentenceStart(int position) => StartBefore(position, IsSentenceBreak);

    /// <summary>The end (exclusive) of the sentence holding <paramref name="position"/>.</summary>
    public int SentenceEnd(int position) => EndFrom(position, IsSentenceBreak);

    /// <summary>The start of the clause holding <paramref name="position"/>.</summary>
    public int ClauseStart(int position) => StartBefore(position, IsClauseBreak);

    /// <summary>The end (exclusive) of the clause holding <paramref name="position"/>.</summary>
    public int ClauseEnd(int position) => EndFrom(position, IsClauseBreak);

    /// <summary>Whether <paramref name="position"/> lies inside a short quotation (“十四五”, 《…》) — the quoted words are a name.</summary>
    public bool InShortQuotation(int position, int maxLength = 12)
    {
        if (position <= 0)
        {
            return false;
        }

        foreach (var (open, close) in new[] { ('“', '”'), ('《', '》'), ('「', '」'), ('"', '"') })
        {
            var left = _text.LastIndexOf(open, position - 1);
            if (left < 0 || position - left > maxLength)
            {
                continue;
            }

            var closing = _text.IndexOf(close, position);
            var between = _text.AsSpan(left + 1, position - left - 1);
            if (closing > position && closing - left - 1 <= maxLength && !between.Contains(close) && !between.ContainsAny("。；\n"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether only white space stands between the start of the line and <paramref name="position"/>.</summary>
    public bool AtLineStart(int position)
    {
        for (var i = position - 1; i >= 0; i--)
        {
            if (_text[i] is '\n' or '\r')
            {
                return true;
            }

            if (!char.IsWhiteSpace(_text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether only white space stands between <paramref name="position"/> and the end of the line.</summary>
    public bool AtLineEnd(int position)
    {
        for (var i = position; i < _text.Length; i++)
        {
            if (_text[i] is '\n' or '\r')
            {
                return true;
            }

            if (!char.IsWhiteSpace(_text[i]))
            {
                return false;
            }
        }

        return true;
    }

    public bool StartsWithAt(int position, string word) =>
        position >= 0 && position <= _text.Length && _text.AsSpan(position).StartsWith(word, StringComparison.Ordinal);

    public bool EndsWithAt(int end, string word) =>
        end >= word.Length && end <= _text.Length && _text.AsSpan(0, end).EndsWith(word, StringComparison.Ordinal);

    /// <summary>The first of <paramref name="words"/> that starts at <paramref name="position"/>, or null.</summary>
    public string? WordAt(int position, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (StartsWithAt(position, word))
            {
                return word;
            }
        }

        return null;
    }

    private int StartBefore(int position, Func<char, bool> isBreak)
    {
        var i = Math.Min(position, _text.Length) - 1;
        while (i >= 0 && !isBreak(_text[i]))
        {
            i--;
        }

        return i + 1;
    }

    private int EndFrom(int position, Func<char, bool> isBreak)
    {
        var i = position;
        while (i < _text.Length && !isBreak(_text[i]))
        {
            i++;
        }

        return i;
    }

    public string Slice(int start, int end) => start >= end ? string.Empty : _text[Math.Max(start, 0)..Math.Min(end, _text.Length)];
}
