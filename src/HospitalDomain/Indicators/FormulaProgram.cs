using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using HospitalDomain.Metrics;

namespace HospitalDomain.Indicators;

/// <summary>
/// An edition's formulas as one flat array of steps over a metric set's own arrays (catalogue
/// indices, no gathering), evaluated with the <c>decimal</c> operators themselves: the common path
/// of the calculator. It decides the statuses that need no arithmetic (missing figures, zero
/// denominators) as <see cref="CompiledIndicator"/> does, and computes the rest with the same
/// operators in the same order, so its values are that path's bit for bit.
/// </summary>
/// <remarks>
/// <para>
/// It has no overflow handling of its own: a sum, product or quotient beyond the range of
/// <c>decimal</c> throws <see cref="OverflowException"/> out of <see cref="ComputeRow"/>, and the
/// caller evaluates that set again through <see cref="CompiledIndicator"/>, whose checked steps turn
/// it into a NotComputable result. Only absurd figures get there, so the common path pays nothing for
/// the checks.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
internal sealed class FormulaProgram
{
    private readonly Step[] _steps;

    // The entries of one metric over one metric (or over none): most of every edition, evaluated in
    // a loop of their own; and the entries of every other shape, by index into _steps.
    private readonly SingleStep[] _singles;
    private readonly int[] _others;

    // For each entry, its place in _singles, or −1.
    private readonly int[] _singleOf;

    // The catalogue indices of the formulas' operands of more than one metric, each a run of this array.
    private readonly int[] _sums;

    /// <summary>Compiles the entries' formulas; every metric code is in <paramref name="catalogue"/> (checked by the caller).</summary>
    public FormulaProgram(IEnumerable<IndicatorEntry> entries, MetricCatalogue catalogue)
    {
        var sums = new List<int>();
        _steps = [.. entries.Select(entry => Compile(entry.Definition))];
        _sums = [.. sums];
        var singles = new List<SingleStep>();
        var others = new List<int>();
        _singleOf = new int[_steps.Length];
        for (var i = 0; i < _steps.Length; i++)
        {
            ref readonly var step = ref _steps[i];
            _singleOf[i] = -1;
            if (step.Kind == StepKind.Scaled && step.Numerator.Count == 1 && step.Denominator.Count <= 1)
            {
                _singleOf[i] = singles.Count;
                singles.Add(new SingleStep
                {
                    Entry = i,
                    Numerator = step.Numerator.Start,
                    Denominator = step.Denominator.Count == 1 ? step.Denominator.Start : -1,
                    Factor = step.Factor,
                    Divisor = step.Divisor,
                    UnitFactor = step.Factor == 1m,
                    UnitDivisor = step.Divisor == 1m,
                });
            }
            else
            {
                others.Add(i);
            }
        }

        _singles = [.. singles];
        _others = [.. others];

        Step Compile(IndicatorDefinition definition) => new()
        {
            Kind = definition.Kind switch
            {
                IndicatorKind.Qualitative => StepKind.Qualitative,
                IndicatorKind.Composite => StepKind.NotApplicable,
                IndicatorKind.Growth => StepKind.Growth,
                IndicatorKind.Ratio or IndicatorKind.PerN or IndicatorKind.Value => StepKind.Scaled,
                _ => throw Preconditions.Unhandled(definition.Kind),
            },
            Numerator = Operand(definition.Numerator),
            Denominator = Operand(definition.Denominator),
            // A ratio's, rate's or value's factor or divisor equal to one is skipped: here it is
            // exactly 1m, which leaves a value as it is. A growth multiplies by its factor as written.
            Factor = definition.Factor == 1m && definition.Kind != IndicatorKind.Growth ? 1m : definition.Factor,
            Divisor = definition.Divisor == 1m ? 1m : definition.Divisor,
        };

        // One metric: its catalogue index; more: the run of _sums that holds their indices; none: empty.
        OperandRef Operand(IndicatorOperand? operand)
        {
            if (operand is null)
            {
                return default;
            }

            if (operand.Metrics.Length == 1)
            {
                return new OperandRef(catalogue.IndexOf(operand.Metrics[0]), 1);
            }

            var start = sums.Count;
            sums.AddRange(operand.Metrics.Select(catalogue.IndexOf));
            return new OperandRef(start, operand.Metrics.Length);
        }
    }

    /// <summary>Gets the number of steps, one per entry.</summary>
    public int Count => _steps.Length;

    /// <summary>
    /// Evaluates every entry over the arrays of a set (and of the previous period's, null when there
    /// is none) into the cells <c>entry × <paramref name="rows"/> + <paramref name="row"/></c> of
    /// <paramref name="values"/> (zero where the status is not Computed) and <paramref name="statuses"/>.
    /// </summary>
    /// <exception cref="OverflowException">A step of a formula is beyond the range of <c>decimal</c>; the row is then partly written.</exception>
    public void ComputeRow(decimal[] setValues, bool[] setPresent, decimal[]? previousValues, bool[]? previousPresent, Span<decimal> values, Span<IndicatorStatus> statuses, int row, int rows)
    {
        foreach (ref readonly var step in _singles.AsSpan())
        {
            var cell = unchecked((step.Entry * rows) + row);
            statuses[cell] = ComputeSingle(in step, setValues, setPresent, out values[cell]);
        }

        foreach (var entry in _others)
        {
            var cell = unchecked((entry * rows) + row);
            statuses[cell] = Compute(entry, setValues, setPresent, previousValues, previousPresent, out values[cell], out _, out _);
        }
    }

    /// <summary>
    /// Evaluates entry <paramref name="entry"/> over the arrays of a set (and of the previous
    /// period's, null when there is none): the status, and for a Computed one the value with the
    /// numerator and denominator behind it (for a growth: the two periods' quantities).
    /// </summary>
    /// <exception cref="OverflowException">A step of the formula is beyond the range of <c>decimal</c>.</exception>
    public IndicatorStatus ComputeEntry(int entry, decimal[] setValues, bool[] setPresent, decimal[]? previousValues, bool[]? previousPresent, out decimal value, out decimal numerator, out decimal denominator)
    {
        var single = _singleOf[entry];
        if (single < 0)
        {
            return Compute(entry, setValues, setPresent, previousValues, previousPresent, out value, out numerator, out denominator);
        }

        ref readonly var step = ref _singles[single];
        numerator = ExactArithmetic.SumOfOne(in setValues[step.Numerator]);
        denominator = step.Denominator >= 0 ? setValues[step.Denominator] : 0m;
        return ComputeSingle(in step, setValues, setPresent, out value);
    }

    // Σnumerator × factor ÷ Σdenominator ÷ divisor of one metric over one (or none), as Compute gives it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static IndicatorStatus ComputeSingle(ref readonly SingleStep step, decimal[] values, bool[] present, out decimal value)
    {
        value = 0m;
        if (!present[step.Numerator] || (step.Denominator >= 0 && !present[step.Denominator]))
        {
            return IndicatorStatus.MissingData;
        }

        if (step.Denominator >= 0 && ExactArithmetic.IsZero(in values[step.Denominator]))
        {
            return IndicatorStatus.NotComputable;
        }

        var scaled = ExactArithmetic.SumOfOne(in values[step.Numerator]);
        scaled = step.UnitFactor ? scaled : scaled * step.Factor;
        scaled = step.Denominator >= 0 ? scaled / values[step.Denominator] : scaled;

        value = step.UnitDivisor ? scaled : scaled / step.Divisor;
        return IndicatorStatus.Computed;
    }

    /// <summary>
    /// Evaluates entry <paramref name="index"/> over the arrays of a set (and of the previous period's,
    /// null when there is none): the status, and for a Computed one the value with the numerator and
    /// denominator behind it (for a growth: the two periods' quantities).
    /// </summary>
    /// <exception cref="OverflowException">A step of the formula is beyond the range of <c>decimal</c>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private IndicatorStatus Compute(int index, decimal[] values, bool[] present, decimal[]? previousValues, bool[]? previousPresent, out decimal value, out decimal numerator, out decimal denominator)
    {
        ref readonly var step = ref _steps[index];
        value = 0m;
        numerator = 0m;
        denominator = 0m;
        switch (step.Kind)
        {
            case StepKind.Scaled:
                if (!Read(step.Numerator, values, present, out numerator) || (step.Denominator.Count != 0 && !Read(step.Denominator, values, present, out denominator)))
                {
                    return IndicatorStatus.MissingData;
                }

                if (step.Denominator.Count != 0 && ExactArithmetic.IsZero(denominator))
                {
                    return IndicatorStatus.NotComputable;
                }

                // Factor and divisor are 1m where they are one, which leaves a value as it is.
                value = numerator * step.Factor / (step.Denominator.Count != 0 ? denominator : 1m) / step.Divisor;
                return IndicatorStatus.Computed;
            case StepKind.Growth:
                return Growth(in step, values, present, previousValues, previousPresent, out value, out numerator, out denominator);
            case StepKind.Qualitative:
                return IndicatorStatus.Qualitative;
            case StepKind.NotApplicable:
                return IndicatorStatus.NotApplicable;
            default:
                throw Preconditions.Unhandled(step.Kind);
        }
    }

    // (now − before) × factor ÷ before of the two periods' quantities, each Σnumerator or Σnumerator ÷ Σdenominator.
    private IndicatorStatus Growth(ref readonly Step step, decimal[] values, bool[] present, decimal[]? previousValues, bool[]? previousPresent, out decimal value, out decimal now, out decimal before)
    {
        value = 0m;
        before = 0m;
        var hasDenominator = step.Denominator.Count != 0;
        var nowDenominator = 0m;
        var beforeDenominator = 0m;
        if (!Read(step.Numerator, values, present, out now)
            || (hasDenominator && !Read(step.Denominator, values, present, out nowDenominator))
            || previousValues is null
            || !Read(step.Numerator, previousValues, previousPresent!, out before)
            || (hasDenominator && !Read(step.Denominator, previousValues, previousPresent!, out beforeDenominator)))
        {
            return IndicatorStatus.MissingData;
        }

        if (hasDenominator)
        {
            if (ExactArithmetic.IsZero(nowDenominator) || ExactArithmetic.IsZero(beforeDenominator))
            {
                return IndicatorStatus.NotComputable;
            }

            now /= nowDenominator;
            before /= beforeDenominator;
        }

        if (ExactArithmetic.IsZero(before))
        {
            return IndicatorStatus.NotComputable;
        }

        value = (now - before) * step.Factor / before;
        return IndicatorStatus.Computed;
    }

    // The operand's sum as CompiledIndicator's gathered figures give it (one metric: the figure as
    // the sum of one, ExactArithmetic.SumOfOne); false when a metric was not reported.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Read(OperandRef operand, decimal[] values, bool[] present, out decimal sum)
    {
        if (operand.Count == 1)
        {
            sum = ExactArithmetic.SumOfOne(values[operand.Start]);
            return present[operand.Start];
        }

        return ReadSum(operand, values, present, out sum);
    }

    private bool ReadSum(OperandRef operand, decimal[] values, bool[] present, out decimal sum)
    {
        sum = 0m;
        foreach (var metric in _sums.AsSpan(operand.Start, operand.Count))
        {
            if (!present[metric])
            {
                return false;
            }

            sum += values[metric];
        }

        return true;
    }

    private enum StepKind : byte
    {
        Scaled,
        Growth,
        Qualitative,
        NotApplicable,
    }

    // One metric (Count 1: Start is its catalogue index), several (Start: where their run begins in _sums), or none (Count 0).
    [StructLayout(LayoutKind.Auto)]
    private readonly record struct OperandRef(int Start, int Count);

    [StructLayout(LayoutKind.Auto)]
    private struct SingleStep
    {
        public int Entry;
        public int Numerator;
        public int Denominator;
        public bool UnitFactor;
        public bool UnitDivisor;
        public decimal Factor;
        public decimal Divisor;
    }

    [StructLayout(LayoutKind.Auto)]
    private struct Step
    {
        public StepKind Kind;
        public OperandRef Numerator;
        public OperandRef Denominator;
        public decimal Factor;
        public decimal Divisor;
    }
}
