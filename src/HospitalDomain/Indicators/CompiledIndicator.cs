using System.Numerics;
using System.Runtime.InteropServices;

namespace HospitalDomain.Indicators;

/// <summary>
/// One entry of an edition compiled into checked index arithmetic: the formula's metrics as catalogue
/// indices into a set's <see cref="Figures"/> (a single metric read directly, a sum looped over), the factor and
/// divisor, and the codes a missing-data result names, all prepared
/// once. <see cref="Compute"/> evaluates it without allocating; <see cref="Evaluate"/> makes the
/// result object of it.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class CompiledIndicator
{
    private const string PreviousPeriod = "previous period";
    private const int MaxCachedOperands = 4;

    private readonly IndicatorEntry _entry;
    private readonly IndicatorKind _kind;
    private readonly int[] _numerators;
    private readonly int[]? _denominators;
    private readonly decimal _factor;
    private readonly decimal _divisor;
    private readonly int[] _operands;
    private readonly string[] _codes;
    private readonly string[] _previousCodes;
    private readonly IndicatorResult? _fixedResult;

    // The missing-data results met so far, by which operands are missing (at most 2^9 patterns).
    private readonly IndicatorResult?[]? _missingResults;

    /// <summary>Compiles <paramref name="entry"/>, whose formula reads each metric at the catalogue index <paramref name="index"/> gives its code.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="index">The catalogue index of a metric code of the formula.</param>
    public CompiledIndicator(IndicatorEntry entry, Func<string, int> index)
    {
        var definition = entry.Definition;
        _entry = entry;
        _kind = definition.Kind;
        _numerators = [.. definition.Numerator?.Metrics.Select(index) ?? []];
        _denominators = definition.Denominator is { } denominator ? [.. denominator.Metrics.Select(index)] : null;
        // A ratio's, rate's or value's factor or divisor equal to one is skipped (whatever scale it
        // was written with): here it is exactly 1m, which leaves a value as it is, as the formula
        // program's skipping of it does. A growth multiplies by its factor as written.
        _factor = definition.Factor == 1m && _kind != IndicatorKind.Growth ? 1m : definition.Factor;
        _divisor = definition.Divisor == 1m ? 1m : definition.Divisor;
        var codes = (definition.Numerator?.Metrics ?? []).Concat(definition.Denominator?.Metrics ?? []).Distinct().ToArray();
        _operands = [.. codes.Select(index)];
        _codes = codes;
        _previousCodes = [.. codes.Select(c => c + " (previous period)")];
        _missingResults = _operands.Length <= MaxCachedOperands ? new IndicatorResult?[1 << ((2 * _operands.Length) + 1)] : null;
        _fixedResult = _kind switch
        {
            IndicatorKind.Qualitative => new IndicatorResult(entry, IndicatorStatus.Qualitative, null, null, null, []),
            IndicatorKind.Composite => new IndicatorResult(entry, IndicatorStatus.NotApplicable, null, null, null, []),
            IndicatorKind.Ratio or IndicatorKind.PerN or IndicatorKind.Value or IndicatorKind.Growth => null,
            _ => throw Preconditions.Unhandled(_kind),
        };
    }

    /// <summary>Evaluates the indicator into a result object (a shared one where the result is always the same).</summary>
    public IndicatorResult Evaluate(scoped in Figures current, scoped in Figures previous)
    {
        if (_fixedResult is not null)
        {
            return _fixedResult;
        }

        // A formula's outcome is Computed, NotComputable or MissingData.
        Compute(current, previous, out var outcome);
        return outcome.Status == IndicatorStatus.MissingData
            ? Missing(current, previous)
            : new IndicatorResult(_entry, outcome.Status, outcome.Value, outcome.Numerator, outcome.Denominator, outcome.HasNumerator, outcome.HasDenominator);
    }

    /// <summary>
    /// Makes the Computed result of <paramref name="value"/>, from <paramref name="numerator"/> and
    /// <paramref name="denominator"/> (a growth's: the two periods' quantities), as <see cref="Evaluate"/> would.
    /// </summary>
    public IndicatorResult Computed(decimal value, decimal numerator, decimal denominator) =>
        new(_entry, IndicatorStatus.Computed, value, numerator, denominator, hasNumerator: true, hasDenominator: _denominators is not null || _kind == IndicatorKind.Growth);

    /// <summary>
    /// Evaluates the indicator without allocating: the status, and the value, numerator and
    /// denominator that go with it (see <see cref="IndicatorResult"/>). A sum, quantity or value
    /// beyond the range of <c>decimal</c> makes the result NotComputable, with whichever of the
    /// numerator and denominator is representable.
    /// </summary>
    public void Compute(scoped in Figures current, scoped in Figures previous, out Outcome outcome)
    {
        outcome = default;
        switch (_kind)
        {
            case IndicatorKind.Qualitative:
                outcome.Status = IndicatorStatus.Qualitative;
                return;
            case IndicatorKind.Composite:
                outcome.Status = IndicatorStatus.NotApplicable;
                return;
            case IndicatorKind.Growth:
                ComputeGrowth(current, previous, ref outcome);
                return;
            case IndicatorKind.Ratio or IndicatorKind.PerN or IndicatorKind.Value:
                break;
            default:
                throw Preconditions.Unhandled(_kind);
        }

        var numerator = Sum(current, _numerators, out var num);
        var den = 0m;
        var denominator = _denominators is null ? Operand.Absent : Sum(current, _denominators, out den);
        if (numerator == Operand.Missing || denominator == Operand.Missing)
        {
            outcome.Status = IndicatorStatus.MissingData;
            return;
        }

        outcome.Status = IndicatorStatus.NotComputable;
        outcome.HasNumerator = numerator == Operand.Known;
        outcome.Numerator = num;
        outcome.HasDenominator = denominator == Operand.Known;
        outcome.Denominator = den;
        if (numerator != Operand.Known || denominator == Operand.NotComputable || (denominator == Operand.Known && ExactArithmetic.IsZero(den)))
        {
            return;
        }

        if (Scale(num, den, denominator == Operand.Known, out outcome.Value))
        {
            outcome.Status = IndicatorStatus.Computed;
        }
    }

    private void ComputeGrowth(scoped in Figures current, scoped in Figures previous, ref Outcome outcome)
    {
        var now = Quantity(current, out var nowValue);
        var beforeValue = 0m;
        var before = previous.IsAvailable ? Quantity(previous, out beforeValue) : Operand.Missing;
        if (now == Operand.Missing || before == Operand.Missing)
        {
            outcome.Status = IndicatorStatus.MissingData;
            return;
        }

        outcome.Status = IndicatorStatus.NotComputable;
        outcome.HasNumerator = now == Operand.Known;
        outcome.Numerator = nowValue;
        outcome.HasDenominator = before == Operand.Known;
        outcome.Denominator = beforeValue;
        if (now == Operand.Known && before == Operand.Known && !ExactArithmetic.IsZero(beforeValue) && ExactArithmetic.TryChange(nowValue, beforeValue, _factor, out outcome.Value))
        {
            outcome.Status = IndicatorStatus.Computed;
        }
    }

    // Σnumerator, or Σnumerator ÷ Σdenominator: Known, Missing, or NotComputable (a zero denominator, or beyond decimal's range).
    private Operand Quantity(scoped in Figures figures, out decimal quantity)
    {
        var numerator = Sum(figures, _numerators, out var num);
        quantity = num;
        if (_denominators is null || numerator == Operand.Missing)
        {
            return numerator;
        }

        var denominator = Sum(figures, _denominators, out var den);
        if (denominator == Operand.Missing)
        {
            return Operand.Missing;
        }

        if (numerator == Operand.NotComputable || denominator == Operand.NotComputable || ExactArithmetic.IsZero(den)
            || !ExactArithmetic.TryMultiplyDivide(num, 1m, den, out quantity))
        {
            quantity = 0m;
            return Operand.NotComputable;
        }

        return Operand.Known;
    }

    // Σ × Factor ÷ den ÷ Divisor (÷ den only where there is a denominator).
    private bool Scale(decimal num, decimal den, bool divide, out decimal value) =>
        ExactArithmetic.TryMultiplyDivide(num, _factor, divide ? den : 1m, out value)
        && ExactArithmetic.TryMultiplyDivide(value, 1m, _divisor, out value);

    // Σ of the metrics from zero (so a single figure as ExactArithmetic.SumOfOne gives it): Known,
    // Missing, or NotComputable beyond decimal's range; the sum means nothing unless Known.
    private static Operand Sum(scoped in Figures figures, int[] metrics, out decimal sum)
    {
        sum = 0m;
        var state = Operand.Known;
        foreach (var metric in metrics)
        {
            if (!figures.TryGet(metric, out var value))
            {
                return Operand.Missing;
            }

            if (state == Operand.Known && !Arithmetic.TryAdd(sum, value, out sum))
            {
                state = Operand.NotComputable;
            }
        }

        return state;
    }

    // The codes of the missing metrics (each once, numerator's first), then those of the previous
    // period, then "previous period" itself when there is none. The result depends on nothing else,
    // so for a formula of a few metrics it is made once per pattern of missing metrics and shared
    // (results are immutable); for a longer one it is made each time, counted first so that the only
    // allocation is the list it keeps.
    private IndicatorResult Missing(scoped in Figures current, scoped in Figures previous)
    {
        // The previous period's metrics are listed for a growth when there is a previous period, and
        // "previous period" itself when there is none.
        var growth = _kind == IndicatorKind.Growth;
        var readsPrevious = growth && previous.IsAvailable;
        var includePrevious = growth && !previous.IsAvailable;
        if (_missingResults is null)
        {
            var missing = new string[CountMissing(current) + (readsPrevious ? CountMissing(previous) : 0) + (includePrevious ? 1 : 0)];
            var next = AddMissing(current, _codes, missing, 0);
            next = readsPrevious ? AddMissing(previous, _previousCodes, missing, next) : next;
            if (includePrevious)
            {
                missing[next] = PreviousPeriod;
            }

            return Create(missing);
        }

        var currentMask = MissingMask(current);
        var previousMask = readsPrevious ? MissingMask(previous) : 0;
        var pattern = currentMask | (previousMask << _operands.Length) | ((includePrevious ? 1 : 0) << (2 * _operands.Length));
        return Volatile.Read(ref _missingResults[pattern]) ?? Share(ref _missingResults[pattern], FromMasks(currentMask, previousMask, includePrevious));

        static IndicatorResult Share(ref IndicatorResult? slot, IndicatorResult result)
        {
            Volatile.Write(ref slot, result);
            return result;
        }
    }

    // Bit k: operand k is missing (for at most MaxCachedOperands operands).
    private int MissingMask(scoped in Figures figures)
    {
        var mask = 0;
        for (var k = 0; k < _operands.Length; k++)
        {
            mask |= figures.Has(_operands[k]) ? 0 : 1 << k;
        }

        return mask;
    }

    private IndicatorResult FromMasks(int currentMask, int previousMask, bool includePrevious)
    {
        var missing = new string[int.PopCount(currentMask) + int.PopCount(previousMask) + (includePrevious ? 1 : 0)];
        var next = 0;
        for (var bits = currentMask; bits != 0; bits &= bits - 1)
        {
            missing[next++] = _codes[BitOperations.TrailingZeroCount(bits)];
        }

        for (var bits = previousMask; bits != 0; bits &= bits - 1)
        {
            missing[next++] = _previousCodes[BitOperations.TrailingZeroCount(bits)];
        }

        if (includePrevious)
        {
            missing[next] = PreviousPeriod;
        }

        return Create(missing);
    }

    private int CountMissing(scoped in Figures figures)
    {
        var count = 0;
        foreach (var metric in _operands)
        {
            count += figures.Has(metric) ? 0 : 1;
        }

        return count;
    }

    private int AddMissing(scoped in Figures figures, string[] names, string[] missing, int next)
    {
        for (var k = 0; k < _operands.Length; k++)
        {
            if (!figures.Has(_operands[k]))
            {
                missing[next++] = names[k];
            }
        }

        return next;
    }

    private IndicatorResult Create(string[] missing) =>
        new(_entry, IndicatorStatus.MissingData, null, null, null, ImmutableCollectionsMarshal.AsImmutableArray(missing));

    private enum Operand : byte
    {
        Known,
        Missing,
        NotComputable,
        Absent,
    }

    /// <summary>What <see cref="Compute"/> found: the fields that go with the status are set; the value is zero unless Computed.</summary>
    internal struct Outcome
    {
        public IndicatorStatus Status;
        public decimal Value;
        public decimal Numerator;
        public decimal Denominator;
        public bool HasNumerator;
        public bool HasDenominator;
    }
}
