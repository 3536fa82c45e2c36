using HospitalDomain.Indicators;
using HospitalDomain.Metrics;

namespace HospitalDomain.Tests.Indicators;

/// <summary>
/// Figures at the edge of <c>decimal</c>'s range, where a step of a formula (a sum, the factor, a
/// quotient, a growth) is beyond it: the calculator computes with the operators unchecked and, on
/// overflow, evaluates the set again with checked steps. Each entry must come out as a checked
/// reference says (NotComputable where a step overflows, the operators' value bit for bit where
/// none does), the same through <see cref="IndicatorCalculator.Evaluate"/> and
/// <see cref="IndicatorCalculator.EvaluateColumns"/>, and a row that overflows must leave the other
/// rows of a batch as they are.
/// </summary>
public sealed class IndicatorCalculatorOverflowTests
{
    private static readonly decimal[] Extremes =
    [
        decimal.MaxValue,
        decimal.MinValue,
        1_000_000_000_000_000_000_000_000_000m,
        0.0000000000000000000000000001m,
        -0.0000000000000000000000000001m,
    ];

    // The embedded editions, and two random ones of every shape (sums, factors and divisors other than one, growths of quotients).
    public static TheoryData<string> Editions => [.. IndicatorEditions.All.Select(e => e.Id), "random-1", "random-2"];

    [Theory]
    [MemberData(nameof(Editions))]
    public void Evaluate_OneExtremeFigure_IsTheCheckedReference(string editionId)
    {
        var calculator = new IndicatorCalculator(Edition(editionId));
        var overflowed = 0;
        foreach (var (current, previous) in ExtremeSets(calculator))
        {
            var results = calculator.Evaluate(current, previous).Results;
            for (var i = 0; i < results.Length; i++)
            {
                var entry = calculator.Edition.Entries[i];
                var expected = Checked(entry.Definition, current, previous);
                var because = $"{entry.Code} with {Describe(current, previous)}";
                results[i].Status.Should().Be(expected.Status, because);
                decimal.GetBits(results[i].Value ?? 0m).Should().Equal(decimal.GetBits(expected.Value), because);
                overflowed += expected.Overflowed ? 1 : 0;
            }
        }

        // The sets reach the checked path: some step of some entry is beyond the range.
        overflowed.Should().BePositive();
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void EvaluateColumns_RowsWithExtremeFigures_AreEvaluateRowByRow_AndLeaveTheOtherRowsAlone(string editionId)
    {
        var calculator = new IndicatorCalculator(Edition(editionId));
        var (ordinary, ordinaryBefore) = Ordinary(calculator.Catalogue);
        var rows = new List<MetricSet>();
        var before = new List<MetricSet?>();
        foreach (var (current, previous) in ExtremeSets(calculator))
        {
            // An ordinary row between extreme ones.
            rows.Add(current);
            before.Add(previous);
            rows.Add(ordinary);
            before.Add(ordinaryBefore);
        }

        var count = calculator.Edition.Entries.Length;
        var values = new decimal[count * rows.Count];
        var statuses = new IndicatorStatus[values.Length];
        calculator.EvaluateColumns(rows.ToArray(), before.ToArray(), values, statuses);
        for (var row = 0; row < rows.Count; row++)
        {
            var results = calculator.Evaluate(rows[row], before[row]).Results;
            for (var i = 0; i < count; i++)
            {
                var because = $"row {row}, {calculator.Edition.Entries[i].Code}";
                statuses[(i * rows.Count) + row].Should().Be(results[i].Status, because);
                decimal.GetBits(values[(i * rows.Count) + row]).Should().Equal(decimal.GetBits(results[i].Value ?? 0m), because);
            }
        }
    }

    [Fact]
    public void Evaluate_ShareOfAHugeNumerator_IsNotComputable_AndTheRestOfTheSetIsComputed()
    {
        var calculator = new IndicatorCalculator(IndicatorEditions.NationalTertiary2020);
        var (ordinary, previous) = Ordinary(calculator.Catalogue);
        var huge = MetricSet.CreateBuilder(calculator.Catalogue, ordinary.Entity, ordinary.Period);
        foreach (var (metric, value) in ordinary.Values())
        {
            huge.Set(metric, value);
        }

        // × 100 of 10^27 is beyond the range; the quotient alone would not be.
        huge.Set("adjuvantDrugRevenue", 1_000_000_000_000_000_000_000_000_000m).Set("drugRevenue", 1m);
        var results = calculator.Evaluate(huge.Build(), previous);
        var expected = calculator.Evaluate(ordinary, previous);

        results["adjuvantDrugRevenueShare"].Status.Should().Be(IndicatorStatus.NotComputable);
        results["adjuvantDrugRevenueShare"].Numerator.Should().Be(1_000_000_000_000_000_000_000_000_000m);
        results["adjuvantDrugRevenueShare"].Denominator.Should().Be(1m);
        results["adjuvantDrugRevenueShare"].Value.Should().BeNull();
        results["medicalRevenueGrowth"].Value.Should().Be(expected["medicalRevenueGrowth"].Value);
        results["outpatientRevenueShare"].Status.Should().Be(IndicatorStatus.Computed);
        results["outpatientRevenueShare"].Value.Should().Be(expected["outpatientRevenueShare"].Value);
    }

    private static IndicatorEdition Edition(string id) =>
        id.StartsWith("random-", StringComparison.Ordinal)
            ? IndicatorCalculatorEquivalenceTests.RandomEdition(new Random(int.Parse(id["random-".Length..], System.Globalization.CultureInfo.InvariantCulture)), 60)
            : IndicatorEditions.Get(id);

    // For each metric the edition reads and each extreme, the ordinary sets with that one figure
    // replaced: in the current period, and (for the growth formulas) in the previous one.
    private static IEnumerable<(MetricSet Current, MetricSet? Previous)> ExtremeSets(IndicatorCalculator calculator)
    {
        var (current, previous) = Ordinary(calculator.Catalogue);
        var read = calculator.Edition.Entries
            .SelectMany(e => (e.Definition.Numerator?.Metrics ?? []).Concat(e.Definition.Denominator?.Metrics ?? []))
            .Distinct(StringComparer.Ordinal);
        foreach (var code in read)
        {
            var metric = calculator.Catalogue[code];
            foreach (var extreme in Extremes.Where(x => Accepts(metric, x)))
            {
                yield return (With(current, code, extreme), previous);
                yield return (current, With(previous, code, extreme));
            }
        }
    }

    // Money may be negative; other kinds may not, and counts and levels are whole.
    private static bool Accepts(Metric metric, decimal value) =>
        metric.Kind == MetricKind.Money || (value >= 0 && (metric.Kind is not (MetricKind.Count or MetricKind.Level) || decimal.Truncate(value) == value));

    private static MetricSet With(MetricSet set, string code, decimal value)
    {
        var builder = MetricSet.CreateBuilder(set.Catalogue, set.Entity, set.Period);
        foreach (var (metric, figure) in set.Values())
        {
            builder.Set(metric, figure);
        }

        return builder.Set(code, value).Build();
    }

    // Every metric reported, of ordinary sizes (large enough that a factor of 100 or a growth of an
    // extreme figure overflows), no zeros.
    private static (MetricSet Current, MetricSet Previous) Ordinary(MetricCatalogue catalogue)
    {
        var current = MetricSet.CreateBuilder(catalogue, "H", ReportingPeriod.Year(2023));
        var previous = MetricSet.CreateBuilder(catalogue, "H", ReportingPeriod.Year(2022));
        var index = 0;
        foreach (var metric in catalogue.Metrics)
        {
            index++;
            var whole = metric.Kind is MetricKind.Count or MetricKind.Level;
            current.Set(metric, whole ? 1000m + (index * 7) : 1000m + (index * 7.25m));
            previous.Set(metric, whole ? 900m + (index * 6) : 900m + (index * 6.5m));
        }

        return (current.Build(), previous.Build());
    }

    private static string Describe(MetricSet current, MetricSet? previous) =>
        string.Join(", ", Extremes.SelectMany(x => current.Values().Where(v => v.Value == x).Select(v => $"{v.Key.Code}={x}")
            .Concat(previous?.Values().Where(v => v.Value == x).Select(v => $"{v.Key.Code} (previous)={x}") ?? [])).Distinct());

    // The formulas with the operators: missing data first, then zero denominators, then the
    // arithmetic, where a step beyond the range (OverflowException) makes the result NotComputable.
    private static (IndicatorStatus Status, decimal Value, bool Overflowed) Checked(IndicatorDefinition definition, MetricSet current, MetricSet? previous)
    {
        switch (definition.Kind)
        {
            case IndicatorKind.Qualitative:
                return (IndicatorStatus.Qualitative, 0m, false);
            case IndicatorKind.Composite:
                return (IndicatorStatus.NotApplicable, 0m, false);
        }

        var growth = definition.Kind == IndicatorKind.Growth;
        if (!Reported(current) || (growth && (previous is null || !Reported(previous))))
        {
            return (IndicatorStatus.MissingData, 0m, false);
        }

        try
        {
            if (growth)
            {
                if (Quantity(current) is not { } now || Quantity(previous!) is not { } before || before == 0m)
                {
                    return (IndicatorStatus.NotComputable, 0m, false);
                }

                return (IndicatorStatus.Computed, (now - before) * definition.Factor / before, false);
            }

            var numerator = Sum(definition.Numerator, current);
            var denominator = definition.Denominator is null ? (decimal?)null : Sum(definition.Denominator, current);
            if (denominator == 0m)
            {
                return (IndicatorStatus.NotComputable, 0m, false);
            }

            var value = definition.Factor == 1m ? numerator : numerator * definition.Factor;
            value = denominator is { } d ? value / d : value;
            return (IndicatorStatus.Computed, definition.Divisor == 1m ? value : value / definition.Divisor, false);
        }
        catch (OverflowException)
        {
            return (IndicatorStatus.NotComputable, 0m, true);
        }

        bool Reported(MetricSet set) =>
            (definition.Numerator?.Metrics ?? []).Concat(definition.Denominator?.Metrics ?? []).All(code => set[code] is not null);

        decimal? Quantity(MetricSet set)
        {
            var numerator = Sum(definition.Numerator, set);
            if (definition.Denominator is null)
            {
                return numerator;
            }

            var denominator = Sum(definition.Denominator, set);
            return denominator == 0m ? null : numerator / denominator;
        }
    }

    private static decimal Sum(IndicatorOperand? operand, MetricSet set) =>
        (operand?.Metrics ?? []).Aggregate(0m, (sum, code) => sum + set[code]!.Value);
}
