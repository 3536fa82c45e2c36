using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using HospitalDomain.Records;
using HospitalDomain.Records.Generation;

namespace HospitalDomain.Benchmarks;

/// <summary>
/// Aggregating a front-page export (1,000,000 rows × 124 columns, 1% defective rows) into yearly
/// figures per hospital: HospitalDomain.Records with every validation rule on, against DuckDB's
/// in-process <c>read_csv</c> + <c>GROUP BY</c> computing the same sums (no validation).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class FrontPageBenchmarks
{
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup() => _path = FrontPageFiles.Get(RecordEncoding.Utf8);

    [Benchmark(Baseline = true)]
    public long DuckDbReadCsvGroupBy()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = DuckDbQuery(_path);
        using var reader = command.ExecuteReader();
        long discharges = 0;
        while (reader.Read())
        {
            discharges += reader.GetInt64(2);
        }

        return discharges;
    }

    [Benchmark]
    public long FrontPageAggregator()
    {
        var aggregator = new FrontPageAggregator(new RecordIngestOptions { Rules = FrontPageExportGenerator.Rules });
        aggregator.ReadFile(_path);
        return aggregator.ToResult().Reconciliation.Accepted;
    }

    /// <summary>The DuckDB query: the same grouping (hospital × year of discharge) and the same sums as the default rules.</summary>
    internal static string DuckDbQuery(string path)
    {
        string Level(int n) => $"coalesce(TRY_CAST(SSJB{n} AS INTEGER), 0)";
        var maxLevel = $"greatest({string.Join(", ", Enumerable.Range(1, 5).Select(Level))})";
        string Money(string field) => $"coalesce(TRY_CAST({field} AS DECIMAL(18, 2)), 0)";
        string ClassOne(int n) => $"(CASE WHEN {Level(n)} > 0 AND QKYHLB{n} IN ('1', '2', '3', '10') THEN 1 ELSE 0 END)";
        var classOne = string.Join(" + ", Enumerable.Range(1, 5).Select(ClassOne));
        return $"""
            SELECT ZZJGDM, left(CYSJ, 4) AS year, count(*) AS discharges,
                   sum(TRY_CAST(SJZYTS AS INTEGER)) AS bed_days,
                   sum(CASE WHEN LYFS = '5' THEN 1 ELSE 0 END) AS deaths,
                   sum(CASE WHEN {maxLevel} > 0 THEN 1 ELSE 0 END) AS surgeries,
                   sum(CASE WHEN {maxLevel} = 4 THEN 1 ELSE 0 END) AS level4,
                   sum(CASE WHEN {maxLevel} = 3 THEN 1 ELSE 0 END) AS level3,
                   sum({classOne}) AS class_one,
                   sum({Money("ZFY")}) AS revenue,
                   sum({Money("XYF")} + {Money("ZCYF")} + {Money("ZCYF1")}) AS drugs,
                   sum({Money("HCYYCLF")} + {Money("YYCLF")} + {Money("YCXYYCLF")}) AS consumables,
                   sum(TRY_CAST(DRGQZ AS DECIMAL(18, 4))) AS drg_weight
            FROM read_csv('{path.Replace("'", "''", StringComparison.Ordinal)}', header = true, all_varchar = true, ignore_errors = true, quote = '"', escape = '"')
            GROUP BY ALL
            """;
    }
}
