using BenchmarkDotNet.Attributes;
using HospitalDomain.EntityFrameworkCore.Records;
using HospitalDomain.EntityFrameworkCore.Schema;
using HospitalDomain.Records;
using Microsoft.EntityFrameworkCore;

namespace HospitalDomain.Benchmarks;

/// <summary>
/// Writing 20,000 validated discharge records (every column of the table) into PostgreSQL: Npgsql's
/// binary COPY, as <see cref="DischargeRecordLoader"/> does, against EF Core's <c>AddRange</c> +
/// <c>SaveChanges</c> (batched INSERTs, the cost fields and procedure entries set as shadow
/// properties). The table is emptied before each iteration. Needs the server of HOSPITALDOMAIN_POSTGRES.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RecordLoadBenchmarks
{
    private DatabaseFixture? _database;
    private List<DischargeRecord> _records = [];

    [GlobalSetup]
    public void Setup()
    {
        _database = DatabaseFixture.Create(postgreSql: true);
        _records = DatabaseFixture.Records(Math.Max(1, DatabaseFixture.Rows / 5));
    }

    [IterationSetup]
    public void Empty()
    {
        using var context = _database!.Open();
        context.Database.ExecuteSqlRaw("TRUNCATE discharge_records");
    }

    [Benchmark(Baseline = true)]
    public int EfAddRangeSaveChanges()
    {
        using var context = _database!.Open();
        var rows = _records.Select(Row).ToList();
        context.DischargeRecords.AddRange(rows);
        for (var i = 0; i < rows.Count; i++)
        {
            var entry = context.Entry(rows[i]);
            foreach (var column in ShadowColumns)
            {
                entry.Property(column.Property).CurrentValue = column.Value(_records[i]);
            }
        }

        return context.SaveChanges();
    }

    [Benchmark]
    public long BinaryCopy()
    {
        using var context = _database!.Open();
        return new DischargeRecordLoader(context).WriteAll(_records);
    }

    [GlobalCleanup]
    public void Cleanup() => _database?.Dispose();

    private static readonly RecordColumn[] ShadowColumns = [.. RecordColumns.All.Where(c => typeof(DischargeRecordRow).GetProperty(c.Property) is null)];

    private static DischargeRecordRow Row(DischargeRecord r) => new()
    {
        HospitalCode = r.HospitalCode,
        CaseNumber = r.CaseNumber,
        AdmissionNumber = r.AdmissionNumber,
        Sex = r.Sex,
        Admission = r.Admission.ToDateTimeUnspecified(),
        Discharge = r.Discharge.ToDateTimeUnspecified(),
        AdmissionDepartment = r.AdmissionDepartment,
        DischargeDepartment = r.DischargeDepartment,
        LengthOfStay = r.LengthOfStay,
        PrincipalDiagnosis = r.PrincipalDiagnosis,
        DischargeMethod = r.DischargeMethod,
        TotalCost = r.TotalCost,
        DrgGroup = r.DrgGroup,
        DrgWeight = r.DrgWeight,
    };
}
