using HospitalDomain.Indicators;
using HospitalDomain.Metrics;

namespace HospitalDomain.Benchmarks;

/// <summary>
/// The arithmetic of one indicator that computes a value on a benchmark's figures, prepared in
/// setup: a ratio's (or a value's) sums, factor and divisor; a growth's current and previous sums.
/// Whether there is a denominator, and whether the factor and divisor are one (so skipped), is
/// decided here too. <see cref="Run"/> performs only the divisions and multiplications, with the
/// <c>decimal</c> operators: the arithmetic floor the calculator is held to.
/// </summary>
internal readonly record struct FloorOperation(bool Growth, bool Ratio, decimal Now, decimal NowDenominator, decimal Before, decimal BeforeDenominator, decimal Factor, decimal Divisor)
{
    public bool UnitFactor { get; } = Factor == 1m;

    public bool UnitDivisor { get; } = Divisor == 1m;

    /// <summary>
    /// The operation of <paramref name="definition"/> over the sets, or null where the calculator
    /// computes no value (no formula, a missing figure, a zero denominator, a zero previous quantity).
    /// </summary>
    public static FloorOperation? Of(IndicatorDefinition definition, MetricSet current, MetricSet? previous)
    {
        var ratio = definition.Denominator is not null;
        if (definition.Kind is IndicatorKind.Qualitative or IndicatorKind.Composite
            || Sum(definition.Numerator, current) is not { } now
            || Sum(definition.Denominator, current) is not { } nowDenominator
            || (ratio && nowDenominator == 0m))
        {
            return null;
        }

        if (definition.Kind != IndicatorKind.Growth)
        {
            return new FloorOperation(false, ratio, now, nowDenominator, 0m, 0m, definition.Factor, definition.Divisor);
        }

        if (previous is null
            || Sum(definition.Numerator, previous) is not { } before
            || Sum(definition.Denominator, previous) is not { } beforeDenominator
            || (ratio && beforeDenominator == 0m)
            || (ratio ? before / beforeDenominator : before) == 0m)
        {
            return null;
        }

        return new FloorOperation(true, ratio, now, nowDenominator, before, beforeDenominator, definition.Factor, 1m);
    }

    /// <summary>Performs <paramref name="operations"/> into <paramref name="results"/> (as long); returns the first result.</summary>
    public static decimal Run(ReadOnlySpan<FloorOperation> operations, Span<decimal> results)
    {
        for (var i = 0; i < operations.Length; i++)
        {
            ref readonly var op = ref operations[i];
            if (op.Growth)
            {
                var now = op.Ratio ? op.Now / op.NowDenominator : op.Now;
                var before = op.Ratio ? op.Before / op.BeforeDenominator : op.Before;
                results[i] = (now - before) * op.Factor / before;
            }
            else
            {
                var value = op.UnitFactor ? op.Now : op.Now * op.Factor;
                value = op.Ratio ? value / op.NowDenominator : value;
                results[i] = op.UnitDivisor ? value : value / op.Divisor;
            }
        }

        return results.IsEmpty ? 0m : results[0];
    }

    // The sum of the operand's metrics, 0 for no operand, null when one is missing.
    private static decimal? Sum(IndicatorOperand? operand, MetricSet set)
    {
        var sum = 0m;
        foreach (var code in operand?.Metrics ?? [])
        {
            if (set[code] is not { } value)
            {
                return null;
            }

            sum += value;
        }

        return sum;
    }
}
