using System.Buffers;
using System.Globalization;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Commendations;

/// <summary>
/// The number of an official document (文号), such as 某医发〔2024〕12号: the issuer's abbreviation
/// with the document type (机关代字), the year in hexagonal brackets and the serial number.
/// </summary>
/// <remarks>
/// <para>
/// Parsing is tolerant of the brackets people type instead of 〔〕: [ ], 【 】, ［ ］, ( ) and （ ）;
/// the canonical form, from <see cref="ToString"/>, always uses 〔〕 and ends in 号. Leading zeros of
/// the serial are dropped (〔2024〕012号 is serial 12). A malformed number is rejected with a message
/// naming the part that is wrong: issuer, brackets, year, serial or 号.
/// </para>
/// <para>Equality compares issuer, year and serial. The default value is not a document number (empty issuer).</para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public readonly struct DocumentNumber : IEquatable<DocumentNumber>
{
    private const string Openers = "〔[【［(（";
    private const string Closers = "〕]】］)）";
    private static readonly SearchValues<char> Brackets = SearchValues.Create(Openers + Closers);

    private readonly string? _issuer;

    private DocumentNumber(string issuer, int year, int serial)
    {
        _issuer = issuer;
        Year = year;
        Serial = serial;
    }

    /// <summary>Gets the issuer's abbreviation with the document type, such as 某医发 or 国卫办医函.</summary>
    public string Issuer => _issuer ?? string.Empty;

    /// <summary>Gets the year, 1949 to 9999.</summary>
    public int Year { get; }

    /// <summary>Gets the serial number within the year, 1 or more.</summary>
    public int Serial { get; }

    /// <summary>Creates a document number from its parts.</summary>
    /// <param name="issuer">The issuer's abbreviation, such as 国卫办医函; no brackets or digits at its end.</param>
    /// <param name="year">The year, 1949 to 9999.</param>
    /// <param name="serial">The serial, 1 or more.</param>
    /// <returns>The document number.</returns>
    /// <exception cref="ArgumentException">The issuer is blank or contains brackets.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year or serial is out of range.</exception>
    public static DocumentNumber Create(string issuer, int year, int serial)
    {
        issuer = Preconditions.CheckNotBlank(issuer);
        Preconditions.CheckArgument(!ContainsBracket(issuer), nameof(issuer), $"issuer must not contain brackets, was '{issuer}'.");
        Preconditions.CheckRange(year, 1949, 9999);
        Preconditions.CheckRange(serial, 1, 1_000_000);
        return new DocumentNumber(issuer, year, serial);
    }

    /// <summary>Parses a document number such as 某医发〔2024〕12号 or 某医发[2024]12号.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The document number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is malformed; the message names the part.</exception>
    public static DocumentNumber Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var error = TryParseCore(text.Trim(), out var number);
        return error is null ? number : throw new FormatException($"'{text}' is not a document number: {error}");
    }

    /// <summary>Tries to parse a document number; see <see cref="Parse"/>.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="number">The document number, or the default value.</param>
    /// <returns>True when <paramref name="text"/> is a document number.</returns>
    public static bool TryParse(string? text, out DocumentNumber number)
    {
        number = default;
        return text is not null && TryParseCore(text.Trim(), out number) is null;
    }

    /// <summary>Compares two document numbers for equality.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(DocumentNumber left, DocumentNumber right) => left.Equals(right);

    /// <summary>Compares two document numbers for inequality.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(DocumentNumber left, DocumentNumber right) => !left.Equals(right);

    /// <summary>Returns the canonical form, such as 某医发〔2024〕12号; empty for the default value.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        _issuer is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{_issuer}〔{Year}〕{Serial}号");

    /// <inheritdoc />
    public bool Equals(DocumentNumber other) => Issuer == other.Issuer && Year == other.Year && Serial == other.Serial;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DocumentNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Issuer, Year, Serial);

    // Create and Parse refuse the same issuers: any bracket of either side, typed or official.
    private static bool ContainsBracket(string issuer) => issuer.AsSpan().IndexOfAny(Brackets) >= 0;

    private static string? TryParseCore(string text, out DocumentNumber number)
    {
        number = default;
        var open = text.IndexOfAny(Openers.ToCharArray());
        if (open < 0)
        {
            return "the year must be in brackets, as in 〔2024〕.";
        }

        if (open == 0)
        {
            return "the issuer (机关代字) before the year is missing.";
        }

        var close = text.IndexOfAny(Closers.ToCharArray(), open + 1);
        if (close < 0)
        {
            return "the bracket after the year is missing.";
        }

        if (Closers.IndexOf(text[close], StringComparison.Ordinal) != Openers.IndexOf(text[open], StringComparison.Ordinal) && !(text[open] == '〔' || text[close] == '〕'))
        {
            return $"the brackets '{text[open]}' and '{text[close]}' do not match.";
        }

        var yearText = text[(open + 1)..close].Trim();
        if (yearText.Length != 4 || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1949)
        {
            return $"the year '{yearText}' must be four digits from 1949 on.";
        }

        var rest = text[(close + 1)..].Trim();
        if (!rest.EndsWith('号'))
        {
            return "the number must end in 号.";
        }

        var serialText = rest[..^1].Trim();
        if (serialText.Length == 0 || !int.TryParse(serialText, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) || serial < 1 || serial > 1_000_000)
        {
            return $"the serial '{serialText}' must be a positive whole number.";
        }

        var issuer = text[..open].Trim();
        if (ContainsBracket(issuer))
        {
            return $"the issuer '{issuer}' must not contain brackets.";
        }

        number = new DocumentNumber(issuer, year, serial);
        return null;
    }
}
