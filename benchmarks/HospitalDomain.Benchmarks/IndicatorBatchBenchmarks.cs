using BenchmarkDotNet.Attributes;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;

namespace HospitalDomain.Benchmarks;

/// <summary>
/// A province's department-month workload, end to end on one core: 3,000 hospitals × 30
/// departments × 12 months = 1.08 M metric sets, each with the same month of the year before, all
/// evaluated with the 2020 tertiary edition into columns (<see cref="IndicatorCalculator.EvaluateColumns"/>),
/// one hospital (360 sets) at a time into one reused buffer, with the computed results counted.
/// Shown at three sizes (30, 300 and 3,000 hospitals) to show that the time is linear in the
/// number of sets; divide the median by <see cref="Sets"/> for the time per set.
/// </summary>
/// <remarks>
/// The sets are built in setup and are not part of the time: 1.08 M current and 1.08 M previous
/// sets take about 4 GB. The baseline is the same work through <see cref="IndicatorCalculator.Evaluate"/>,
/// one result object per indicator and set. <see cref="ArithmeticFloor"/> is the floor of the same
/// sets: only the divisions and multiplications of the values the calculator computes, on operands
/// prepared in setup, so that the time per million sets can be set beside the arithmetic alone.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
public class IndicatorBatchBenchmarks
{
    private const int Departments = 30;
    private const int Months = 12;
    private const int SetsPerHospital = Departments * Months;

    private IndicatorCalculator _calculator = null!;
    private MetricSet[] _current = null!;
    private MetricSet[] _previous = null!;
    private decimal[] _values = null!;
    private IndicatorStatus[] _statuses = null!;
    private FloorOperation[] _floor = null!;
    private int[] _floorStarts = null!;
    private decimal[] _floorResults = null!;

    /// <summary>Gets or sets the number of metric sets: 30, 300 or 3,000 hospitals' department-months.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Sets { get; set; }

    /// <summary>
    /// Gets the sizes measured: 10,800, 108,000 and 1,080,000 sets; only the first under <c>--job Dry</c>,
    /// the smoke run of continuous integration, where building 2.16 M sets (about a minute, 4 GB) in
    /// each benchmark's process would prove nothing the small size does not.
    /// </summary>
    public static IEnumerable<int> Sizes => IsDryRun() ? [10_800] : [10_800, 108_000, 1_080_000];

    [GlobalSetup(Targets = [nameof(ResultObjects), nameof(Columns)])]
    public void Setup()
    {
        _calculator = new IndicatorCalculator(IndicatorEditions.NationalTertiary2020);
        (_current, _previous) = DepartmentMonths.Generate(Sets / SetsPerHospital);
        _values = new decimal[SetsPerHospital * _calculator.Edition.Entries.Length];
        _statuses = new IndicatorStatus[_values.Length];
    }

    /// <summary>
    /// The floor's setup: the arithmetic of every value the calculator computes over the same sets,
    /// prepared hospital by hospital (about 4.5 GB at the largest size); the sets themselves are then dropped.
    /// </summary>
    [GlobalSetup(Target = nameof(ArithmeticFloor))]
    public void SetupFloor()
    {
        var calculator = new IndicatorCalculator(IndicatorEditions.NationalTertiary2020);
        var (current, previous) = DepartmentMonths.Generate(Sets / SetsPerHospital);
        var definitions = calculator.Edition.Entries.Select(e => e.Definition).ToArray();
        var operations = new List<FloorOperation>();
        var starts = new List<int>();
        var longest = 0;
        for (var start = 0; start < current.Length; start += SetsPerHospital)
        {
            starts.Add(operations.Count);
            var before = operations.Count;
            for (var s = start; s < start + SetsPerHospital; s++)
            {
                foreach (var definition in definitions)
                {
                    if (FloorOperation.Of(definition, current[s], previous[s]) is { } operation)
                    {
                        operations.Add(operation);
                    }
                }
            }

            longest = Math.Max(longest, operations.Count - before);
        }

        starts.Add(operations.Count);
        _floor = [.. operations];
        _floorStarts = [.. starts];
        _floorResults = new decimal[longest];

        // The floor performs as many operations as the calculator computes values, no more and no fewer.
        var values = new decimal[SetsPerHospital * definitions.Length];
        var statuses = new IndicatorStatus[values.Length];
        calculator.EvaluateColumns(current.AsSpan(0, SetsPerHospital), previous.AsSpan(0, SetsPerHospital), values, statuses);
        if (statuses.Count(s => s == IndicatorStatus.Computed) != _floorStarts[1])
        {
            throw new InvalidOperationException("The arithmetic floor does not perform the calculator's operations.");
        }
    }

    [Benchmark(Baseline = true)]
    public long ResultObjects()
    {
        long computed = 0;
        for (var s = 0; s < _current.Length; s++)
        {
            foreach (var result in _calculator.Evaluate(_current[s], _previous[s]).Results)
            {
                computed += result.Status == IndicatorStatus.Computed ? 1 : 0;
            }
        }

        return computed;
    }

    [Benchmark]
    public long Columns()
    {
        long computed = 0;
        for (var start = 0; start < _current.Length; start += SetsPerHospital)
        {
            _calculator.EvaluateColumns(_current.AsSpan(start, SetsPerHospital), _previous.AsSpan(start, SetsPerHospital), _values, _statuses);
            foreach (var status in _statuses)
            {
                computed += status == IndicatorStatus.Computed ? 1 : 0;
            }
        }

        return computed;
    }

    /// <summary>Only the arithmetic of the values <see cref="Columns"/> computes, one hospital at a time into one reused buffer.</summary>
    [Benchmark]
    public decimal ArithmeticFloor()
    {
        var total = 0m;
        for (var h = 0; h + 1 < _floorStarts.Length; h++)
        {
            var operations = _floor.AsSpan(_floorStarts[h], _floorStarts[h + 1] - _floorStarts[h]);
            total += FloorOperation.Run(operations, _floorResults.AsSpan(0, operations.Length));
        }

        return total;
    }

    // The sizes are read in the process that parses the command line (each benchmark's own process
    // gets the chosen value compiled in), so the arguments there tell whether the job is Dry.
    private static bool IsDryRun()
    {
        var args = Environment.GetCommandLineArgs();
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] is "--job" or "-j" && args[i + 1].Equals("Dry", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Deterministic department-month figures: each department of a size of its own, the months
    /// varying around it, amounts of money in 元 with fen, counts whole; some departments have no
    /// surgery (so a zero denominator), and one figure in fifty is not reported.
    /// </summary>
    internal static class DepartmentMonths
    {
        // Each hospital from a generator of its own (so the sets are the same whatever the order), built
        // on every core: setup is not timed, and 2.16 M sets take a while to build.
        public static (MetricSet[] Current, MetricSet[] Previous) Generate(int hospitals, int seed = 16)
        {
            var current = new MetricSet[hospitals * SetsPerHospital];
            var previous = new MetricSet[current.Length];
            Parallel.For(0, hospitals, h =>
            {
                var random = new Random(seed + h);
                var next = h * SetsPerHospital;
                for (var d = 0; d < Departments; d++)
                {
                    var entity = $"H{h + 1:0000}-D{d + 1:00}";
                    var size = 0.3 + (random.NextDouble() * 2);
                    var surgical = d % 3 != 0;
                    for (var m = 1; m <= Months; m++)
                    {
                        current[next] = Build(random, entity, ReportingPeriod.Month(2023, m), size, surgical);
                        previous[next] = Build(random, entity, ReportingPeriod.Month(2022, m), size * 0.95, surgical);
                        next++;
                    }
                }
            });

            return (current, previous);
        }

        private static MetricSet Build(Random random, string entity, ReportingPeriod period, double size, bool surgical)
        {
            var builder = MetricSet.CreateBuilder(MetricCatalogue.Standard, entity, period);
            double Vary(double value, double spread = 0.2) => value * (1 + (((random.NextDouble() * 2) - 1) * spread));
            var beds = Math.Round(Vary(40 * size));
            var discharges = Math.Round(Vary(beds * 3.5));
            var surgeries = surgical ? Math.Round(Vary(discharges * 0.5)) : 0;
            var outpatients = Math.Round(Vary(discharges * 12));
            var revenue = Vary(beds * 130_000);
            foreach (var metric in MetricCatalogue.Standard.Metrics)
            {
                if (random.Next(50) == 0)
                {
                    continue;
                }

                var value = metric.Code switch
                {
                    "openBeds" or "approvedBeds" => beds,
                    "discharges" => discharges,
                    "surgeries" => surgeries,
                    "level4Surgeries" => Math.Round(surgeries * Vary(0.3)),
                    "minimallyInvasiveSurgeries" => Math.Round(surgeries * Vary(0.25)),
                    "electiveSurgeries" => Math.Round(surgeries * Vary(0.6)),
                    "daySurgeries" => Math.Round(surgeries * Vary(0.08)),
                    "outpatientVisits" or "outpatientPrescriptionVisits" => outpatients,
                    "medicalRevenue" or "medicalActivityRevenue" => revenue,
                    "totalRevenue" => revenue * 1.1,
                    "outpatientRevenue" => revenue * Vary(0.3),
                    "inpatientRevenue" => revenue * Vary(0.7),
                    "drugRevenue" => revenue * Vary(0.26),
                    "emrLevel" => random.Next(3, 7),
                    "outpatientSatisfaction" or "inpatientSatisfaction" or "staffSatisfaction" or "patientSatisfaction" => Math.Round(Vary(88, 0.06), 1),
                    "appointmentWaitMinutes" => Math.Round(Vary(15, 0.5), 1),
                    "medicalSurplus" => Vary(revenue * 0.03, 1.5),
                    _ => metric.Kind == MetricKind.Money ? Vary(revenue * 0.05) : Vary(30 * size, 0.5),
                };
                builder.Set(metric, metric.Kind switch
                {
                    MetricKind.Money => Math.Round((decimal)value, 2),
                    MetricKind.Count or MetricKind.Level => Math.Max(0, Math.Round((decimal)value)),
                    _ => Math.Max(0, Math.Round((decimal)value, 1)),
                });
            }

            return builder.Build();
        }
    }
}
