using System.Globalization;
using System.Text.Json.Serialization;
using HospitalDomain.Records.Serialization;

namespace HospitalDomain.Records;

/// <summary>A rejected row of a front-page export: where it is, which field and value broke which rule.</summary>
/// <remarks>
/// The value of a personal field (<see cref="FrontPageFields.IsPersonal"/>) is never kept: it is
/// replaced by <c>***</c>. Values longer than 64 characters are cut to 64 and end with "…".
/// Equality compares every property.
/// </remarks>
[JsonConverter(typeof(RecordsJsonConverter))]
public sealed record RecordRejection
{
    /// <summary>The text that stands for the value of a personal field.</summary>
    public const string Mask = "***";

    private const int MaxValueLength = 64;

    /// <summary>Creates a rejection.</summary>
    /// <param name="line">The 1-based line number where the row starts (the header is line 1).</param>
    /// <param name="field">The national field name, or <c>*</c> for the whole row.</param>
    /// <param name="value">The offending value as read; masked when the field is personal.</param>
    /// <param name="rule">The rule broken.</param>
    /// <param name="message">What is wrong, in English.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is below 1.</exception>
    public RecordRejection(long line, string field, string value, RejectionRule rule, string message)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(message);
        Line = line;
        Field = field;
        Value = FrontPageFields.IsPersonal(field) ? Mask : value.Length > MaxValueLength ? string.Concat(value.AsSpan(0, MaxValueLength), "…") : value;
        Rule = rule;
        Message = FrontPageFields.IsPersonal(field) ? message.Replace(value, Mask, StringComparison.Ordinal) : message;
    }

    /// <summary>Gets the 1-based line number where the row starts (the header is line 1).</summary>
    public long Line { get; }

    /// <summary>Gets the national field name, or <c>*</c> for the whole row.</summary>
    public string Field { get; }

    /// <summary>Gets the offending value (<see cref="Mask"/> for a personal field).</summary>
    public string Value { get; }

    /// <summary>Gets the rule broken.</summary>
    public RejectionRule Rule { get; }

    /// <summary>Gets what is wrong, in English.</summary>
    public string Message { get; }

    /// <summary>Returns "line 12, CYSJ = '2023-13-01' (InvalidDate): message".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line}, {Field} = '{Value}' ({Rule}): {Message}");
}
