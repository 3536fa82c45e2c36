using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain;

/// <summary>
/// A figure as Chinese reports write it: 260.72万, 2.58亿, 3407, 三千余, 近1000, 突破10亿 — its value,
/// the scale it was written in (万, 亿) and the hedge word (余, 近, 逾 …) kept.
/// </summary>
/// <remarks>
/// <para>
/// Parsing accepts Arabic digits (with optional thousands commas and a decimal point) and Chinese
/// numerals (零〇一二两三四五六七八九十百千万亿), followed by an optional scale 万 (10⁴) or 亿 (10⁸),
/// with an optional prefix (近, 将近, 接近, 逾, 超过, 超, 突破, 约, 大约) and an optional suffix (余, 多, 几,
/// 以上) either before or after the scale ("20余万", "1.2万余", "十余万", "3万以上"). A bare scale or unit
/// is one of it: "逾万" is over 10,000, "近千" nearly 1,000, "百余" more than 100. Spaces may stand
/// between the parts ("110.37 万", "约 22315") but not between digits. Arabic digits may carry a
/// minus sign ("-3.2", "约-3.2万"), so that every figure's text parses back. A figure whose value lies
/// beyond the range of <see cref="decimal"/> (±79228162514264337593543950335) does not parse:
/// <c>TryParse</c> returns false and <c>Parse</c> throws <see cref="FormatException"/>.
/// </para>
/// <para>
/// Vague amounts: an approximate range of two rising digits (六七百 is 600 to 700, 三五十 30 to 50,
/// 三四十万 300,000 to 400,000) or of two numbers (600-700, 600至700; the lower end above zero and below
/// the upper) has <see cref="Value"/> the lower end and <see cref="UpperValue"/> the upper; 上千 and 上万 are a thousand or ten thousand or more
/// (<see cref="ChineseNumberQualifier.AtLeast"/>); 数百 and 几十 are a few hundred or tens, read as the
/// range two to nine of the unit (<see cref="ChineseNumberQualifier.Several"/>).
/// </para>
/// <para>
/// <see cref="ToString()"/> gives the canonical form: Arabic digits, the original scale and the
/// original hedge words in their original places; figures parsed from Chinese numerals are written
/// in Arabic digits ("三千余" becomes "3000余", "六七百" becomes "600-700"), except the vague amounts
/// 上千 and 数百, which have no Arabic form. The canonical form parses back to an equal value.
/// </para>
/// <para>
/// Equality compares the value (and the upper end of a range), the scale and the hedge (word and place): 260.72万 and 2607200 have
/// the same <see cref="Value"/> but are written differently and are not equal. There is no order.
/// The default value is the exact figure 0.
/// </para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public readonly partial struct ChineseNumber : IEquatable<ChineseNumber>
{
    private static readonly string[] PrefixWords = ["将近", "接近", "超过", "突破", "大约", "近", "逾", "超", "约"];

    /// <summary>The end of the message for a figure beyond the range of decimal.</summary>
    private const string TooLarge = ": a figure must lie within ±79228162514264337593543950335.";

    /// <summary>The length of the digit buffer on the stack; longer numbers use the heap.</summary>
    private const int StackBufferLength = 64;

    private readonly decimal _value;
    private readonly string? _prefix;
    private readonly string? _suffix;
    private readonly byte _scale;
    private readonly bool _suffixBeforeScale;

    /// <summary>The upper end of a range (六七百 → 700; 数百 → 900), or 0 when the figure is not a range.</summary>
    private readonly decimal _upper;

    private ChineseNumber(decimal value, byte scale, string? prefix, string? suffix, bool suffixBeforeScale)
    {
        _value = value;
        _scale = scale;
        _prefix = prefix;
        _suffix = suffix;
        _suffixBeforeScale = suffixBeforeScale && suffix is not null && scale != 0;
    }

    /// <summary>Gets the value: 2607200 for 260.72万, 3000 for 三千余.</summary>
    public decimal Value => _value;

    /// <summary>
    /// Gets the upper end when the figure is a range: 700 for 六七百 (600 to 700), 900 for 数百 (read as
    /// 200 to 900); null otherwise. <see cref="Value"/> is then the lower end.
    /// </summary>
    public decimal? UpperValue => _upper == 0m ? null : _upper;

    /// <summary>Gets how the figure is hedged.</summary>
    public ChineseNumberQualifier Qualifier => (_prefix, _suffix) switch
    {
        (null, null) => _upper == 0m ? ChineseNumberQualifier.None : ChineseNumberQualifier.Range,
        (null, "以上") => ChineseNumberQualifier.AtLeast,
        (null, _) => ChineseNumberQualifier.MoreThan,
        ("近" or "将近" or "接近", _) => ChineseNumberQualifier.Nearly,
        ("约" or "大约", _) => ChineseNumberQualifier.About,
        ("上", _) => ChineseNumberQualifier.AtLeast,
        ("数" or "几", _) => ChineseNumberQualifier.Several,
        _ => ChineseNumberQualifier.Over,
    };

    /// <summary>Gets the hedge word as written, such as "余", "近" or "突破"; empty for an exact figure.</summary>
    public string QualifierWord => _prefix ?? _suffix ?? string.Empty;

    /// <summary>Gets the scale the figure was written in: 1, 10,000 (万) or 100,000,000 (亿).</summary>
    public decimal Scale => ScaleFactor(_scale);

    /// <summary>Creates an exact figure, written without a scale.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The figure.</returns>
    public static ChineseNumber FromValue(decimal value) => new(value, 0, null, null, false);

    /// <summary>Compares two figures for equality of value, scale and hedge.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(ChineseNumber left, ChineseNumber right) => left.Equals(right);

    /// <summary>Compares two figures for inequality.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ChineseNumber left, ChineseNumber right) => !left.Equals(right);

    /// <summary>
    /// Formats a value the way Chinese reports do: 1亿 and more in 亿, 1万 and more in 万, smaller values
    /// as they are; at most two decimals, rounded half away from zero (四舍五入), trailing zeros dropped.
    /// 2607200 gives "260.72万", 258000000 gives "2.58亿", 3407 gives "3407".
    /// </summary>
    /// <remarks>
    /// A value that rounds up to 10000 of its scale is written in the next one: 99999999.995 is "1亿".
    /// The text always parses back with <see cref="Parse(string)"/>: a value so close to the limit of
    /// <see cref="decimal"/> that rounding it up would leave the range (within 0.005亿 of
    /// ±79228162514264337593543950335) is rounded towards zero instead.
    /// </remarks>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Format(decimal value)
    {
        var magnitude = Math.Abs(value);
        var (factor, unit) = magnitude >= 100_000_000m ? (100_000_000m, "亿")
            : magnitude >= 10_000m ? (10_000m, "万")
            : (1m, string.Empty);
        var rounded = Math.Round(value / factor, 2, MidpointRounding.AwayFromZero);
        if (Math.Abs(rounded) >= 10_000m && factor < 100_000_000m)
        {
            // 9999.995 rounds up to 10000: written in the next scale, 1万 rather than 10000.
            (factor, unit) = factor == 1m ? (10_000m, "万") : (100_000_000m, "亿");
            rounded = Math.Round(value / factor, 2, MidpointRounding.AwayFromZero);
        }

        if (!Arithmetic.TryMultiply(rounded, factor, out _))
        {
            rounded = Math.Round(value / factor, 2, MidpointRounding.ToZero);
        }

        return rounded.ToString("0.##", CultureInfo.InvariantCulture) + unit;
    }

    /// <summary>Parses a figure; see the remarks of <see cref="ChineseNumber"/> for the accepted forms.</summary>
    /// <param name="text">The text, such as "260.72万" or "三千余"; surrounding white space is ignored.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a figure; the message quotes it and says where it went wrong.</exception>
    public static ChineseNumber Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var error = TryParseAnyForm(text.AsSpan(), out var number);
        return error is null
            ? number
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a Chinese figure: {error}"));
    }

    /// <summary>Tries to parse a figure; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="number">The figure, or the default value when parsing fails.</param>
    /// <returns>True when <paramref name="text"/> is a figure.</returns>
    public static bool TryParse(string? text, out ChineseNumber number)
    {
        if (text is null)
        {
            number = default;
            return false;
        }

        return TryParseAnyForm(text.AsSpan(), out number) is null;
    }

    /// <summary>Tries to parse a figure without allocating; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="number">The figure, or the default value when parsing fails.</param>
    /// <returns>True when <paramref name="text"/> is a figure.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ChineseNumber number) => TryParseAnyForm(text, out number) is null;

    /// <summary>Returns the canonical form, such as "260.72万" or "3000余".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (FormatOtherForm() is { } other)
        {
            return other;
        }

        var builder = new StringBuilder();
        builder.Append(_prefix);
        var mantissa = _value / ScaleFactor(_scale);
        builder.Append(mantissa.ToString("0.############################", CultureInfo.InvariantCulture));
        if (_suffixBeforeScale)
        {
            builder.Append(_suffix);
        }

        builder.Append(_scale switch { 1 => "万", 2 => "亿", _ => string.Empty });
        if (!_suffixBeforeScale)
        {
            builder.Append(_suffix);
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public bool Equals(ChineseNumber other) =>
        _value == other._value && _upper == other._upper && _scale == other._scale && _suffixBeforeScale == other._suffixBeforeScale
        && string.Equals(_prefix, other._prefix, StringComparison.Ordinal) && string.Equals(_suffix, other._suffix, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ChineseNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_value, _upper, _scale, _prefix, _suffix, _suffixBeforeScale);

    private static decimal ScaleFactor(byte scale) => scale switch
    {
        1 => 10_000m,
        2 => 100_000_000m,
        _ => 1m,
    };

    /// <summary>Parses <paramref name="text"/>; returns null on success, else the reason it failed.</summary>
    private static string? TryParseCore(ReadOnlySpan<char> text, out ChineseNumber number)
    {
        number = default;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return "the text is empty.";
        }

        var position = 0;
        string? prefix = null;
        foreach (var word in PrefixWords)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                prefix = word;
                position = word.Length;
                break;
            }
        }

        // The number itself: Arabic or Chinese numerals.
        var start = position;
        decimal value;
        byte scale = 0;
        string? suffix = null;
        var suffixBeforeScale = false;
        var negative = position + 1 < text.Length && text[position] == '-' && (char.IsAsciiDigit(text[position + 1]) || text[position + 1] == '.');
        if (negative)
        {
            start = ++position;
        }

        if (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '.'))
        {
            while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] is ',' or '.'))
            {
                position++;
            }

            switch (TryParseArabic(text[start..position], out value))
            {
                case NumeralReading.Malformed:
                    return string.Create(CultureInfo.InvariantCulture, $"'{text[start..position]}' at position {start} is not a number.");
                case NumeralReading.TooLarge:
                    return string.Create(CultureInfo.InvariantCulture, $"'{text[start..position]}' at position {start} is too large{TooLarge}");
            }

            value = negative ? -value : value;
            ReadSuffix(text, ref position, ref suffix);
            if (position < text.Length && ScaleOf(text[position]) is var s and > 0)
            {
                scale = s;
                suffixBeforeScale = suffix is not null;
                position++;
                if (!Arithmetic.TryMultiply(value, ScaleFactor(scale), out value))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"'{text[start..position]}' at position {start} is too large{TooLarge}");
                }
            }
        }
        else
        {
            while (position < text.Length && IsChineseNumeral(text[position]))
            {
                position++;
            }

            if (position == start)
            {
                return position < text.Length
                    ? string.Create(CultureInfo.InvariantCulture, $"unexpected character '{text[position]}' at position {position}; expected a digit or a Chinese numeral.")
                    : string.Create(CultureInfo.InvariantCulture, $"the number is missing after '{prefix}'.");
            }

            var numerals = text[start..position];
            switch (TryParseChineseNumerals(numerals, out value))
            {
                case NumeralReading.Malformed:
                    return string.Create(CultureInfo.InvariantCulture, $"'{numerals}' at position {start} is not a well-formed Chinese numeral.");
                case NumeralReading.TooLarge:
                    return string.Create(CultureInfo.InvariantCulture, $"'{numerals}' at position {start} is too large{TooLarge}");
            }

            if (numerals.Length == 1 && ScaleOf(numerals[0]) is var bare and > 0)
            {
                scale = bare;
            }
        }

        if (suffix is null)
        {
            ReadSuffix(text, ref position, ref suffix);
        }

        if (position < text.Length)
        {
            return string.Create(CultureInfo.InvariantCulture, $"unexpected character '{text[position]}' at position {position}.");
        }

        if (prefix is not null && suffix is not null)
        {
            return "a figure takes a hedge word before it or after it, not both.";
        }

        number = new ChineseNumber(value, scale, prefix, suffix, suffixBeforeScale);
        return null;
    }

    private static void ReadSuffix(ReadOnlySpan<char> text, ref int position, ref string? suffix)
    {
        if (position < text.Length && text[position] is '余' or '多' or '几')
        {
            suffix = text[position] switch { '余' => "余", '多' => "多", _ => "几" };
            position++;
        }
        else if (text[position..].StartsWith("以上", StringComparison.Ordinal))
        {
            suffix = "以上";
            position += 2;
        }
    }

    private static byte ScaleOf(char c) => c switch
    {
        '万' => 1,
        '亿' => 2,
        _ => 0,
    };

    private static NumeralReading TryParseArabic(ReadOnlySpan<char> digits, out decimal value)
    {
        value = 0;
        var point = digits.IndexOf('.');
        if (!digits.ContainsAnyInRange('0', '9') || (point >= 0 && digits[(point + 1)..].Contains('.')))
        {
            return NumeralReading.Malformed;
        }

        var commas = digits.Count(',');
        if (commas == 0)
        {
            return Read(digits, out value);
        }

        // Thousands separators must group the integer part by threes: 3,407 or 1,234,567.
        var integer = point < 0 ? digits : digits[..point];
        for (var i = integer.Length - 4; i >= 0; i -= 4)
        {
            if (integer[i] != ',')
            {
                return NumeralReading.Malformed;
            }
        }

        // Every comma in the integer part, and none first: a range's end such as ",123" reaches here.
        if (integer.Count(',') != commas || integer[0] == ',')
        {
            return NumeralReading.Malformed;
        }

        // The stack holds a buffer of fixed size; longer input (all the digits decimal reads, with
        // separators) goes to the heap, so no input can exhaust the stack.
        var length = digits.Length - commas;
        var buffer = length <= StackBufferLength ? stackalloc char[StackBufferLength] : new char[length];
        var j = 0;
        foreach (var c in digits)
        {
            if (c != ',')
            {
                buffer[j++] = c;
            }
        }

        return Read(buffer[..j], out value);

        // Digits with at most one point that decimal does not read are beyond its range.
        static NumeralReading Read(ReadOnlySpan<char> plain, out decimal value) =>
            decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) ? NumeralReading.Read : NumeralReading.TooLarge;
    }

    private static bool IsChineseNumeral(char c) => DigitOf(c) >= 0 || c is '十' or '百' or '千' or '万' or '亿';

    private static int DigitOf(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>How reading Chinese numerals went.</summary>
    private enum NumeralReading
    {
        /// <summary>The numerals are a number.</summary>
        Read,

        /// <summary>The numerals break the rules of their order.</summary>
        Malformed,

        /// <summary>The number is beyond the range of decimal, as 亿亿亿亿 is.</summary>
        TooLarge,
    }

    /// <summary>
    /// Reads Chinese numerals: sections of digit-unit pairs (十百千) closed by 万 or 亿, so that
    /// 一百二十三 is 123, 十二 is 12, 两万三千 is 23000 and a bare 万 is 10000.
    /// </summary>
    private static NumeralReading TryParseChineseNumerals(ReadOnlySpan<char> numerals, out decimal value)
    {
        value = 0;
        decimal total = 0;      // completed 亿 part
        decimal section = 0;    // completed 万 part within the current 亿 group
        decimal small = 0;      // below 万
        var digit = -1;
        var lastSmallUnit = 10_000;
        foreach (var c in numerals)
        {
            var d = DigitOf(c);
            if (d >= 0)
            {
                if (digit > 0)
                {
                    return NumeralReading.Malformed; // two digits in a row such as 三四
                }

                digit = d; // 零 leaves 0 (一百零五), which no unit after it takes (零十 is malformed)
                continue;
            }

            switch (c)
            {
                case '十' or '百' or '千':
                    var unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                    if (unit >= lastSmallUnit)
                    {
                        return NumeralReading.Malformed; // 十百 or 百百: units must fall
                    }

                    // 十 may stand alone (十二 is 12); 百 and 千 need their digit; 零十 is not a numeral.
                    var multiplier = digit > 0 ? digit : digit < 0 && unit == 10 ? 1 : 0;
                    if (multiplier == 0)
                    {
                        return NumeralReading.Malformed;
                    }

                    small += multiplier * unit;
                    lastSmallUnit = unit;
                    digit = -1;
                    break;
                case '万':
                    // The sections grow with each 万 and 亿 (万万, 亿亿): checked, as a figure written so is not bounded.
                    small += Math.Max(digit, 0);
                    if (!Arithmetic.TryAdd(section, small, out var tenThousands) || !Arithmetic.TryMultiply(tenThousands == 0 ? 1 : tenThousands, 10_000, out section))
                    {
                        return NumeralReading.TooLarge;
                    }

                    small = 0;
                    digit = -1;
                    lastSmallUnit = 10_000;
                    break;
                case '亿':
                    small += Math.Max(digit, 0);
                    if (!Arithmetic.TryAdd(total, section + small, out var hundredMillions) || !Arithmetic.TryMultiply(hundredMillions == 0 ? 1 : hundredMillions, 100_000_000, out total))
                    {
                        return NumeralReading.TooLarge;
                    }

                    section = 0;
                    small = 0;
                    digit = -1;
                    lastSmallUnit = 10_000;
                    break;
            }
        }

        small += Math.Max(digit, 0);
        return Arithmetic.TryAdd(total, section + small, out value) ? NumeralReading.Read : NumeralReading.TooLarge;
    }
}
