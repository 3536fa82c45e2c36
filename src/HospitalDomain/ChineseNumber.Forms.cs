using System.Globalization;

namespace HospitalDomain;

/// <content>
/// The forms of a figure beyond a number with an optional hedge and scale: spaces between the parts
/// (<c>110.37 万</c>, <c>约 22315</c>), approximate ranges (六七百, 三五十, 600-700), a bare unit
/// (近千, 百余), a Chinese numeral hedged before its scale (十余万), and the vague amounts 上千 and 数百.
/// </content>
public readonly partial struct ChineseNumber
{
    private ChineseNumber(decimal value, decimal upper, byte scale, string? prefix)
        : this(value, scale, prefix, null, false) => _upper = upper;

    /// <summary>Parses any accepted form; returns null on success, else why the text is not a figure.</summary>
    private static string? TryParseAnyForm(ReadOnlySpan<char> text, out ChineseNumber number)
    {
        text = text.Trim();
        if (text.ContainsAny(' ', '\u3000', '\u00A0'))
        {
            // A space may stand between the parts of a figure (110.37 万, 约 22315), never between two digits.
            var joined = new System.Text.StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] is not (' ' or '\u3000' or '\u00A0'))
                {
                    joined.Append(text[i]);
                }
                else if (joined.Length > 0 && IsDigitLike(joined[^1]) && NextNonSpace(text, i) is { } next && IsDigitLike(next))
                {
                    number = default;
                    return string.Create(CultureInfo.InvariantCulture, $"a space at position {i} splits a number.");
                }
            }

            text = joined.ToString().AsSpan();
        }

        var error = TryParseCore(text, out number);
        return error is null || TryParseVagueForm(text, out number) ? null : error;

        static bool IsDigitLike(char c) => char.IsAsciiDigit(c) || c is '.' or ',';

        static char? NextNonSpace(ReadOnlySpan<char> text, int from)
        {
            for (var i = from; i < text.Length; i++)
            {
                if (text[i] is not (' ' or '\u3000' or '\u00A0'))
                {
                    return text[i];
                }
            }

            return null;
        }
    }

    /// <summary>Reads a range, a vague amount or a Chinese numeral hedged before its scale.</summary>
    private static bool TryParseVagueForm(ReadOnlySpan<char> text, out ChineseNumber number)
    {
        number = default;
        if (text.IsEmpty)
        {
            return false;
        }

        // 上千, 上万 (a thousand or more); 数百, 几十 (a few hundred, a few tens).
        if (text[0] is '上' or '数' or '几' && TryParseUnitWord(text[1..], out var unit, out var unitScale))
        {
            number = text[0] == '上'
                ? new ChineseNumber(unit, 0m, unitScale, "上")
                : new ChineseNumber(2 * unit, 9 * unit, unitScale, text[0] == '数' ? "数" : "几");
            return true;
        }

        return TryParseChineseRange(text, out number) || TryParseArabicRange(text, out number) || TryParseHedgedNumerals(text, out number);
    }

    /// <summary>六七百 (600 to 700), 三五十 (30 to 50), 三四十万, 一两 (1 to 2): two rising digits, a unit, a scale.</summary>
    private static bool TryParseChineseRange(ReadOnlySpan<char> text, out ChineseNumber number)
    {
        number = default;
        if (text.Length < 2 || DigitOf(text[0]) is not (> 0 and var low) || DigitOf(text[1]) is not (> 0 and var high) || high - low is not (1 or 2))
        {
            return false;
        }

        var rest = text[2..];
        decimal unit = 1;
        if (!rest.IsEmpty && rest[0] is '十' or '百' or '千')
        {
            unit = rest[0] switch { '十' => 10, '百' => 100, _ => 1000 };
            rest = rest[1..];
        }

        byte scale = 0;
        if (!rest.IsEmpty && ScaleOf(rest[0]) is var s and > 0)
        {
            scale = s;
            rest = rest[1..];
        }

        if (!rest.IsEmpty || (unit == 1 && scale == 0 && text.Length > 2))
        {
            return false;
        }

        var factor = unit * ScaleFactor(scale);
        number = new ChineseNumber(low * factor, high * factor, scale, null);
        return true;
    }

    /// <summary>600-700, 600～700, 600至700, 30-40万: two rising numbers and an optional scale.</summary>
    private static bool TryParseArabicRange(ReadOnlySpan<char> text, out ChineseNumber number)
    {
        number = default;
        var dash = text.IndexOfAny("-～~至到");
        if (dash <= 0)
        {
            return false;
        }

        var upperText = text[(dash + 1)..];
        byte scale = 0;
        if (!upperText.IsEmpty && ScaleOf(upperText[^1]) is var s and > 0)
        {
            scale = s;
            upperText = upperText[..^1];
        }

        if (!IsPlainNumber(text[..dash]) || !IsPlainNumber(upperText)
            || TryParseArabic(text[..dash], out var low) != NumeralReading.Read || TryParseArabic(upperText, out var high) != NumeralReading.Read || low <= 0 || high <= low
            || high > decimal.MaxValue / ScaleFactor(scale))
        {
            return false;
        }

        number = new ChineseNumber(low * ScaleFactor(scale), high * ScaleFactor(scale), scale, null);
        return true;

        static bool IsPlainNumber(ReadOnlySpan<char> part) => !part.IsEmpty && !part.ContainsAnyExcept("0123456789.,");
    }

    /// <summary>近千, 百余 (a bare unit with a hedge), 十余万 and 二十多万 (Chinese numerals hedged before the scale).</summary>
    private static bool TryParseHedgedNumerals(ReadOnlySpan<char> text, out ChineseNumber number)
    {
        number = default;
        string? prefix = null;
        foreach (var word in PrefixWords)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                prefix = word;
                text = text[word.Length..];
                break;
            }
        }

        var end = 0;
        while (end < text.Length && IsChineseNumeral(text[end]))
        {
            end++;
        }

        if (end == 0)
        {
            return false;
        }

        var numerals = text[..end];
        decimal value;
        if (TryParseUnitWord(numerals, out var bare, out _))
        {
            value = bare;
        }
        else if (TryParseChineseNumerals(numerals, out value) != NumeralReading.Read)
        {
            return false;
        }

        var rest = text[end..];
        string? suffix = null;
        if (!rest.IsEmpty && rest[0] is '余' or '多' or '几')
        {
            suffix = rest[0] switch { '余' => "余", '多' => "多", _ => "几" };
            rest = rest[1..];
        }

        byte scale = 0;
        if (!rest.IsEmpty && ScaleOf(rest[0]) is var s and > 0)
        {
            scale = s;
            rest = rest[1..];
            if (value > decimal.MaxValue / ScaleFactor(scale))
            {
                return false;
            }

            value *= ScaleFactor(scale);
        }

        if (!rest.IsEmpty || (prefix is not null && suffix is not null) || (prefix is null && suffix is null))
        {
            return false;
        }

        number = new ChineseNumber(value, scale, prefix, suffix, suffixBeforeScale: suffix is not null && scale != 0);
        return true;
    }

    /// <summary>A unit word alone: 十, 百, 千, 万, 十万, 百万, 千万, 亿.</summary>
    private static bool TryParseUnitWord(ReadOnlySpan<char> text, out decimal value, out byte scale)
    {
        (value, scale) = text switch
        {
            "十" => (10m, (byte)0),
            "百" => (100m, (byte)0),
            "千" => (1000m, (byte)0),
            "万" => (10_000m, (byte)1),
            "十万" => (100_000m, (byte)1),
            "百万" => (1_000_000m, (byte)1),
            "千万" => (10_000_000m, (byte)1),
            "亿" => (100_000_000m, (byte)2),
            _ => (0m, (byte)0),
        };
        return value != 0m;
    }

    /// <summary>The canonical form of a range or a vague amount, or null for the other figures.</summary>
    private string? FormatOtherForm()
    {
        if (_prefix is "上" or "数" or "几")
        {
            var unit = _prefix == "上" ? _value : _value / 2;
            return _prefix + unit switch
            {
                10m => "十",
                100m => "百",
                1000m => "千",
                10_000m => "万",
                100_000m => "十万",
                1_000_000m => "百万",
                10_000_000m => "千万",
                _ => "亿",
            };
        }

        if (_upper == 0m)
        {
            return null;
        }

        var factor = ScaleFactor(_scale);
        return (_value / factor).ToString("0.############################", CultureInfo.InvariantCulture) + "-"
            + (_upper / factor).ToString("0.############################", CultureInfo.InvariantCulture)
            + (_scale switch { 1 => "万", 2 => "亿", _ => string.Empty });
    }
}
