using System.Collections.Immutable;
using HospitalDomain.Metrics;

namespace HospitalDomain.Indicators;

/// <summary>
/// Evaluates a whole <see cref="IndicatorEdition"/> over a <see cref="MetricSet"/>: the edition's
/// formulas are compiled once, at construction, into index arithmetic over the catalogue, so an
/// evaluation does no lookups and allocates nothing but its results.
/// </summary>
/// <remarks>
/// A calculator is immutable and thread-safe; build one per edition and catalogue and reuse it. A
/// formula that names a metric the catalogue lacks is rejected at construction.
/// </remarks>
public sealed class IndicatorCalculator
{
    private const string PreviousPeriod = "previous period";

    private readonly CompiledIndicator[] _compiled;

    /// <summary>Compiles <paramref name="edition"/> for metric sets of <paramref name="catalogue"/>.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="catalogue">The catalogue; the standard one when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException">A formula names a metric the catalogue lacks; the message names both.</exception>
    public IndicatorCalculator(IndicatorEdition edition, MetricCatalogue? catalogue = null)
    {
        Edition = Preconditions.CheckNotNull(edition);
        Catalogue = catalogue ?? MetricCatalogue.Standard;
        _compiled = [.. edition.Entries.Select(Compile)];
    }

    /// <summary>Gets the edition evaluated.</summary>
    public IndicatorEdition Edition { get; }

    /// <summary>Gets the catalogue the metric sets must use.</summary>
    public MetricCatalogue Catalogue { get; }

    /// <summary>Evaluates every indicator of the edition.</summary>
    /// <param name="current">The figures of the period evaluated.</param>
    /// <param name="previous">The figures of the period before (上年同期), for growth indicators; null when not available.</param>
    /// <returns>One result per entry, in the edition's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is null.</exception>
    /// <exception cref="ArgumentException">A set uses another catalogue, or the two sets are of different entities.</exception>
    public IndicatorEvaluation Evaluate(MetricSet current, MetricSet? previous = null)
    {
        Preconditions.CheckNotNull(current);
        Preconditions.CheckArgument(ReferenceEquals(current.Catalogue, Catalogue), nameof(current), $"current uses the catalogue '{current.Catalogue.Id}', the calculator '{Catalogue.Id}'.");
        if (previous is not null)
        {
            Preconditions.CheckArgument(ReferenceEquals(previous.Catalogue, Catalogue), nameof(previous), $"previous uses the catalogue '{previous.Catalogue.Id}', the calculator '{Catalogue.Id}'.");
            Preconditions.CheckArgument(previous.Entity == current.Entity, nameof(previous), $"previous is of '{previous.Entity}', current of '{current.Entity}'.");
        }

        var results = new IndicatorResult[_compiled.Length];
        for (var i = 0; i < _compiled.Length; i++)
        {
            results[i] = _compiled[i].Evaluate(current, previous);
        }

        return new IndicatorEvaluation(Edition, current.Entity, current.Period, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(results), trusted: true);
    }

    private CompiledIndicator Compile(IndicatorEntry entry)
    {
        var definition = entry.Definition;
        var numerator = Indices(definition.Numerator);
        var denominator = Indices(definition.Denominator);
        var operands = (numerator ?? []).Concat(denominator ?? []).Distinct().ToArray();
        return new CompiledIndicator(
            entry,
            numerator,
            denominator,
            operands,
            [.. operands.Select(i => Catalogue.Metrics[i].Code)],
            [.. operands.Select(i => Catalogue.Metrics[i].Code + " (previous period)")]);

        int[]? Indices(IndicatorOperand? operand)
        {
            if (operand is null)
            {
                return null;
            }

            var indices = new int[operand.Metrics.Length];
            for (var i = 0; i < indices.Length; i++)
            {
                if (!Catalogue.TryGetIndex(operand.Metrics[i], out indices[i]))
                {
                    Preconditions.ThrowArgument("edition", $"indicator '{definition.Code}' uses the metric '{operand.Metrics[i]}', which the catalogue '{Catalogue.Id}' lacks.");
                }
            }

            return indices;
        }
    }

    private sealed class CompiledIndicator(IndicatorEntry entry, int[]? numerator, int[]? denominator, int[] operands, string[] codes, string[] previousCodes)
    {
        private readonly IndicatorDefinition _definition = entry.Definition;
        private readonly decimal _factor = entry.Definition.Factor;
        private readonly decimal _divisor = entry.Definition.Divisor;
        private readonly bool _unitFactor = entry.Definition.Factor == 1m;
        private readonly bool _unitDivisor = entry.Definition.Divisor == 1m;

        // num × factor ÷ den ÷ divisor, skipping the multiplications and divisions by one (decimal division is the dominant cost).
        private decimal Scale(decimal num, decimal den)
        {
            var value = (_unitFactor ? num : num * _factor) / den;
            return _unitDivisor ? value : value / _divisor;
        }

        private decimal Scale(decimal num)
        {
            var value = _unitFactor ? num : num * _factor;
            return _unitDivisor ? value : value / _divisor;
        }

        public IndicatorResult Evaluate(MetricSet current, MetricSet? previous)
        {
            switch (_definition.Kind)
            {
                case IndicatorKind.Qualitative:
                    return new IndicatorResult(entry, IndicatorStatus.Qualitative, null, null, null, []);
                case IndicatorKind.Composite:
                    return new IndicatorResult(entry, IndicatorStatus.NotApplicable, null, null, null, []);
                case IndicatorKind.Growth:
                    return EvaluateGrowth(current, previous);
                case IndicatorKind.Ratio or IndicatorKind.PerN or IndicatorKind.Value:
                    break;
                default:
                    throw Preconditions.Unhandled(_definition.Kind);
            }

            if (!TrySum(current, numerator!, out var num) | (denominator is not null & !TrySum(current, denominator ?? [], out var den)))
            {
                return Missing(current, null);
            }

            if (denominator is null)
            {
                return new IndicatorResult(entry, IndicatorStatus.Computed, Scale(num), num, null, []);
            }

            return den == 0m
                ? new IndicatorResult(entry, IndicatorStatus.NotComputable, null, num, den, [])
                : new IndicatorResult(entry, IndicatorStatus.Computed, Scale(num, den), num, den, []);
        }

        private IndicatorResult EvaluateGrowth(MetricSet current, MetricSet? previous)
        {
            if (previous is null)
            {
                return Missing(current, null, includePrevious: true);
            }

            var currentKnown = TryQuantity(current, out var now, out var currentComputable);
            var previousKnown = TryQuantity(previous, out var before, out var previousComputable);
            if (!currentKnown || !previousKnown)
            {
                return Missing(currentKnown ? null : current, previousKnown ? null : previous);
            }

            if (!currentComputable || !previousComputable || before == 0m)
            {
                return new IndicatorResult(entry, IndicatorStatus.NotComputable, null, currentComputable ? now : null, previousComputable ? before : null, []);
            }

            return new IndicatorResult(entry, IndicatorStatus.Computed, (now - before) * _definition.Factor / before, now, before, []);
        }

        private bool TryQuantity(MetricSet set, out decimal quantity, out bool computable)
        {
            quantity = 0m;
            computable = false;
            if (!TrySum(set, numerator!, out var num) | (denominator is not null & !TrySum(set, denominator ?? [], out var den)))
            {
                return false;
            }

            if (denominator is null)
            {
                quantity = num;
                computable = true;
            }
            else if (den != 0m)
            {
                quantity = num / den;
                computable = true;
            }

            return true;
        }

        private static bool TrySum(MetricSet set, int[] indices, out decimal sum)
        {
            sum = 0m;
            var complete = true;
            foreach (var index in indices)
            {
                if (set.TryGetValueAt(index, out var value))
                {
                    sum += value;
                }
                else
                {
                    complete = false;
                }
            }

            return complete;
        }

        // The codes of the missing metrics (each once, numerator's first), then those of the previous
        // period, then "previous period" itself when there is none: counted first, so that the only
        // allocation is the list the result keeps (the codes are prepared at compile time).
        private IndicatorResult Missing(MetricSet? current, MetricSet? previous, bool includePrevious = false)
        {
            var count = CountMissing(current) + CountMissing(previous) + (includePrevious ? 1 : 0);
            var missing = new string[count];
            var next = 0;
            AddMissing(current, codes);
            AddMissing(previous, previousCodes);
            if (includePrevious)
            {
                missing[next] = PreviousPeriod;
            }

            return new IndicatorResult(entry, IndicatorStatus.MissingData, null, null, null, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(missing));

            void AddMissing(MetricSet? set, string[] names)
            {
                for (var k = 0; set is not null && k < operands.Length; k++)
                {
                    if (!set.TryGetValueAt(operands[k], out _))
                    {
                        missing[next++] = names[k];
                    }
                }
            }
        }

        private int CountMissing(MetricSet? set)
        {
            var count = 0;
            for (var k = 0; set is not null && k < operands.Length; k++)
            {
                count += set.TryGetValueAt(operands[k], out _) ? 0 : 1;
            }

            return count;
        }
    }
}
