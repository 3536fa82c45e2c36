using BenchmarkDotNet.Attributes;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;

namespace HospitalDomain.Benchmarks;

/// <summary>
/// Evaluating the whole 2020 tertiary edition (56 indicators) over one hospital year, against the
/// way such code is usually written: the figures in a <c>Dictionary&lt;string, decimal&gt;</c> keyed by
/// metric name, and every indicator looking its metrics up by name and building a result record.
/// Both compute the same values, including missing-data and zero-denominator cases.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="ArithmeticFloor"/> is the floor the calculator is held to: only the exact
/// arithmetic the edition requires for these figures, with the <c>decimal</c> operators, on operands
/// prepared in setup (the sums of the formulas' metrics, the factors and divisors of the indicators
/// that compute a value), writing into an array made in setup. No reads from a metric set, no
/// checks, no results. <see cref="CompiledCalculatorColumns"/> is the calculator writing the same
/// values into columns (<see cref="IndicatorCalculator.EvaluateColumns"/>), without result objects.
/// </para>
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
public class IndicatorCalculatorBenchmarks
{
    private IndicatorCalculator _calculator = null!;
    private MetricSet _current = null!;
    private MetricSet _previous = null!;
    private Dictionary<string, decimal> _currentFigures = null!;
    private Dictionary<string, decimal> _previousFigures = null!;
    private List<NamedIndicator> _namedIndicators = null!;
    private FloorOperation[] _floor = null!;

    internal MetricSet Current => _current;

    internal MetricSet Previous => _previous;

    private decimal[] _floorResults = null!;
    private MetricSet? _previousOrNull;
    private decimal[] _columnValues = null!;
    private IndicatorStatus[] _columnStatuses = null!;

    [GlobalSetup]
    public void Setup()
    {
        var edition = IndicatorEditions.NationalTertiary2020;
        _calculator = new IndicatorCalculator(edition);
        var catalogue = MetricCatalogue.Standard;
        var current = MetricSet.CreateBuilder(catalogue, "H", ReportingPeriod.Year(2023));
        var previous = MetricSet.CreateBuilder(catalogue, "H", ReportingPeriod.Year(2022));
        var index = 0;
        foreach (var metric in catalogue.Metrics)
        {
            // Every metric reported except one in twenty, so that missing data is exercised too.
            if (++index % 20 != 0)
            {
                current.Set(metric, 1000 + index);
                previous.Set(metric, 900 + index);
            }
        }

        _current = current.Build();
        _previous = previous.Build();
        _currentFigures = _current.Values().ToDictionary(v => v.Key.Code, v => v.Value);
        _previousFigures = _previous.Values().ToDictionary(v => v.Key.Code, v => v.Value);
        _namedIndicators = edition.Entries.Select(e => new NamedIndicator(
            e.Code,
            e.Definition.Kind.ToString(),
            e.Definition.Numerator?.Metrics.ToList() ?? [],
            e.Definition.Denominator?.Metrics.ToList() ?? [],
            e.Definition.Factor,
            e.Definition.Divisor)).ToList();
        _floor = [.. edition.Entries.Select(e => FloorOperation.Of(e.Definition, _current, _previous)).OfType<FloorOperation>()];
        _floorResults = new decimal[_floor.Length];
        _previousOrNull = _previous;
        _columnValues = new decimal[edition.Entries.Length];
        _columnStatuses = new IndicatorStatus[edition.Entries.Length];

        // The floor computes exactly the calculator's values, no more and no fewer.
        ArithmeticFloor();
        var computed = _calculator.Evaluate(_current, _previous).Results.Where(r => r.Status == IndicatorStatus.Computed).Select(r => r.Value!.Value).ToArray();
        if (!computed.SequenceEqual(_floorResults))
        {
            throw new InvalidOperationException("The arithmetic floor does not compute the calculator's values.");
        }
    }

    [Benchmark(Baseline = true)]
    public int DictionaryOfNamedFigures()
    {
        var results = new List<NamedResult>();
        foreach (var indicator in _namedIndicators)
        {
            if (indicator.Kind is "Qualitative" or "Composite")
            {
                results.Add(new NamedResult(indicator.Code, indicator.Kind.ToLowerInvariant(), null, []));
                continue;
            }

            var missing = new List<string>();
            decimal? Sum(Dictionary<string, decimal> figures, List<string> names, string suffix)
            {
                decimal total = 0;
                var complete = true;
                foreach (var name in names)
                {
                    if (figures.TryGetValue(name, out var value))
                    {
                        total += value;
                    }
                    else
                    {
                        missing.Add(name + suffix);
                        complete = false;
                    }
                }

                return complete ? total : null;
            }

            decimal? Quantity(Dictionary<string, decimal> figures, string suffix)
            {
                var numerator = Sum(figures, indicator.Numerator, suffix);
                if (indicator.Denominator.Count == 0)
                {
                    return numerator;
                }

                var denominator = Sum(figures, indicator.Denominator, suffix);
                return numerator is null || denominator is null ? null : denominator == 0 ? decimal.MinValue : numerator / denominator;
            }

            if (indicator.Kind == "Growth")
            {
                var now = Quantity(_currentFigures, string.Empty);
                var before = Quantity(_previousFigures, " (previous period)");
                results.Add(now is null || before is null
                    ? new NamedResult(indicator.Code, "missingData", null, missing)
                    : now == decimal.MinValue || before == decimal.MinValue || before == 0
                        ? new NamedResult(indicator.Code, "notComputable", null, [])
                        : new NamedResult(indicator.Code, "computed", (now - before) * indicator.Factor / before, []));
                continue;
            }

            var num = Sum(_currentFigures, indicator.Numerator, string.Empty);
            var den = indicator.Denominator.Count == 0 ? 1m : Sum(_currentFigures, indicator.Denominator, string.Empty);
            results.Add(num is null || den is null
                ? new NamedResult(indicator.Code, "missingData", null, missing)
                : den == 0
                    ? new NamedResult(indicator.Code, "notComputable", null, [])
                    : new NamedResult(indicator.Code, "computed", num * indicator.Factor / den / indicator.Divisor, []));
        }

        return results.Count(r => r.Status == "computed");
    }

    [Benchmark]
    public int CompiledCalculator()
    {
        var evaluation = _calculator.Evaluate(_current, _previous);
        var computed = 0;
        foreach (var result in evaluation.Results)
        {
            if (result.Status == IndicatorStatus.Computed)
            {
                computed++;
            }
        }

        return computed;
    }

    [Benchmark]
    public int CompiledCalculatorColumns()
    {
        _calculator.EvaluateColumns(new ReadOnlySpan<MetricSet>(in _current), new ReadOnlySpan<MetricSet?>(in _previousOrNull), _columnValues, _columnStatuses);
        var computed = 0;
        foreach (var status in _columnStatuses)
        {
            if (status == IndicatorStatus.Computed)
            {
                computed++;
            }
        }

        return computed;
    }

    [Benchmark]
    public decimal ArithmeticFloor() => FloorOperation.Run(_floor, _floorResults);

    private sealed record NamedIndicator(string Code, string Kind, List<string> Numerator, List<string> Denominator, decimal Factor, decimal Divisor);

    private sealed record NamedResult(string Code, string Status, decimal? Value, List<string> Missing);
}
