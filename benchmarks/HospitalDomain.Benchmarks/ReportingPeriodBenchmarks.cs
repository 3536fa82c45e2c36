using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace HospitalDomain.Benchmarks;

/// <summary>
/// Parsing reporting periods (2023, 2023H1, 2023Q4, 2023-03, custom intervals) against a regular
/// expression with <see cref="DateTime.ParseExact(string, string, IFormatProvider)"/>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public partial class ReportingPeriodBenchmarks
{
    private readonly string[] _texts = ["2023", "2023H1", "2023H2", "2023Q1", "2023Q4", "2023-03", "2024-02", "2023-01-01/2023-07-31", "2021", "2022Q3"];

    [Benchmark(Baseline = true)]
    public int RegexAndDateTime()
    {
        var days = 0;
        foreach (var text in _texts)
        {
            var match = PeriodPattern().Match(text);
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            DateTime start, end;
            if (match.Groups["start"].Success)
            {
                start = DateTime.ParseExact(match.Groups["start"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                end = DateTime.ParseExact(match.Groups["end"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            else if (match.Groups["half"].Success)
            {
                start = new DateTime(year, match.Groups["half"].Value == "1" ? 1 : 7, 1);
                end = start.AddMonths(6).AddDays(-1);
            }
            else if (match.Groups["quarter"].Success)
            {
                start = new DateTime(year, ((int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture) - 1) * 3) + 1, 1);
                end = start.AddMonths(3).AddDays(-1);
            }
            else if (match.Groups["month"].Success)
            {
                start = new DateTime(year, int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture), 1);
                end = start.AddMonths(1).AddDays(-1);
            }
            else
            {
                start = new DateTime(year, 1, 1);
                end = new DateTime(year, 12, 31);
            }

            days += (int)(end - start).TotalDays + 1;
        }

        return days;
    }

    [Benchmark]
    public int TryParseSpan()
    {
        var days = 0;
        foreach (var text in _texts)
        {
            if (ReportingPeriod.TryParse(text.AsSpan(), out var period))
            {
                days += period.Days;
            }
        }

        return days;
    }

    [GeneratedRegex("^(?:(?<start>(?<year>\\d{4})-\\d{2}-\\d{2})/(?<end>\\d{4}-\\d{2}-\\d{2})|(?<year>\\d{4})(?:H(?<half>[12])|Q(?<quarter>[1-4])|-(?<month>\\d{2}))?)$")]
    private static partial Regex PeriodPattern();
}
