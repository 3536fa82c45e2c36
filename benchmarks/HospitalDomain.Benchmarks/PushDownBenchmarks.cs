using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using HospitalDomain.EntityFrameworkCore.Records;
using HospitalDomain.EntityFrameworkCore.Schema;
using HospitalDomain.Records;
using HospitalDomain.Records.Generation;
using Microsoft.EntityFrameworkCore;

namespace HospitalDomain.Benchmarks;

/// <summary>
/// Yearly figures per hospital from 100,000 discharge records in the database: the default rules as
/// one SQL GROUP BY (<see cref="DatabaseRecordAggregator"/>, one row per hospital comes back) against
/// pulling the columns the rules read (every row) and summing them in process. PostgreSQL needs the
/// server of HOSPITALDOMAIN_POSTGRES; SQLite is a file in the temporary folder.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PushDownBenchmarks
{
    private static readonly RecordIngestOptions Options = new() { Rules = FrontPageExportGenerator.Rules };
    private DatabaseFixture? _database;

    /// <summary>Gets or sets the database: PostgreSQL or SQLite.</summary>
    [Params("PostgreSQL", "SQLite")]
    public string Provider { get; set; } = "PostgreSQL";

    [GlobalSetup]
    public void Setup()
    {
        _database = DatabaseFixture.Create(postgreSql: Provider == "PostgreSQL");
        _database.Load(DatabaseFixture.Records(DatabaseFixture.Rows));
        var pushed = PushDown();
        var pulled = PullAndSum();
        if (pushed != pulled)
        {
            throw new InvalidOperationException($"The two ways disagree: {pushed} against {pulled}.");
        }
    }

    [Benchmark(Baseline = true)]
    public decimal PullAndSum()
    {
        using var context = _database!.Open();
        var groups = new Dictionary<(string Hospital, int Year), Sums>();
        var rules = Options.Rules;
        foreach (var row in context.DischargeRecords.AsNoTracking().Select(Pull))
        {
            var key = (row.Hospital, row.Discharge.Year);
            if (!groups.TryGetValue(key, out var sums))
            {
                groups.Add(key, sums = new Sums());
            }

            var operations = 0;
            var maxLevel = 0;
            var minimallyInvasive = false;
            var classOne = 0;
            var infected = false;
            for (var i = 0; i < row.Levels.Length; i++)
            {
                if (row.Levels[i] is not { } level)
                {
                    continue;
                }

                operations++;
                maxLevel = Math.Max(maxLevel, level);
                minimallyInvasive |= rules.MinimallyInvasiveCodes!.Contains(row.Codes[i]!);
                if (row.Incisions[i] is { } incision && rules.ClassOneIncisionCodes.Contains(incision))
                {
                    classOne++;
                    infected |= rules.InfectionHealingCodes.Contains(incision);
                }
            }

            var died = rules.DeathDischargeMethods.Contains(row.Method);
            var lowRisk = row.DrgGroup is not null && rules.LowRiskDrgGroups!.Contains(row.DrgGroup);
            var drugs = 0m;
            foreach (var amount in row.Drugs)
            {
                drugs += amount ?? 0;
            }

            var consumables = 0m;
            foreach (var amount in row.Consumables)
            {
                consumables += amount ?? 0;
            }

            sums.Counts += 1 + row.LengthOfStay + (died ? 1 : 0) + (operations > 0 ? 1 : 0) + (maxLevel == 4 ? 1 : 0) + (maxLevel == 3 ? 1 : 0)
                + (minimallyInvasive ? 1 : 0) + classOne + (infected ? 1 : 0) + (lowRisk ? 1 : 0) + (lowRisk && died ? 1 : 0);
            sums.Money += row.Total + drugs + consumables + (row.DrgGroup is not null && row.DrgWeight is { } weight ? weight : 0);
        }

        return groups.Values.Sum(s => s.Counts + s.Money);
    }

    [Benchmark]
    public decimal PushDown()
    {
        using var context = _database!.Open();
        var result = new DatabaseRecordAggregator(Options).Aggregate(context.DischargeRecords);
        string[] counts = ["discharges", "dischargedPatientBedDays", "inpatientDeaths", "surgeries", "level4Surgeries", "level3Surgeries", "minimallyInvasiveSurgeries", "classOneIncisionSurgeries", "classOneIncisionInfections", "lowRiskGroupCases", "lowRiskGroupDeaths"];
        string[] money = ["inpatientRevenue", "inpatientDrugRevenue", "consumablesRevenue"];
        return result.MetricSets.Sum(s => counts.Sum(c => s[c] ?? 0) + money.Sum(m => s[m] ?? 0)) + result.Drg.Sum(d => d.TotalWeight);
    }

    [GlobalCleanup]
    public void Cleanup() => _database?.Dispose();

    /// <summary>The projection of the columns the default rules read; EF Core turns it into one SELECT without GROUP BY.</summary>
    private static readonly Expression<Func<DischargeRecordRow, Pulled>> Pull = BuildPull();

    private static Expression<Func<DischargeRecordRow, Pulled>> BuildPull()
    {
        var r = Expression.Parameter(typeof(DischargeRecordRow), "r");
        Expression Shadow<T>(string name) => Expression.Call(typeof(EF), nameof(EF.Property), [typeof(T)], r, Expression.Constant(name));
        Expression Array<T>(IEnumerable<string> names) => Expression.NewArrayInit(typeof(T), names.Select(Shadow<T>));
        var slots = Enumerable.Range(1, DischargeRecordRow.ProcedureSlots).ToList();
        MemberAssignment Bind(string member, Expression value) => Expression.Bind(typeof(Pulled).GetProperty(member)!, value);
        return Expression.Lambda<Func<DischargeRecordRow, Pulled>>(
            Expression.MemberInit(
                Expression.New(typeof(Pulled)),
                Bind(nameof(Pulled.Hospital), Expression.Property(r, nameof(DischargeRecordRow.HospitalCode))),
                Bind(nameof(Pulled.Discharge), Expression.Property(r, nameof(DischargeRecordRow.Discharge))),
                Bind(nameof(Pulled.LengthOfStay), Expression.Property(r, nameof(DischargeRecordRow.LengthOfStay))),
                Bind(nameof(Pulled.Method), Expression.Property(r, nameof(DischargeRecordRow.DischargeMethod))),
                Bind(nameof(Pulled.Total), Expression.Property(r, nameof(DischargeRecordRow.TotalCost))),
                Bind(nameof(Pulled.DrgGroup), Expression.Property(r, nameof(DischargeRecordRow.DrgGroup))),
                Bind(nameof(Pulled.DrgWeight), Expression.Property(r, nameof(DischargeRecordRow.DrgWeight))),
                Bind(nameof(Pulled.Drugs), Array<decimal?>(Options.Rules.DrugCostFields)),
                Bind(nameof(Pulled.Consumables), Array<decimal?>(Options.Rules.ConsumableCostFields)),
                Bind(nameof(Pulled.Codes), Array<string>(slots.Select(s => $"SSJCZBM{s}"))),
                Bind(nameof(Pulled.Levels), Array<int?>(slots.Select(s => $"SSJB{s}"))),
                Bind(nameof(Pulled.Incisions), Array<int?>(slots.Select(s => $"QKYHLB{s}")))),
            r);
    }

    /// <summary>A record's columns as the baseline pulls them.</summary>
    private sealed class Pulled
    {
        public string Hospital { get; set; } = string.Empty;

        public DateTime Discharge { get; set; }

        public int LengthOfStay { get; set; }

        public int Method { get; set; }

        public decimal Total { get; set; }

        public string? DrgGroup { get; set; }

        public decimal? DrgWeight { get; set; }

        public decimal?[] Drugs { get; set; } = [];

        public decimal?[] Consumables { get; set; } = [];

        public string?[] Codes { get; set; } = [];

        public int?[] Levels { get; set; } = [];

        public int?[] Incisions { get; set; } = [];
    }

    /// <summary>One hospital-year's running sums, folded into two numbers that check them all.</summary>
    private sealed class Sums
    {
        public long Counts { get; set; }

        public decimal Money { get; set; }
    }
}
