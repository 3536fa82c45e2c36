using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Metrics;
using HospitalDomain.Serialization;

namespace HospitalDomain.Indicators;

/// <summary>The definition of a performance indicator: a stable code, names, kind, formula over metrics, unit, direction, data source and provenance.</summary>
/// <remarks>
/// <para>The <see cref="Code"/> is stable across editions and is not the manual's serial number, which moves between editions; the serial number belongs to an <see cref="IndicatorEntry"/> of an <see cref="IndicatorEdition"/>.</para>
/// <para>Formula by kind: Ratio and PerN compute Σnumerator × <see cref="Factor"/> ÷ Σdenominator ÷ <see cref="Divisor"/>; Value computes Σnumerator × Factor ÷ Divisor; Growth compares the quantity Σnumerator ÷ Σdenominator (or Σnumerator alone) with the previous period: (current − previous) ÷ previous × Factor. Composite and Qualitative indicators have no formula.</para>
/// <para><see cref="Status"/> is the status of the formula and direction: nothing the reference material marks unconfirmed or in conflict is shipped as Official. Load an edition with your own definitions to override one.</para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class IndicatorDefinition
{
    /// <summary>Creates an indicator definition.</summary>
    /// <param name="code">The stable code, camelCase ASCII, such as level4SurgeryShare.</param>
    /// <param name="chineseName">The Chinese name, such as 出院患者四级手术比例.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="kind">How the value is computed.</param>
    /// <param name="unit">The unit of the value.</param>
    /// <param name="direction">Which way is better.</param>
    /// <param name="dataSource">Where the data comes from.</param>
    /// <param name="source">The provenance of the definition.</param>
    /// <param name="status">How well established the formula and direction are.</param>
    /// <param name="numerator">The numerator (the quantity for Value and Growth); required except for Composite and Qualitative.</param>
    /// <param name="denominator">The denominator; required for Ratio and PerN, optional for Growth, absent otherwise.</param>
    /// <param name="factor">The multiplier: 100 for a percentage or a rate per 100, 1 otherwise; positive.</param>
    /// <param name="divisor">An extra divisor, such as 365 days; positive.</param>
    /// <param name="notes">Remarks such as exclusions or conflicts, or null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The code is not camelCase, a text is blank, the factor or divisor is not positive, or the operands do not fit the kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/>, <paramref name="unit"/>, <paramref name="direction"/>, <paramref name="dataSource"/> or <paramref name="status"/> is not a defined value.</exception>
    public IndicatorDefinition(string code, string chineseName, string englishName, IndicatorKind kind, Unit unit, IndicatorDirection direction, IndicatorDataSource dataSource, string source, SourceStatus status, IndicatorOperand? numerator = null, IndicatorOperand? denominator = null, decimal factor = 1m, decimal divisor = 1m, string? notes = null)
    {
        Code = Preconditions.CheckNotBlank(code);
        ChineseName = Preconditions.CheckNotBlank(chineseName);
        EnglishName = Preconditions.CheckNotBlank(englishName);
        Kind = Preconditions.CheckDefined(kind);
        Numerator = numerator;
        Denominator = denominator;
        Factor = factor;
        Divisor = divisor;
        Unit = Preconditions.CheckDefined(unit);
        Direction = Preconditions.CheckDefined(direction);
        DataSource = Preconditions.CheckDefined(dataSource);
        Source = Preconditions.CheckNotBlank(source);
        Status = Preconditions.CheckDefined(status);
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        Metric.CheckCode(Code, nameof(code));
        Preconditions.CheckArgument(Factor > 0, nameof(factor), $"factor must be positive, was {Factor}.");
        Preconditions.CheckArgument(Divisor > 0, nameof(divisor), $"divisor must be positive, was {Divisor}.");
        var needsNumerator = Kind is IndicatorKind.Ratio or IndicatorKind.PerN or IndicatorKind.Growth or IndicatorKind.Value;
        Preconditions.CheckArgument(needsNumerator == (Numerator is not null), nameof(numerator), needsNumerator ? $"numerator is required for a {Kind} indicator ({Code})." : $"numerator must be null for a {Kind} indicator ({Code}).");
        var denominatorRule = Kind switch
        {
            IndicatorKind.Ratio or IndicatorKind.PerN => Denominator is not null,
            IndicatorKind.Growth => true,
            IndicatorKind.Value or IndicatorKind.Composite or IndicatorKind.Qualitative => Denominator is null,
            _ => throw Preconditions.Unhandled(Kind),
        };
        Preconditions.CheckArgument(denominatorRule, nameof(denominator), Kind is IndicatorKind.Ratio or IndicatorKind.PerN ? $"denominator is required for a {Kind} indicator ({Code})." : $"denominator must be null for a {Kind} indicator ({Code}).");
    }

    /// <summary>Gets the stable code, such as level4SurgeryShare.</summary>
    [JsonPropertyOrder(-2)]
    public string Code { get; }

    /// <summary>Gets the Chinese name.</summary>
    [JsonPropertyOrder(-2)]
    public string ChineseName { get; }

    /// <summary>Gets the English name.</summary>
    [JsonPropertyOrder(-2)]
    public string EnglishName { get; }

    /// <summary>Gets how the value is computed.</summary>
    [JsonPropertyOrder(-2)]
    public IndicatorKind Kind { get; }

    /// <summary>Gets the numerator, or null for composite and qualitative indicators.</summary>
    [JsonPropertyOrder(-1)]
    public IndicatorOperand? Numerator { get; }

    /// <summary>Gets the denominator, or null.</summary>
    [JsonPropertyOrder(-1)]
    public IndicatorOperand? Denominator { get; }

    /// <summary>Gets the multiplier: 100 for a percentage or per-100 rate, 1 otherwise.</summary>
    [JsonPropertyOrder(-1)]
    public decimal Factor { get; }

    /// <summary>Gets an extra divisor, such as 365 days (1 when none).</summary>
    [JsonPropertyOrder(-1)]
    public decimal Divisor { get; }

    /// <summary>Gets the unit of the value.</summary>
    public Unit Unit { get; }

    /// <summary>Gets which way is better (指标导向).</summary>
    public IndicatorDirection Direction { get; }

    /// <summary>Gets where the data comes from.</summary>
    public IndicatorDataSource DataSource { get; }

    /// <summary>Gets the provenance of the definition.</summary>
    public string Source { get; }

    /// <summary>Gets how well established the formula and direction are.</summary>
    public SourceStatus Status { get; }

    /// <summary>Gets remarks such as exclusions or conflicts, or null.</summary>
    public string? Notes { get; }

    /// <summary>Returns "code 中文名".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {ChineseName}";
}
