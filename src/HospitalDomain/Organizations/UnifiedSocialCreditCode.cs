using System.Globalization;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>
/// A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters that identify a legal
/// entity, such as <c>12100000400000000X</c> for a public institution or <c>91350200776049653A</c>.
/// </summary>
/// <remarks>
/// <para>
/// Structure: position 1 the registration authority (登记管理部门代码), 2 the organization category
/// (机构类别代码; public hospitals, as 事业单位, usually start "12"), 3–8 the administrative region
/// (GB/T 2260), 9–17 the organization code (GB 11714, with its own mod-11 check), 18 the check
/// character. The character set is the 31 symbols <c>0123456789ABCDEFGHJKLMNPQRTUWXY</c> (no I, O,
/// S, V, Z). The check character is 31 − (Σ value × 3^(i−1) mod 31), 31 written as 0.
/// </para>
/// <para>
/// Because 31 is prime and no weight is a multiple of it, every change of a single character to
/// another character of the set is caught by the check character.
/// </para>
/// <para>
/// Source: GB 32100-2015 as implemented consistently by several independent open-source
/// validators (status Secondary); the organization-category table below position 1 is given for
/// the authorities 1 (机构编制), 5 (民政) and 9 (工商) only.
/// </para>
/// <para>The default value is the empty code, which is not a valid code: <see cref="IsEmpty"/> is true and <see cref="ToString"/> returns "".</para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public readonly struct UnifiedSocialCreditCode : IEquatable<UnifiedSocialCreditCode>
{
    /// <summary>The 31 characters of the code's alphabet, in value order.</summary>
    internal const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private const string Authorities = "123456789ABCDEFGY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    // Value of each ASCII character in the alphabet, or -1; built once so validation is a table lookup.
    private static readonly sbyte[] Values = BuildValues();

    private readonly string? _value;

    private UnifiedSocialCreditCode(string value) => _value = value;

    /// <summary>Gets the registration authority code (登记管理部门代码), position 1: '1' 机构编制, '5' 民政, '9' 工商 …</summary>
    public char RegistrationAuthority => _value is null ? '\0' : _value[0];

    /// <summary>Gets the organization category code (机构类别代码), position 2: under '1', '2' is 事业单位 (public institution).</summary>
    public char OrganizationCategory => _value is null ? '\0' : _value[1];

    /// <summary>Gets the administrative region code (登记管理机关行政区划码, GB/T 2260), positions 3–8.</summary>
    public string RegionCode => _value is null ? string.Empty : _value.Substring(2, 6);

    /// <summary>Gets the embedded organization code (主体标识码), positions 9–17.</summary>
    public OrganizationCode OrganizationCode => _value is null ? default : OrganizationCode.Parse(_value.Substring(8, 9));

    /// <summary>Gets the check character (校验码), position 18.</summary>
    public char CheckCharacter => _value is null ? '\0' : _value[17];

    /// <summary>Gets a value indicating whether this is the default, empty value rather than a code.</summary>
    public bool IsEmpty => _value is null;

    /// <summary>Checks <paramref name="text"/> and says which rule it breaks, if any.</summary>
    /// <param name="text">The code: exactly 18 characters, upper case.</param>
    /// <returns>The result; for a wrong check character it names the one expected.</returns>
    public static CodeValidationResult Validate(string? text) => Validate(text.AsSpan());

    /// <summary>Checks <paramref name="text"/> without allocating and says which rule it breaks, if any.</summary>
    /// <param name="text">The code: exactly 18 characters, upper case.</param>
    /// <returns>The result; for a wrong check character it names the one expected.</returns>
    public static CodeValidationResult Validate(ReadOnlySpan<char> text)
    {
        if (text.IsWhiteSpace())
        {
            return CodeValidationResult.Fail(CodeValidationError.Empty, "the code is empty");
        }

        if (text.Length != 18)
        {
            return CodeValidationResult.Fail(CodeValidationError.Length, string.Create(CultureInfo.InvariantCulture, $"a unified social credit code has 18 characters, was {text.Length}"));
        }

        var sum = 0;
        for (var i = 0; i < 18; i++)
        {
            var c = text[i];
            var value = c < 128 ? Values[c] : -1;
            if (value < 0)
            {
                return CodeValidationResult.Fail(
                    CodeValidationError.Character,
                    string.Create(CultureInfo.InvariantCulture, $"character '{text[i]}' at position {i + 1} is not allowed (digits and upper-case letters except I, O, S, V and Z)"),
                    i + 1);
            }

            if (i < 17)
            {
                sum += value * Weights[i];
            }
        }

        if (!Authorities.Contains(text[0], StringComparison.Ordinal))
        {
            return CodeValidationResult.Fail(CodeValidationError.RegistrationAuthority, $"registration authority code '{text[0]}' at position 1 is not defined by GB 32100", 1);
        }

        var categories = text[0] switch
        {
            '1' or '5' => "1239",
            '9' => "123",
            _ => null,
        };
        if (categories is not null && !categories.Contains(text[1], StringComparison.Ordinal))
        {
            return CodeValidationResult.Fail(CodeValidationError.OrganizationCategory, $"organization category code '{text[1]}' at position 2 is not defined for registration authority '{text[0]}' (expected one of {string.Join(", ", categories.ToCharArray())})", 2);
        }

        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return CodeValidationResult.Fail(CodeValidationError.RegionCode, string.Create(CultureInfo.InvariantCulture, $"region code must be six digits at positions 3–8, found '{text[i]}' at position {i + 1}"), i + 1);
            }
        }

        var expected = Alphabet[(31 - (sum % 31)) % 31];
        if (text[17] != expected)
        {
            return CodeValidationResult.Fail(CodeValidationError.CheckCharacter, $"check character is '{text[17]}', expected '{expected}'", 18, expected);
        }

        var embedded = OrganizationCode.ValidateEmbedded(text.Slice(8, 9), 8);
        return embedded.IsValid
            ? CodeValidationResult.Valid
            : CodeValidationResult.Fail(CodeValidationError.EmbeddedOrganizationCode, "embedded organization code at positions 9–17: " + embedded.Message, embedded.Position);
    }

    /// <summary>Parses a code.</summary>
    /// <param name="text">The code: exactly 18 characters, upper case.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The code is invalid; the message quotes it and names the rule (and the expected check character).</exception>
    public static UnifiedSocialCreditCode Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var result = Validate(text.AsSpan());
        return result.IsValid ? new UnifiedSocialCreditCode(text) : throw new FormatException($"'{text}' is not a valid unified social credit code: {result.Message}.");
    }

    /// <summary>Tries to parse a code; see <see cref="Parse"/>.</summary>
    /// <param name="text">The code, or null.</param>
    /// <param name="code">The code, or the empty value.</param>
    /// <returns>True when the code is valid.</returns>
    public static bool TryParse(string? text, out UnifiedSocialCreditCode code)
    {
        code = text is not null && Validate(text.AsSpan()).IsValid ? new UnifiedSocialCreditCode(text) : default;
        return !code.IsEmpty;
    }

    /// <summary>Compares two codes for equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(UnifiedSocialCreditCode left, UnifiedSocialCreditCode right) => left.Equals(right);

    /// <summary>Compares two codes for inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(UnifiedSocialCreditCode left, UnifiedSocialCreditCode right) => !left.Equals(right);

    /// <summary>Returns the 18 characters, or "" for the empty value.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(UnifiedSocialCreditCode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UnifiedSocialCreditCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    private static sbyte[] BuildValues()
    {
        var values = new sbyte[128];
        Array.Fill(values, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            values[Alphabet[i]] = (sbyte)i;
        }

        return values;
    }
}
