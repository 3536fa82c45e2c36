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
[JsonConverter(typeof(IndicatorDefinitionJsonConverter))]
public sealed class IndicatorDefinition : IEquatable<IndicatorDefinition>
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
        Unit = unit;
        Direction = direction;
        DataSource = dataSource;
        Source = Preconditions.CheckNotBlank(source);
        Status = status;
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
    public string Code { get; }

    /// <summary>Gets the Chinese name.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets how the value is computed.</summary>
    public IndicatorKind Kind { get; }

    /// <summary>Gets the numerator, or null for composite and qualitative indicators.</summary>
    public IndicatorOperand? Numerator { get; }

    /// <summary>Gets the denominator, or null.</summary>
    public IndicatorOperand? Denominator { get; }

    /// <summary>Gets the multiplier: 100 for a percentage or per-100 rate, 1 otherwise.</summary>
    public decimal Factor { get; }

    /// <summary>Gets an extra divisor, such as 365 days (1 when none).</summary>
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

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(IndicatorDefinition? left, IndicatorDefinition? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(IndicatorDefinition? left, IndicatorDefinition? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(IndicatorDefinition? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Code, other.Code, StringComparison.Ordinal)
            && string.Equals(ChineseName, other.ChineseName, StringComparison.Ordinal)
            && string.Equals(EnglishName, other.EnglishName, StringComparison.Ordinal)
            && Kind == other.Kind
            && Equals(Numerator, other.Numerator)
            && Equals(Denominator, other.Denominator)
            && Factor == other.Factor
            && Divisor == other.Divisor
            && Unit == other.Unit
            && Direction == other.Direction
            && DataSource == other.DataSource
            && string.Equals(Source, other.Source, StringComparison.Ordinal)
            && Status == other.Status
            && string.Equals(Notes, other.Notes, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorDefinition);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Code, StringComparer.Ordinal);
        hash.Add(ChineseName, StringComparer.Ordinal);
        hash.Add(EnglishName, StringComparer.Ordinal);
        hash.Add(Kind);
        hash.Add(Numerator);
        hash.Add(Denominator);
        hash.Add(Factor);
        hash.Add(Divisor);
        hash.Add(Unit);
        hash.Add(Direction);
        hash.Add(DataSource);
        hash.Add(Source, StringComparer.Ordinal);
        hash.Add(Status);
        hash.Add(Notes, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns "code 中文名".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {ChineseName}";
}
