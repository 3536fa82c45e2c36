using System.Globalization;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Metrics;

/// <summary>
/// The definition of a figure a hospital reports, such as outpatient and emergency visits
/// (门急诊人次): a stable code, Chinese and English names, a unit and a kind.
/// </summary>
/// <remarks>
/// The code is a camelCase ASCII identifier (<c>outpatientEmergencyVisits</c>) that never changes
/// once published; names may be reworded. Equality compares every property.
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class Metric
{
    private Metric(string code, string chineseName, string englishName, Unit unit, MetricKind kind, string? description)
    {
        Code = code;
        ChineseName = chineseName;
        EnglishName = englishName;
        Unit = Preconditions.CheckDefined(unit);
        Kind = Preconditions.CheckDefined(kind);
        Description = description;
    }

    /// <summary>Gets the stable code, such as "outpatientEmergencyVisits".</summary>
    public string Code { get; }

    /// <summary>Gets the Chinese name, such as 门急诊人次.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the unit.</summary>
    public Unit Unit { get; }

    /// <summary>Gets the kind of quantity, which decides the valid values.</summary>
    public MetricKind Kind { get; }

    /// <summary>Gets what exactly is counted, or null.</summary>
    public string? Description { get; }

    /// <summary>Creates a metric definition.</summary>
    /// <param name="code">The stable code: an ASCII letter followed by letters and digits, lower-case first (camelCase), at most 64 characters.</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="kind">The kind of quantity.</param>
    /// <param name="description">What exactly is counted, or null.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="ArgumentNullException">A name or the code is null.</exception>
    /// <exception cref="ArgumentException">The code is not camelCase ASCII, or a name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> or <paramref name="kind"/> is not a defined value.</exception>
    [ContractFactory]
    public static Metric Create(string code, string chineseName, string englishName, Unit unit, MetricKind kind, string? description = null)
    {
        CheckCode(code);
        return new Metric(
            code,
            Preconditions.CheckNotBlank(chineseName),
            Preconditions.CheckNotBlank(englishName),
            unit,
            kind,
            string.IsNullOrWhiteSpace(description) ? null : description.Trim());
    }

    /// <summary>Checks that <paramref name="value"/> is valid for this metric's kind.</summary>
    /// <param name="value">The value.</param>
    /// <param name="paramName">The parameter name for the exception.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative for a kind that cannot be, or not whole for a count or level.</exception>
    internal void CheckValue(decimal value, string paramName)
    {
        if (Kind == MetricKind.Money)
        {
            return;
        }

        if (value < 0)
        {
            Preconditions.ThrowOutOfRange(paramName, string.Create(CultureInfo.InvariantCulture, $"{Code} must be non-negative, was {value}."));
        }

        if (Kind is MetricKind.Count or MetricKind.Level && decimal.Truncate(value) != value)
        {
            Preconditions.ThrowOutOfRange(paramName, string.Create(CultureInfo.InvariantCulture, $"{Code} is a {(Kind == MetricKind.Count ? "count" : "level")} and must be a whole number, was {value}."));
        }
    }

    /// <summary>Returns "code (Chinese name, unit)", such as "discharges (出院人次, 人次)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Unit == Unit.None ? $"{Code} ({ChineseName})" : $"{Code} ({ChineseName}, {Unit.Symbol()})";

    internal static void CheckCode(string code, string paramName = "code")
    {
        Preconditions.CheckNotNull(code, paramName);
        var valid = code.Length is > 0 and <= 64 && char.IsAsciiLetterLower(code[0]);
        foreach (var c in code)
        {
            valid &= char.IsAsciiLetterOrDigit(c);
        }

        if (!valid)
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} must be camelCase ASCII (a lower-case letter, then letters and digits, at most 64), was '{code}'.");
        }
    }
}
