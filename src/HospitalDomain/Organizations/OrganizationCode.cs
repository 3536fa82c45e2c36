using System.Globalization;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>
/// An organization code (组织机构代码, GB 11714-1997): eight body characters and a mod-11 check
/// character, printed <c>77604965-3</c>. It is embedded in the unified social credit code at
/// positions 9–17.
/// </summary>
/// <remarks>
/// <para>
/// Body characters are digits and upper-case letters (values 0–35); the check character is a digit
/// or <c>X</c> (for 10). Weights 3, 7, 9, 10, 5, 8, 4, 2; check = 11 − (Σ value × weight mod 11),
/// with 11 written as 0. Parsing accepts the code with or without the hyphen; the canonical form
/// has it.
/// </para>
/// <para>
/// What the check catches: every change of the check character, and every change of one body
/// character to another digit. A change of a body character whose value moves by a multiple of 11
/// (for example '0' to 'B', or '1' to 'C') leaves the sum unchanged modulo 11 and is not caught;
/// that is a property of GB 11714, not of this implementation.
/// </para>
/// <para>The default value is the empty code, which is not a valid code: <see cref="IsEmpty"/> is true and <see cref="ToString"/> returns "".</para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public readonly struct OrganizationCode : IEquatable<OrganizationCode>
{
    private static readonly int[] Weights = [3, 7, 9, 10, 5, 8, 4, 2];

    private readonly string? _body;
    private readonly char _check;

    private OrganizationCode(string body, char check)
    {
        _body = body;
        _check = check;
    }

    /// <summary>Gets the eight body characters (主体代码).</summary>
    public string Body => _body ?? string.Empty;

    /// <summary>Gets the check character (校验码), a digit or 'X'; '\0' for the empty code.</summary>
    public char CheckCharacter => _check;

    /// <summary>Gets a value indicating whether this is the default, empty value rather than a code.</summary>
    public bool IsEmpty => _body is null;

    /// <summary>Checks <paramref name="text"/> and says which rule it breaks, if any.</summary>
    /// <param name="text">The code, with or without the hyphen before the check character.</param>
    /// <returns>The result; for a wrong check character it names the one expected.</returns>
    public static CodeValidationResult Validate(string? text) => Validate(text.AsSpan(), out _);

    /// <summary>Parses a code such as "77604965-3" or "776049653".</summary>
    /// <param name="text">The code.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The code is invalid; the message quotes it and names the rule.</exception>
    public static OrganizationCode Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var result = Validate(text.AsSpan(), out var code);
        return result.IsValid ? code : throw new FormatException($"'{text}' is not a valid organization code: {result.Message}.");
    }

    /// <summary>Tries to parse a code; see <see cref="Parse"/>.</summary>
    /// <param name="text">The code, or null.</param>
    /// <param name="code">The code, or the empty value.</param>
    /// <returns>True when the code is valid.</returns>
    public static bool TryParse(string? text, out OrganizationCode code) => Validate(text.AsSpan(), out code).IsValid;

    /// <summary>Computes the check character for eight body characters.</summary>
    /// <param name="body">Eight digits or upper-case letters.</param>
    /// <returns>The check character, a digit or 'X'.</returns>
    /// <exception cref="ArgumentException"><paramref name="body"/> is not eight digits or upper-case letters.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> body)
    {
        if (body.Length != 8 || !TryComputeCheck(body, out var check, out _))
        {
            throw new ArgumentException("body must be eight digits or upper-case letters.", nameof(body));
        }

        return check;
    }

    /// <summary>Compares two codes for equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(OrganizationCode left, OrganizationCode right) => left.Equals(right);

    /// <summary>Compares two codes for inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(OrganizationCode left, OrganizationCode right) => !left.Equals(right);

    /// <summary>Returns the canonical form "77604965-3", or "" for the empty value.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _body is null ? string.Empty : _body + "-" + _check;

    /// <inheritdoc />
    public bool Equals(OrganizationCode other) => string.Equals(_body, other._body, StringComparison.Ordinal) && _check == other._check;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OrganizationCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_body, _check);

    /// <summary>Validates the nine characters without the hyphen, as embedded in a credit code; positions are reported from <paramref name="offset"/> + 1.</summary>
    internal static CodeValidationResult ValidateEmbedded(ReadOnlySpan<char> nine, int offset)
    {
        for (var i = 0; i < 8; i++)
        {
            if (!IsBodyCharacter(nine[i]))
            {
                return CodeValidationResult.Fail(CodeValidationError.Character, string.Create(CultureInfo.InvariantCulture, $"character '{nine[i]}' at position {offset + i + 1} is not a digit or upper-case letter"), offset + i + 1);
            }
        }

        TryComputeCheck(nine[..8], out var expected, out _);
        var actual = nine[8];
        if (actual is not ((>= '0' and <= '9') or 'X'))
        {
            return CodeValidationResult.Fail(CodeValidationError.Character, string.Create(CultureInfo.InvariantCulture, $"check character '{actual}' at position {offset + 9} is not a digit or 'X'"), offset + 9, expected);
        }

        if (actual != expected)
        {
            return CodeValidationResult.Fail(CodeValidationError.CheckCharacter, string.Create(CultureInfo.InvariantCulture, $"check character is '{actual}', expected '{expected}'"), offset + 9, expected);
        }

        return CodeValidationResult.Valid;
    }

    private static CodeValidationResult Validate(ReadOnlySpan<char> text, out OrganizationCode code)
    {
        code = default;
        if (text.IsWhiteSpace())
        {
            return CodeValidationResult.Fail(CodeValidationError.Empty, "the code is empty");
        }

        Span<char> nine = stackalloc char[9];
        if (text.Length == 10 && text[8] == '-')
        {
            text[..8].CopyTo(nine);
            nine[8] = text[9];
        }
        else if (text.Length == 9)
        {
            text.CopyTo(nine);
        }
        else
        {
            return CodeValidationResult.Fail(CodeValidationError.Length, string.Create(CultureInfo.InvariantCulture, $"an organization code has 9 characters (8 and a check character, optionally written with a hyphen before it), was {text.Length}"));
        }

        var result = ValidateEmbedded(nine, 0);
        if (result.IsValid)
        {
            code = new OrganizationCode(new string(nine[..8]), nine[8]);
        }

        return result;
    }

    private static bool IsBodyCharacter(char c) => c is (>= '0' and <= '9') or (>= 'A' and <= 'Z');

    private static bool TryComputeCheck(ReadOnlySpan<char> body, out char check, out int sum)
    {
        sum = 0;
        check = '\0';
        for (var i = 0; i < 8; i++)
        {
            var c = body[i];
            if (!IsBodyCharacter(c))
            {
                return false;
            }

            sum += (c <= '9' ? c - '0' : c - 'A' + 10) * Weights[i];
        }

        var value = 11 - (sum % 11);
        check = value switch
        {
            11 => '0',
            10 => 'X',
            _ => (char)('0' + value),
        };
        return true;
    }
}
