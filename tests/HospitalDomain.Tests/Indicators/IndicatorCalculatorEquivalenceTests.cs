using HospitalDomain.Indicators;
using HospitalDomain.Metrics;

namespace HospitalDomain.Tests.Indicators;

/// <summary>
/// The compiled calculator against a reference written straight from the formulas with the
/// <c>decimal</c> operators and lookups by code (the calculator as it was before compilation): every
/// embedded edition over random metric sets, with figures of every size and scale, zeros, missing
/// metrics and missing previous periods. Statuses, values, numerators and denominators must be the
/// same bit for bit (scale included) and the missing metrics the same list; the columns of
/// <see cref="IndicatorCalculator.EvaluateColumns"/> must hold the same statuses and values.
/// </summary>
public sealed class IndicatorCalculatorEquivalenceTests
{
    private const string PreviousPeriod = "previous period";
    private const int SetsPerEdition = 400;

    public static TheoryData<string> Editions => [.. IndicatorEditions.All.Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(Editions))]
    public void Evaluate_RandomSets_IsTheReferenceBitForBit(string editionId)
    {
        var edition = IndicatorEditions.Get(editionId);
        var calculator = new IndicatorCalculator(edition);
        var (current, previous) = RandomSets(calculator.Catalogue, new Random(Seed(editionId)));
        for (var s = 0; s < current.Length; s++)
        {
            var actual = calculator.Evaluate(current[s], previous[s]).Results;
            actual.Length.Should().Be(edition.Entries.Length);
            for (var i = 0; i < actual.Length; i++)
            {
                var expected = Reference(edition.Entries[i], current[s], previous[s]);
                var because = $"set {s}, {edition.Entries[i].Code}";
                actual[i].Status.Should().Be(expected.Status, because);
                Bits(actual[i].Value).Should().Equal(Bits(expected.Value), because);
                Bits(actual[i].Numerator).Should().Equal(Bits(expected.Numerator), because);
                Bits(actual[i].Denominator).Should().Equal(Bits(expected.Denominator), because);
                actual[i].MissingMetrics.Should().Equal(expected.Missing, because);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void EvaluateColumns_RandomSets_IsEvaluateColumnByColumn(string editionId)
    {
        var edition = IndicatorEditions.Get(editionId);
        var calculator = new IndicatorCalculator(edition);
        var (current, previous) = RandomSets(calculator.Catalogue, new Random(Seed(editionId)));
        var rows = current.Length;
        var values = new decimal[edition.Entries.Length * rows];
        var statuses = new IndicatorStatus[values.Length];
        calculator.EvaluateColumns(current, previous, values, statuses);
        for (var s = 0; s < rows; s++)
        {
            var results = calculator.Evaluate(current[s], previous[s]).Results;
            for (var i = 0; i < results.Length; i++)
            {
                var because = $"set {s}, {edition.Entries[i].Code}";
                statuses[(i * rows) + s].Should().Be(results[i].Status, because);
                Bits(values[(i * rows) + s]).Should().Equal(Bits(results[i].Value ?? 0m), because);
            }
        }
    }

    [Theory]
    [InlineData(20)]
    [InlineData(150)]
    public void Evaluate_RandomEditionOfEveryShape_IsTheReferenceBitForBit_AndSoAreItsColumns(int entries)
    {
        // Sums of one to seven metrics (some shared between formulas), every kind, factors and
        // divisors other than one; 150 entries take the path for editions too long for the stack.
        var random = new Random(entries);
        var edition = RandomEdition(random, entries);
        var calculator = new IndicatorCalculator(edition);
        var (current, previous) = RandomSets(calculator.Catalogue, random);
        var values = new decimal[edition.Entries.Length * current.Length];
        var statuses = new IndicatorStatus[values.Length];
        calculator.EvaluateColumns(current, previous, values, statuses);
        for (var s = 0; s < current.Length; s++)
        {
            var actual = calculator.Evaluate(current[s], previous[s]).Results;
            for (var i = 0; i < actual.Length; i++)
            {
                var expected = Reference(edition.Entries[i], current[s], previous[s]);
                var because = $"set {s}, {edition.Entries[i].Code} ({edition.Entries[i].Definition.Kind}, {edition.Entries[i].Definition.Numerator} / {edition.Entries[i].Definition.Denominator})";
                actual[i].Status.Should().Be(expected.Status, because);
                Bits(actual[i].Value).Should().Equal(Bits(expected.Value), because);
                Bits(actual[i].Numerator).Should().Equal(Bits(expected.Numerator), because);
                Bits(actual[i].Denominator).Should().Equal(Bits(expected.Denominator), because);
                actual[i].MissingMetrics.Should().Equal(expected.Missing, because);
                statuses[(i * current.Length) + s].Should().Be(expected.Status, because);
                Bits(values[(i * current.Length) + s]).Should().Equal(Bits(expected.Value ?? 0m), because);
            }
        }
    }

    internal static IndicatorEdition RandomEdition(Random random, int count)
    {
        var metrics = MetricCatalogue.Standard.Metrics.Select(m => m.Code).ToArray();
        var kinds = new[] { IndicatorKind.Ratio, IndicatorKind.PerN, IndicatorKind.Value, IndicatorKind.Growth, IndicatorKind.Qualitative, IndicatorKind.Composite };
        var factors = new[] { 1m, 1m, 1.00m, 100m, 1000m, 0.5m }; // 1.00m: equal to one, written with a scale
        var entries = new IndicatorEntry[count];
        for (var i = 0; i < count; i++)
        {
            var kind = kinds[random.Next(kinds.Length)];
            var hasNumerator = kind is not (IndicatorKind.Qualitative or IndicatorKind.Composite);
            var hasDenominator = kind is IndicatorKind.Ratio or IndicatorKind.PerN || (kind == IndicatorKind.Growth && random.Next(2) == 0);
            var definition = new IndicatorDefinition(
                $"random{i}",
                $"随机指标{i}",
                $"Random indicator {i}",
                kind,
                Unit.None,
                IndicatorDirection.MonitorOnly,
                IndicatorDataSource.Reported,
                "generated for a test",
                SourceStatus.Unconfirmed,
                hasNumerator ? Operand() : null,
                hasDenominator ? Operand() : null,
                factors[random.Next(factors.Length)],
                kind == IndicatorKind.Growth ? 1m : factors[random.Next(factors.Length)]);
            entries[i] = new IndicatorEntry($"{i + 1}", definition, "随机");
        }

        return new IndicatorEdition("random", "随机指标集", 2024, "test", "generated for a test", SourceStatus.Unconfirmed, entries);

        // One metric most often, up to seven; drawn from the first 40 metrics so that formulas share some.
        IndicatorOperand Operand()
        {
            var size = random.Next(4) == 0 ? random.Next(2, 8) : 1;
            return new IndicatorOperand(metrics.Take(40).OrderBy(_ => random.Next()).Take(size).ToArray(), "generated");
        }
    }

    private static int Seed(string editionId) => editionId.Aggregate(16, (hash, c) => unchecked((hash * 31) + c));

    private static int[]? Bits(decimal? value) => value is { } v ? decimal.GetBits(v) : null;

    // Figures of every magnitude a report can hold: counts up to 10^12, amounts with up to four
    // decimals, zeros (so zero denominators), one figure in ten missing, and one previous set in ten absent.
    private static (MetricSet[] Current, MetricSet?[] Previous) RandomSets(MetricCatalogue catalogue, Random random)
    {
        var current = new MetricSet[SetsPerEdition];
        var previous = new MetricSet?[SetsPerEdition];
        for (var s = 0; s < SetsPerEdition; s++)
        {
            var entity = $"H{s:000}";
            current[s] = Build(catalogue, random, entity, ReportingPeriod.Year(2023));
            previous[s] = random.Next(10) == 0 ? null : Build(catalogue, random, entity, ReportingPeriod.Year(2022));
        }

        return (current, previous);
    }

    private static MetricSet Build(MetricCatalogue catalogue, Random random, string entity, ReportingPeriod period)
    {
        var builder = MetricSet.CreateBuilder(catalogue, entity, period);
        foreach (var metric in catalogue.Metrics)
        {
            var draw = random.Next(20);
            if (draw < 2)
            {
                continue;
            }

            var whole = metric.Kind is MetricKind.Count or MetricKind.Level;
            var scale = whole ? 0 : random.Next(5);
            var magnitude = random.Next(1, 13);
            var mantissa = draw == 2 ? 0L : random.NextInt64(1, (long)Math.Pow(10, magnitude) + 1);
            var value = new decimal(unchecked((int)mantissa), (int)(mantissa >> 32), 0, metric.Kind == MetricKind.Money && random.Next(20) == 0, (byte)scale);
            builder.Set(metric, value);
        }

        return builder.Build();
    }

    // The formulas as the editions state them: Σnumerator × factor ÷ Σdenominator ÷ divisor, and a
    // growth (now − before) × factor ÷ before of the two periods' quantities.
    private static Expected Reference(IndicatorEntry entry, MetricSet current, MetricSet? previous)
    {
        var definition = entry.Definition;
        var codes = (definition.Numerator?.Metrics ?? []).Concat(definition.Denominator?.Metrics ?? []).Distinct().ToArray();
        switch (definition.Kind)
        {
            case IndicatorKind.Qualitative:
                return new(IndicatorStatus.Qualitative, null, null, null, []);
            case IndicatorKind.Composite:
                return new(IndicatorStatus.NotApplicable, null, null, null, []);
            case IndicatorKind.Growth:
                if (previous is null)
                {
                    return new(IndicatorStatus.MissingData, null, null, null, [.. MissingCodes(current, string.Empty), PreviousPeriod]);
                }

                var now = Quantity(current);
                var before = Quantity(previous);
                if (!now.Known || !before.Known)
                {
                    return new(IndicatorStatus.MissingData, null, null, null, [.. now.Known ? [] : MissingCodes(current, string.Empty), .. before.Known ? [] : MissingCodes(previous, " (previous period)")]);
                }

                if (now.Value is null || before.Value is not { } b || b == 0m)
                {
                    return new(IndicatorStatus.NotComputable, null, now.Value, before.Value, []);
                }

                return new(IndicatorStatus.Computed, (now.Value.Value - b) * definition.Factor / b, now.Value, b, []);
            case IndicatorKind.Ratio or IndicatorKind.PerN or IndicatorKind.Value:
                break;
            default:
                throw new InvalidOperationException($"unknown kind {definition.Kind}");
        }

        var num = Sum(definition.Numerator, current);
        var den = definition.Denominator is null ? null : Sum(definition.Denominator, current);
        if (num is null || (definition.Denominator is not null && den is null))
        {
            return new(IndicatorStatus.MissingData, null, null, null, MissingCodes(current, string.Empty));
        }

        var scaled = definition.Factor == 1m ? num.Value : num.Value * definition.Factor;
        if (den is { } d)
        {
            if (d == 0m)
            {
                return new(IndicatorStatus.NotComputable, null, num, d, []);
            }

            scaled /= d;
        }

        return new(IndicatorStatus.Computed, definition.Divisor == 1m ? scaled : scaled / definition.Divisor, num, den, []);

        (bool Known, decimal? Value) Quantity(MetricSet set)
        {
            var n = Sum(definition.Numerator, set);
            var q = definition.Denominator is null ? null : Sum(definition.Denominator, set);
            return n is null || (definition.Denominator is not null && q is null) ? (false, null)
                : q is null ? (true, n)
                : q == 0m ? (true, null)
                : (true, n / q);
        }

        string[] MissingCodes(MetricSet set, string suffix) => [.. codes.Where(c => set[c] is null).Select(c => c + suffix)];
    }

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

    private sealed record Expected(IndicatorStatus Status, decimal? Value, decimal? Numerator, decimal? Denominator, string[] Missing);
}
