using BenchmarkDotNet.Attributes;
using HospitalDomain.Assessments;
using HospitalDomain.Indicators;
using HospitalDomain.Samples;

namespace HospitalDomain.Benchmarks;

/// <summary>
/// Scoring, ranking and grading 3,000 hospitals over the whole 2020 tertiary edition under the
/// illustrative scheme, against a straightforward LINQ implementation of the same rules: for each
/// hospital and indicator, the peer group's values are filtered and counted with LINQ.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class AssessmentCalculatorBenchmarks
{
    private List<CohortMember> _members = null!;
    private AssessmentCalculator _calculator = null!;
    private AssessmentScheme _scheme = null!;

    [GlobalSetup]
    public void Setup()
    {
        _members = SyntheticProvince.Generate(3000);
        _scheme = AssessmentSchemes.Illustrative2020;
        _calculator = new AssessmentCalculator(_scheme, IndicatorEditions.NationalTertiary2020);
    }

    [Benchmark(Baseline = true)]
    public int Linq()
    {
        var edition = IndicatorEditions.NationalTertiary2020;
        var totals = new Dictionary<string, decimal>();
        foreach (var member in _members)
        {
            decimal sum = 0, assessed = 0, total = 0;
            foreach (var rule in _scheme.Rules)
            {
                var entry = edition[rule.IndicatorCode];
                var scored = entry.Definition.Direction != IndicatorDirection.MonitorOnly || rule.Method == ScoringMethod.Qualitative;
                var weight = scored ? rule.Weight : 0m;
                total += weight;
                var value = member.Evaluation[rule.IndicatorCode].Value;
                if (value is null || rule.Method == ScoringMethod.Qualitative)
                {
                    continue;
                }

                assessed += weight;
                var peers = _members.Where(m => m.PeerGroup == member.PeerGroup)
                    .Select(m => m.Evaluation[rule.IndicatorCode].Value)
                    .Where(v => v is not null)
                    .Select(v => v!.Value)
                    .ToList();
                var below = peers.Count(v => v < value);
                var equal = peers.Count(v => v == value);
                var share = (below + (equal / 2m)) * 100m / peers.Count;
                var percentile = entry.Definition.Direction == IndicatorDirection.LowerIsBetter ? 100m - share : share;
                sum += weight * percentile / 100m;
            }

            totals[member.Entity] = assessed > 0 && assessed < total ? sum * total / assessed : sum;
        }

        var ranked = totals.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();
        return ranked.Count;
    }

    [Benchmark]
    public int Calculator() => _calculator.Assess(_members).Assessments.Length;
}
