using BenchmarkDotNet.Attributes;
using HospitalDomain.Indicators;

namespace HospitalDomain.Benchmarks;

/// <summary>
/// The calculator's exact division against <c>decimal</c>'s operator, on 1,000 quotients of the
/// kind indicator formulas take: a count or an amount times 100 over another, most of them not
/// terminating (28 significant digits), a few exact. Both give the same bits (tested).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ExactDivisionBenchmarks
{
    private decimal[] _dividends = null!;
    private decimal[] _divisors = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(16);
        _dividends = new decimal[1000];
        _divisors = new decimal[1000];
        for (var i = 0; i < _dividends.Length; i++)
        {
            var divisor = random.NextInt64(1, i % 3 == 0 ? 10_000 : 10_000_000_000);
            _divisors[i] = divisor;
            _dividends[i] = random.NextInt64(0, divisor) * 100m;
        }
    }

    [Benchmark(Baseline = true)]
    public decimal DecimalOperator()
    {
        var sum = 0m;
        for (var i = 0; i < _dividends.Length; i++)
        {
            sum = _dividends[i] / _divisors[i];
        }

        return sum;
    }

    [Benchmark]
    public decimal ExactDivision()
    {
        var sum = 0m;
        for (var i = 0; i < _dividends.Length; i++)
        {
            sum = ExactArithmetic.Divide(_dividends[i], _divisors[i]);
        }

        return sum;
    }
}
