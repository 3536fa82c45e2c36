using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HospitalDomain.Metrics;
using HospitalDomain.Records.Generation;

namespace HospitalDomain.Records.Tests.Aggregation;

/// <summary>
/// For generated exports with defects: every row is accounted for, and the metric sets equal a
/// straightforward LINQ aggregation of the accepted records.
/// </summary>
public sealed class ReconciliationPropertyTests
{
    private static readonly AggregationRules Rules = FrontPageExportGenerator.Rules;

    [Property(MaxTest = 25)]
    public Property GeneratedExport_ReadIsAcceptedPlusRejected_AndSumsEqualLinq() =>
        Prop.ForAll(
            (from rows in Gen.Choose(0, 400)
             from seed in Gen.Choose(0, 1000)
             from defects in Gen.Elements(0.0, 0.05, 0.3, 1.0)
             from hospitals in Gen.Choose(1, 6)
             from reading in Gen.Elements((256, 1), (700, 2), (4096, 3), (1 << 20, 2))
             select (rows, seed, defects, hospitals, reading)).ToArbitrary(),
            c =>
            {
                var (rows, seed, defects, hospitals, reading) = c;
                var generator = new FrontPageExportOptions
                {
                    Rows = rows,
                    Seed = (ulong)seed,
                    DefectShare = defects,
                    Hospitals = hospitals,
                    Encoding = seed % 3 == 0 ? RecordEncoding.Gb18030 : RecordEncoding.Utf8,
                    Gzip = seed % 4 == 1,
                    NewLine = seed % 2 == 0 ? "\r\n" : "\n",
                };
                using var export = new MemoryStream();
                var generated = FrontPageExportGenerator.Write(export, generator);
                var options = new RecordIngestOptions
                {
                    Rules = Rules,
                    Period = PeriodGranularity.Quarter,
                    Grouping = EntityGrouping.HospitalDepartment,
                    BlockSize = reading.Item1,
                    MaxDegreeOfParallelism = reading.Item2,
                };

                var aggregator = new FrontPageAggregator(options);
                aggregator.Read(new MemoryStream(export.ToArray()), "generated.csv");
                var result = aggregator.ToResult();

                var rejected = 0L;
                var reader = new RecordIngestOptions { Rules = Rules, Grouping = options.Grouping, BlockSize = options.BlockSize, OnRejection = _ => rejected++ };
                var valid = FrontPageReader.ReadRecords(new MemoryStream(export.ToArray()), "generated.csv", reader).ToList();
                var accepted = valid.DistinctBy(r => (r.HospitalCode, r.CaseNumber, r.AdmissionNumber)).ToList();
                var expected = Linq(accepted);

                var r = result.Reconciliation;
                return (r.Read == rows && r.Read == r.Accepted + r.Rejected && r.Accepted == accepted.Count
                        && r.Rejected == generated.DefectiveRows && rejected + (valid.Count - accepted.Count) == r.Rejected
                        && result.MetricSets.SequenceEqual(expected))
                    .Label($"{r}; expected {accepted.Count} accepted, {generated.DefectiveRows} defective; sets {result.MetricSets.Length} vs {expected.Count}");
            });

    /// <summary>The default rules written the obvious way, record by record.</summary>
    private static List<MetricSet> Linq(List<DischargeRecord> records)
    {
        var catalogue = MetricCatalogue.Standard;
        return records
            .GroupBy(r => (Entity: $"{r.HospitalCode}/{r.DischargeDepartment}", Period: ReportingPeriod.Quarter(r.Discharge.Year, ((r.Discharge.Month - 1) / 3) + 1)))
            .OrderBy(g => g.Key.Entity, StringComparer.Ordinal).ThenBy(g => g.Key.Period)
            .Select(g =>
            {
                var operations = g.Select(r => r.Procedures.Where(p => p.Level is >= 1 and <= 4).ToList()).ToList();
                var classOne = Rules.ClassOneIncisionCodes;
                return MetricSet.CreateBuilder(catalogue, g.Key.Entity, g.Key.Period)
                    .Set("discharges", g.Count())
                    .Set("dischargedPatientBedDays", g.Sum(r => r.LengthOfStay))
                    .Set("inpatientDeaths", g.Count(r => r.DischargeMethod == 5))
                    .Set("surgeries", operations.Count(o => o.Count > 0))
                    .Set("level4Surgeries", operations.Count(o => o.Count > 0 && o.Max(p => p.Level) == 4))
                    .Set("level3Surgeries", operations.Count(o => o.Count > 0 && o.Max(p => p.Level) == 3))
                    .Set("minimallyInvasiveSurgeries", operations.Count(o => o.Any(p => Rules.MinimallyInvasiveCodes!.Contains(p.Code))))
                    .Set("classOneIncisionSurgeries", operations.Sum(o => o.Count(p => p.IncisionHealing is { } c && classOne.Contains(c))))
                    .Set("classOneIncisionInfections", operations.Count(o => o.Any(p => p.IncisionHealing == 3)))
                    .Set("inpatientRevenue", g.Sum(r => r.TotalCost))
                    .Set("inpatientDrugRevenue", g.Sum(r => r.SumOfCosts(["XYF", "ZCYF", "ZCYF1"]) ?? 0))
                    .Set("consumablesRevenue", g.Sum(r => r.SumOfCosts(["HCYYCLF", "YYCLF", "YCXYYCLF"]) ?? 0))
                    .Set("lowRiskGroupCases", g.Count(r => Rules.LowRiskDrgGroups!.Contains(r.DrgGroup!)))
                    .Set("lowRiskGroupDeaths", g.Count(r => Rules.LowRiskDrgGroups!.Contains(r.DrgGroup!) && r.DischargeMethod == 5))
                    .Build();
            })
            .ToList();
    }
}
