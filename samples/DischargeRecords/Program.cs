// A provincial quality-control centre receives a year of inpatient front pages (住院病案首页) from
// four hospitals as one GB18030, gzip-compressed CSV export, the way HIS vendors deliver them. It
// reads the export into metric sets, checks that every row is accounted for, and evaluates the
// national tertiary assessment (国考, 2020 edition) on each hospital, printing the indicators that
// the front page feeds. The export is synthetic (generated, deterministic); no real patient data.
using System.Globalization;
using System.Text;
using HospitalDomain.Indicators;
using HospitalDomain.Records;
using HospitalDomain.Records.Generation;

Console.OutputEncoding = Encoding.UTF8;

// 1. A year of four hospitals: 40,000 discharges, 2% of the rows defective in every way a row can be.
using var export = new MemoryStream();
var generated = FrontPageExportGenerator.Write(export, new FrontPageExportOptions
{
    Rows = 40_000,
    Seed = 2023,
    Hospitals = 4,
    Year = 2023,
    DefectShare = 0.02,
    Encoding = RecordEncoding.Gb18030,
    Gzip = true,
});
Console.WriteLine(FormattableString.Invariant($"Export: {generated.Rows:#,0} rows × {generated.Columns} columns, {generated.Bytes:#,0} bytes (GB18030, gzip)"));

// 2. Ingest: encoding and compression are detected; the DRG columns and code lists are the export's.
export.Position = 0;
var aggregator = new FrontPageAggregator(new RecordIngestOptions { Rules = FrontPageExportGenerator.Rules });
aggregator.Read(export, "front-pages-2023.csv.gz");
var result = aggregator.ToResult();

// 3. Reconciliation: every row read is either accepted or rejected for one named rule.
var rows = result.Reconciliation;
Console.WriteLine(FormattableString.Invariant($"Rows: read {rows.Read:#,0} = accepted {rows.Accepted:#,0} + rejected {rows.Rejected:#,0}"));
foreach (var (rule, count) in rows.ByRule)
{
    Console.WriteLine(FormattableString.Invariant($"  {rule,-26} {count,6}"));
}

Console.WriteLine($"  first: {result.Rejections[0]}");
if (rows.Read != rows.Accepted + rows.Rejected || rows.Rejected != generated.DefectiveRows)
{
    throw new InvalidOperationException("The reconciliation does not add up.");
}

// 4. The tertiary edition on each hospital; only the front-page indicators can be computed from this.
var calculator = new IndicatorCalculator(IndicatorEditions.NationalTertiary2020);
foreach (var set in result.MetricSets)
{
    var drg = result.Drg.Single(d => d.Entity == set.Entity && d.Period == set.Period);
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{set.Entity} {set.Period}: {set["discharges"]:#,0} discharges, CMI {drg.CaseMixIndex.GetValueOrDefault(0):0.0000}"));
    var evaluation = calculator.Evaluate(set);
    foreach (var indicator in evaluation.Results.Where(r => r.Definition.DataSource == IndicatorDataSource.MedicalRecordFrontPage && r.Status == IndicatorStatus.Computed))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {indicator.Entry.Serial,3} {indicator.Definition.ChineseName}: {indicator.Format()} ({indicator.Numerator:0.##} / {indicator.Denominator:0.##})"));
    }
}
