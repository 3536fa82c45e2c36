using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using HospitalDomain.Metrics;
using HospitalDomain.Serialization;

namespace HospitalDomain.Indicators;

/// <summary>
/// The outcome of evaluating one indicator for one entity and period: the value with the numerator
/// and denominator it came from, or why there is none.
/// </summary>
/// <remarks>
/// <para>
/// For Ratio and PerN indicators <see cref="Numerator"/> and <see cref="Denominator"/> are the sums
/// of the formula's metrics, and <see cref="Value"/> = Numerator × Factor ÷ Denominator ÷ Divisor,
/// unrounded. For Value indicators the denominator is null. For Growth indicators the numerator and
/// denominator are the current and previous quantities (each Σnumerator ÷ Σdenominator of the
/// formula), and the value is (current − previous) ÷ previous × Factor.
/// </para>
/// <para>Round only for display, with <see cref="Format"/> (四舍五入).</para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class IndicatorResult
{
    [JsonConstructor]
    internal IndicatorResult(IndicatorEntry entry, IndicatorStatus status, decimal? value, decimal? numerator, decimal? denominator, ImmutableArray<string> missingMetrics)
    {
        Entry = entry;
        Status = status;
        Value = value;
        Numerator = numerator;
        Denominator = denominator;
        MissingMetrics = missingMetrics.IsDefault ? [] : missingMetrics;
    }

    // For the calculator's hot path: plain decimals and flags, so that no Nullable<decimal> is built
    // on the stack and copied again as an argument (a store-forwarding stall per result).
    internal IndicatorResult(IndicatorEntry entry, IndicatorStatus status, decimal value, decimal numerator, decimal denominator, bool hasNumerator, bool hasDenominator)
    {
        Entry = entry;
        Status = status;
        Value = status == IndicatorStatus.Computed ? value : null;
        Numerator = hasNumerator ? numerator : null;
        Denominator = hasDenominator ? denominator : null;
        MissingMetrics = [];
    }

    /// <summary>Gets the edition entry evaluated: serial number, dimension, ▲ flag and definition.</summary>
    public IndicatorEntry Entry { get; }

    /// <summary>Gets the definition used.</summary>
    public IndicatorDefinition Definition => Entry.Definition;

    /// <summary>Gets the outcome.</summary>
    public IndicatorStatus Status { get; }

    /// <summary>Gets the value, unrounded, when <see cref="Status"/> is Computed; otherwise null.</summary>
    public decimal? Value { get; }

    /// <summary>Gets the numerator the value came from (for growth, the current quantity), when known.</summary>
    public decimal? Numerator { get; }

    /// <summary>Gets the denominator the value came from (for growth, the previous quantity), when known.</summary>
    public decimal? Denominator { get; }

    /// <summary>Gets the codes of the metrics that were missing, when <see cref="Status"/> is MissingData ("previous period" for a growth indicator evaluated without one).</summary>
    public ImmutableArray<string> MissingMetrics { get; }



    /// <summary>
    /// Formats the value for display: rounded half away from zero (四舍五入) to <paramref name="decimals"/>
    /// places, with the unit ("39.12%", "7.8天"); or the reason there is no value ("not computable",
    /// "missing: level4Surgeries", "qualitative", "not applicable").
    /// </summary>
    /// <param name="decimals">Decimal places, 0 to 10.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 10.</exception>
    public string Format(int decimals = 2)
    {
        Preconditions.CheckRange(decimals, 0, 10);
        return Status switch
        {
            IndicatorStatus.Computed => Math.Round(Value!.Value, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture) + Definition.Unit.Symbol(),
            IndicatorStatus.NotComputable => "not computable",
            IndicatorStatus.MissingData => "missing: " + string.Join(", ", MissingMetrics),
            IndicatorStatus.Qualitative => "qualitative",
            IndicatorStatus.NotApplicable => "not applicable",
            _ => throw Preconditions.Unhandled(Status),
        };
    }




    /// <summary>Returns "serial name: value".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Entry.Serial} {Entry.ChineseName}: {Format()}";

    /// <summary>The JSON form: the entry by serial number and code, with the definition's name and unit.</summary>
    internal IndicatorResultDocument ToDocument() =>
        new(Entry.Serial, Definition.Code, Entry.ChineseName, Status, Value, Numerator, Denominator, Definition.Unit, MissingMetrics);

    /// <summary>Reads a standalone JSON form: the entry is the shipped edition entry with its code and serial number.</summary>
    /// <exception cref="System.Text.Json.JsonException">No shipped entry fits, or the values do not fit the status.</exception>
    internal static IndicatorResult FromDocument(IndicatorResultDocument document) => FromDocument(document, null);

    /// <summary>Reads a JSON form for <paramref name="entry"/>, or, when null, for the shipped edition entry with its code and serial number.</summary>
    /// <exception cref="System.Text.Json.JsonException">No entry fits, or the values do not fit the status.</exception>
    internal static IndicatorResult FromDocument(IndicatorResultDocument document, IndicatorEntry? entry)
    {
        entry ??= IndicatorEditions.FindEntry(document.Code, document.Serial)
            ?? throw JsonPaths.At(".code", $"'{document.Code}' with serial number {document.Serial} is an entry of no shipped edition; read the results of other editions within their IndicatorEvaluation.");
        try
        {
            return Create(entry, document.Status, document.Value, document.Numerator, document.Denominator, document.MissingMetrics);
        }
        catch (ArgumentException e)
        {
            throw JsonPaths.Invalid(nameof(IndicatorResult), e);
        }
    }

    /// <summary>Creates a result (for reading results back from JSON or for tests); the calculator is the usual source.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="status">The outcome.</param>
    /// <param name="value">The value; required exactly when the status is Computed.</param>
    /// <param name="numerator">The numerator, or null.</param>
    /// <param name="denominator">The denominator, or null.</param>
    /// <param name="missingMetrics">The missing metrics; required exactly when the status is MissingData.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The value or the missing metrics do not fit the status, a missing metric is null or blank, or a computed value does not fit its numerator and denominator: a zero denominator, or a value of the wrong sign (a ratio takes the sign of numerator ÷ denominator, a growth that of (numerator − denominator) ÷ denominator, with the current and previous quantity as numerator and denominator).</exception>
    public static IndicatorResult Create(IndicatorEntry entry, IndicatorStatus status, decimal? value = null, decimal? numerator = null, decimal? denominator = null, IEnumerable<string>? missingMetrics = null) =>
        Create(entry, status, value, numerator, denominator, ImmutableArrayEquality.ToImmutableOrEmpty(missingMetrics));

    private static IndicatorResult Create(IndicatorEntry entry, IndicatorStatus status, decimal? value, decimal? numerator, decimal? denominator, ImmutableArray<string> missing)
    {
        Preconditions.CheckNotNull(entry);
        Preconditions.CheckDefined(status);
        missing = missing.IsDefault ? [] : missing;
        Preconditions.CheckArgument((status == IndicatorStatus.Computed) == value.HasValue, nameof(value), $"value must be given exactly when the status is Computed (status {status}).");
        Preconditions.CheckArgument((status == IndicatorStatus.MissingData) == !missing.IsEmpty, "missingMetrics", $"missingMetrics must be given exactly when the status is MissingData (status {status}).");
        foreach (var metric in missing)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(metric), "missingMetrics", "missingMetrics must name each metric; an element was null or blank.");
        }

        if (value is { } computed)
        {
            CheckComputed(entry, computed, numerator, denominator);
        }

        return new IndicatorResult(entry, status, value, numerator, denominator, missing);
    }

    // A computed value must be one the formula can give: factor and divisor are positive, so the sign follows the operands.
    private static void CheckComputed(IndicatorEntry entry, decimal value, decimal? numerator, decimal? denominator)
    {
        if (numerator is not { } num)
        {
            return;
        }

        var growth = entry.Definition.Kind == IndicatorKind.Growth;
        Preconditions.CheckArgument(denominator != 0m, nameof(denominator), $"denominator must not be zero for a computed result of {entry.Code}; a zero denominator makes the result NotComputable.");
        var sign = growth
            ? (denominator is { } before ? num.CompareTo(before) * Math.Sign(before) : Math.Sign(value))
            : Math.Sign(num) * (denominator is { } den ? Math.Sign(den) : 1);

        // A value may round to zero (a tiny numerator over a huge denominator), never to the other side of it.
        Preconditions.CheckArgument(
            value == 0m || Math.Sign(value) == sign,
            nameof(value),
            $"value {value} of {entry.Code} does not fit numerator {num} and denominator {denominator?.ToString(CultureInfo.InvariantCulture) ?? "none"}: {(growth ? "a growth takes the sign of (numerator − denominator) ÷ denominator" : "a value takes the sign of numerator ÷ denominator")}.");
    }
}
