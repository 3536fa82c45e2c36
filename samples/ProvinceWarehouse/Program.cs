// A provincial health commission keeps two years of its hospitals' inpatient front pages (住院病案首页)
// in a database: it loads each year's export (validated; the rejected rows reported), lets the
// database compute the yearly figures with one GROUP BY, evaluates the national tertiary assessment
// (国考, 2020 edition) on them, stores the figures and the results, and asks the database for the
// year-on-year changes. The exports are synthetic (generated, deterministic); no real patient data.
//
//   dotnet run --project samples/ProvinceWarehouse                        a SQLite file, removed at the end
//   dotnet run --project samples/ProvinceWarehouse -- "Data Source=province.db"            kept
//   dotnet run --project samples/ProvinceWarehouse -- "Host=127.0.0.1;Database=warehouse;Username=app"
using System.Diagnostics;
using System.Globalization;
using System.Text;
using HospitalDomain;
using HospitalDomain.EntityFrameworkCore;
using HospitalDomain.EntityFrameworkCore.Records;
using HospitalDomain.EntityFrameworkCore.Schema;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Organizations;
using HospitalDomain.Records;
using HospitalDomain.Records.Generation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

Console.OutputEncoding = Encoding.UTF8;
var temporary = args.Length == 0 ? Path.Combine(Path.GetTempPath(), $"hospitaldomain-province-{Environment.ProcessId}.db") : null;
var connection = args.Length > 0 ? args[0] : $"Data Source={temporary}";
var options = new RecordIngestOptions { Rules = FrontPageExportGenerator.Rules };
const int Hospitals = 12;

try
{
    using (var db = HospitalDomainDatabase.Open(connection))
    {
        // 1. The schema (migrations), and the province's synthetic hospitals; a rerun starts afresh.
        db.Database.Migrate();
        db.DischargeRecords.Where(r => r.HospitalCode.StartsWith("SYN")).ExecuteDelete();
        db.MetricValues.Where(v => v.Entity.StartsWith("SYN")).ExecuteDelete();
        db.IndicatorResults.Where(r => r.Entity.StartsWith("SYN")).ExecuteDelete();
        db.Hospitals.Where(h => h.Id.StartsWith("SYN")).ExecuteDelete();
        db.Hospitals.AddRange(Enumerable.Range(1, Hospitals).Select(i => new HospitalRow
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"SYN{i:000000}"),
            Name = string.Create(CultureInfo.InvariantCulture, $"虚构市第{i}人民医院"),
            Region = "虚构省",
            Rating = i <= 4 ? HospitalRating.TertiaryGradeA : HospitalRating.TertiaryGradeB,
        }));
        db.SaveChanges();
        Console.WriteLine($"Database: {(db.Database.IsNpgsql() ? "PostgreSQL" : "SQLite")}, schema migrated, {Hospitals} hospitals");

        // 2. Two yearly exports, loaded; the same exports aggregated in process too, to check the database.
        var inProcess = new FrontPageAggregator(options);
        var loader = new DischargeRecordLoader(db, options);
        foreach (var year in new[] { 2022, 2023 })
        {
            using var export = new MemoryStream();
            FrontPageExportGenerator.Write(export, new FrontPageExportOptions { Rows = 24_000, Seed = (ulong)year, Hospitals = Hospitals, Year = year, DefectShare = 0.01 });
            var watch = Stopwatch.StartNew();
            export.Position = 0;
            loader.Load(export, $"front-pages-{year}.csv");
            Console.WriteLine(FormattableString.Invariant($"Loaded front-pages-{year}.csv in {watch.Elapsed.TotalSeconds:0.0} s ({loader.Method})"));
            export.Position = 0;
            inProcess.Read(export, $"front-pages-{year}.csv");
        }

        var load = loader.ToResult();
        Console.WriteLine(FormattableString.Invariant($"Rows: read {load.Read:#,0} = loaded {load.Loaded:#,0} + rejected {load.Rejected:#,0}"));

        // 3. The yearly figures, computed in the database by one GROUP BY, stored in long form.
        var aggregation = new DatabaseRecordAggregator(options).Aggregate(db.DischargeRecords.Where(r => r.HospitalCode.StartsWith("SYN")));
        if (!aggregation.MetricSets.SequenceEqual(inProcess.ToResult().MetricSets))
        {
            throw new InvalidOperationException("The database's figures differ from the in-process aggregation.");
        }

        db.MetricValues.AddRange(aggregation.MetricSets.SelectMany(MetricValueRow.FromMetricSet));
        Console.WriteLine($"Figures: {aggregation.MetricSets.Length} metric sets from one GROUP BY, equal to the in-process aggregation");

        // 4. The tertiary edition on 2023 with 2022 as the previous year; the results stored beside the figures.
        var calculator = new IndicatorCalculator(IndicatorEditions.NationalTertiary2020);
        var byEntity = aggregation.MetricSets.ToLookup(s => s.Entity);
        foreach (var entity in byEntity)
        {
            var current = entity.Single(s => s.Period == ReportingPeriod.Year(2023));
            var previous = entity.SingleOrDefault(s => s.Period == ReportingPeriod.Year(2022));
            db.IndicatorResults.AddRange(IndicatorResultRow.FromEvaluation(calculator.Evaluate(current, previous)));
        }

        db.SaveChanges();
        var computed = db.IndicatorResults.Count(r => r.Status == IndicatorStatus.Computed && r.Entity.StartsWith("SYN"));
        Console.WriteLine($"Indicators: {computed} computed results of the 2020 tertiary edition stored");

        // 5. Year on year, asked of the database: discharges and level-4 surgeries, 2023 against 2022 (上年同期).
        var thisYear = ReportingPeriod.Year(2023);
        var lastYear = thisYear.SamePeriodLastYear;
        var changes = (from current in db.MetricValues
                       join previous in db.MetricValues on new { current.Entity, current.Metric } equals new { previous.Entity, previous.Metric }
                       where current.Period == thisYear && previous.Period == lastYear
                             && (current.Metric == "discharges" || current.Metric == "level4Surgeries") && current.Entity.StartsWith("SYN")
                       join hospital in db.Hospitals on current.Entity equals hospital.Id
                       orderby current.Entity, current.Metric
                       select new { hospital.Name, current.Metric, Current = current.Value, Previous = previous.Value }).ToList();
        Console.WriteLine();
        Console.WriteLine("Year on year (2023 vs 2022), from the database:");
        foreach (var row in changes.Where(c => c.Metric == "discharges"))
        {
            var level4 = changes.Single(c => c.Name == row.Name && c.Metric == "level4Surgeries");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {PadByDisplayWidth(row.Name, 24)} 出院 {row.Current,6:#,0} ({Ratio.Of(row.Current - row.Previous, row.Previous).ToString("P1", CultureInfo.InvariantCulture),6})   四级手术 {level4.Current,5:#,0} ({Ratio.Of(level4.Current - level4.Previous, level4.Previous).ToString("P1", CultureInfo.InvariantCulture),6})"));
        }
    }
}
finally
{
    if (temporary is not null)
    {
        SqliteConnection.ClearAllPools();
        File.Delete(temporary);
        Console.WriteLine($"(The SQLite file {Path.GetFileName(temporary)} was temporary and is removed; pass a connection string to keep the data.)");
    }
}

// Pads to a display width: a Chinese character takes two columns on screen, so .NET's {x,-12} would misalign the names.
static string PadByDisplayWidth(string text, int width) =>
    text + new string(' ', Math.Max(0, width - text.EnumerateRunes().Sum(r => r.Value is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD ? 2 : 1)));
