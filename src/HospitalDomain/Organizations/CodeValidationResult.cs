namespace HospitalDomain.Organizations;

/// <summary>
/// The outcome of checking an identifier code: valid, or the rule that failed, the position of the
/// offending character and, for a wrong check character, the one expected.
/// </summary>
/// <remarks>The default value is a valid result with no message.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(HospitalDomain.Serialization.HospitalDomainJsonConverter)), ValueEquality]
public readonly partial struct CodeValidationResult
{
    private readonly string? _message;

    [System.Text.Json.Serialization.JsonConstructor]
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

    /// <summary>Returns "valid" or the message.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsValid ? "valid" : Message;

    /// <summary>The JSON form: whether the code is valid, and for an invalid one the error, message, position and expected check character.</summary>
    internal CodeValidationResultDocument ToDocument() =>
        IsValid ? new(true, null, null, null, null) : new(false, Error, Message, Position, ExpectedCheckCharacter?.ToString());

    /// <summary>Reads a JSON form.</summary>
    /// <exception cref="ArgumentException">The parts contradict each other: a valid result with an error or message, an invalid one without, an expected check character of more than one character.</exception>
    internal static CodeValidationResult FromDocument(CodeValidationResultDocument document)
    {
        if (document.IsValid)
        {
            Preconditions.CheckArgument(
                document.Error is null or CodeValidationError.None && document.Message is null && document.Position is null && document.ExpectedCheckCharacter is null,
                "isValid",
                "a valid result has no error, message, position or expected check character.");
            return Valid;
        }

        Preconditions.CheckArgument(document.Error is { } error && error != CodeValidationError.None && document.Message is not null, "isValid", "an invalid result needs an error and a message.");
        Preconditions.CheckArgument(document.ExpectedCheckCharacter is null or { Length: 1 }, "expectedCheckCharacter", "expectedCheckCharacter must be one character.");
        return Fail(document.Error!.Value, document.Message!, document.Position, document.ExpectedCheckCharacter?[0]);
    }

    internal static CodeValidationResult Fail(CodeValidationError error, string message, int? position = null, char? expected = null) =>
        new(error, message, position, expected);
}

/// <summary>The JSON form of a <see cref="CodeValidationResult"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(HospitalDomain.Serialization.HospitalDomainJsonConverter))]
internal sealed record CodeValidationResultDocument(bool IsValid, CodeValidationError? Error, string? Message, int? Position, string? ExpectedCheckCharacter);
