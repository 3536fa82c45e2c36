namespace HospitalDomain.Organizations;

/// <summary>
/// The outcome of checking an identifier code: valid, or the rule that failed, the position of the
/// offending character and, for a wrong check character, the one expected.
/// </summary>
/// <remarks>The default value is a valid result with no message.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(HospitalDomain.Serialization.CodeValidationResultJsonConverter))]
public readonly struct CodeValidationResult : IEquatable<CodeValidationResult>
{
    private readonly string? _message;

    private CodeValidationResult(CodeValidationError error, string message, int? position, char? expectedCheckCharacter)
    {
        Error = error;
        _message = message;
        Position = position;
        ExpectedCheckCharacter = expectedCheckCharacter;
    }

    /// <summary>Gets a value indicating whether the code is valid.</summary>
    public bool IsValid => Error == CodeValidationError.None;

    /// <summary>Gets the rule that failed, or <see cref="CodeValidationError.None"/>.</summary>
    public CodeValidationError Error { get; }

    /// <summary>Gets a one-line English explanation naming the rule, such as "check character is 'B', expected 'A'"; empty when valid.</summary>
    public string Message => _message ?? string.Empty;

    /// <summary>Gets the 1-based position of the offending character, when one character is at fault.</summary>
    public int? Position { get; }

    /// <summary>Gets the check character the other characters call for, when the check character is wrong.</summary>
    public char? ExpectedCheckCharacter { get; }

    /// <summary>Gets the result for a valid code.</summary>
    public static CodeValidationResult Valid => default;

    /// <summary>Compares two results for equality of every property.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(CodeValidationResult left, CodeValidationResult right) => left.Equals(right);

    /// <summary>Compares two results for inequality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(CodeValidationResult left, CodeValidationResult right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(CodeValidationResult other) =>
        Error == other.Error && Message == other.Message && Position == other.Position && ExpectedCheckCharacter == other.ExpectedCheckCharacter;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CodeValidationResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Error, Message, Position, ExpectedCheckCharacter);

    /// <summary>Returns "valid" or the message.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsValid ? "valid" : Message;

    internal static CodeValidationResult Fail(CodeValidationError error, string message, int? position = null, char? expected = null) =>
        new(error, message, position, expected);
}
