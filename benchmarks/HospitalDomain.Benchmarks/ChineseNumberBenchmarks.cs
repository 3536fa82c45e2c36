using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace HospitalDomain.Benchmarks;

/// <summary>
/// Parsing the figures of a work report (260.72万, 15.95万, 3407 …) against the usual approach:
/// a regular expression, string replacement and <see cref="decimal.Parse(string)"/>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public partial class ChineseNumberBenchmarks
{
    private readonly string[] _figures =
    [
        "260.72万", "15.95万", "9.57万", "3407", "2.58亿", "1000余", "近1000", "约2.5万", "超过5000", "1.2万余",
        "39.12", "7.8", "14781", "3,407", "突破10亿", "65", "300余", "3000余", "70余", "3.4万余",
    ];

    [Benchmark(Baseline = true)]
    public decimal RegexAndReplace()
    {
        var total = 0m;
        foreach (var figure in _figures)
        {
            var match = FigurePattern().Match(figure);
            if (!match.Success)
            {
                continue;
            }

            var value = decimal.Parse(match.Groups["number"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
            value *= match.Groups["scale"].Value switch
            {
                "万" => 10_000m,
                "亿" => 100_000_000m,
                _ => 1m,
            };
            total += value;
        }

        return total;
    }

    [Benchmark]
    public decimal TryParseSpan()
    {
        var total = 0m;
        foreach (var figure in _figures)
        {
            if (ChineseNumber.TryParse(figure.AsSpan(), out var number))
            {
                total += number.Value;
            }
        }

        return total;
    }

    [GeneratedRegex("^(?:近|将近|逾|超过|超|突破|约|大约)?(?<number>[0-9][0-9,]*(?:\\.[0-9]+)?)(?:余|多)?(?<scale>万|亿)?(?:余|多)?$")]
    private static partial Regex FigurePattern();
}
