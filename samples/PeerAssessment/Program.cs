// A municipal health commission ranks its hospitals on a few everyday operating indicators: peer
// groups by predicate (general vs TCM hospitals), a scheme loaded from JSON that uses every kind of
// scoring rule, a previous year for the change, and the explanation of each hospital's total.
// Xuzhou Central Hospital takes part with the 2021 figures of its annual report (seed 004); the other
// hospitals are fictional, with fixed figures, so the output is the same on every run.
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using HospitalDomain;
using HospitalDomain.Assessments;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Organizations;
using HospitalDomain.Samples;
using HospitalDomain.Serialization;

Console.OutputEncoding = Encoding.UTF8;

// Not an official scheme: the weights, floors and bands are the commission's own choices.
const string SchemeJson = """
{
  "id": "city-operations-2021",
  "title": "市级医院运营评价（示例，非官方）",
  "editionId": "operations",
  "rules": [
    { "indicatorCode": "level4SurgeryShare", "weight": 30, "method": "percentileRank" },
    { "indicatorCode": "averageLengthOfStay", "weight": 20, "method": "linear", "floor": 10, "target": 7, "scoreMonitorOnly": true },
    { "indicatorCode": "daySurgeriesCount", "weight": 15, "method": "bands",
      "bands": [ { "threshold": 3000, "points": 15 }, { "threshold": 1500, "points": 10 }, { "threshold": 500, "points": 5 } ] },
    { "indicatorCode": "drugRevenueShare", "weight": 15, "method": "passFail", "target": 30 },
    { "indicatorCode": "nursesPerBed", "weight": 20, "method": "percentileRank" }
  ],
  "gradeBands": [ { "grade": "A", "bound": 80 }, { "grade": "B", "bound": 60 }, { "grade": "C", "bound": 40 }, { "grade": "D", "bound": 0 } ],
  "gradeMode": "threshold",
  "illustrative": true
}
""";

var scheme = AssessmentScheme.Load(SchemeJson);
var edition = IndicatorEditions.Operations;
var indicators = new IndicatorCalculator(edition);
var assessor = new AssessmentCalculator(scheme, edition);

// name, category, surgeries, level-4, day surgeries, discharges, bed-days, drug and medical revenue (万元), nurses, open beds
(string Name, HospitalCategory Category, int Surgeries, int Level4, int DaySurgeries, int Discharges, int BedDays, int Drugs, int Medical, int Nurses, int Beds)[] fictional =
[
    ("东湖市第一人民医院", HospitalCategory.General, 61_000, 21_400, 2_900, 98_000, 784_000, 61_000, 230_000, 1_650, 2_400),
    ("东湖市第二人民医院", HospitalCategory.General, 38_500, 10_200, 1_200, 66_000, 580_800, 52_000, 160_000, 1_020, 1_600),
    ("东湖市第三人民医院", HospitalCategory.General, 24_800, 5_100, 400, 41_000, 389_500, 41_000, 110_000, 610, 1_100),
    ("东湖市肿瘤医院", HospitalCategory.General, 18_200, 8_800, 3_600, 30_500, 268_400, 38_000, 98_000, 520, 900),
    ("东湖市中医医院", HospitalCategory.TraditionalChineseMedicine, 12_100, 2_900, 700, 36_000, 342_000, 30_000, 85_000, 560, 1_000),
    ("东湖市中西医结合医院", HospitalCategory.IntegratedMedicine, 9_800, 1_700, 350, 28_000, 280_000, 26_000, 70_000, 430, 800),
    ("西岭县中医院", HospitalCategory.TraditionalChineseMedicine, 4_200, 600, 120, 15_500, 139_500, 12_000, 31_000, 230, 450),
];

var hospitals = fictional.Select(f => new Hospital(f.Name, category: f.Category, ownership: Ownership.Public)).ToList();
var grouping = PeerGroups.FirstMatching(
    [
        new("中医类医院", h => h.Category is { } c && (c.Code.StartsWith("A2", StringComparison.Ordinal) || c.Code.StartsWith("A3", StringComparison.Ordinal))),
        new("综合医院", h => h.Category == HospitalCategory.General),
    ],
    otherwise: "其他医院");

// The fictional hospitals' 2020 figures are 6% lower in surgeries and 4% longer in stay: last year's assessment.
MetricSet Figures(int index, int year, decimal scale, decimal stay)
{
    var f = fictional[index];
    return MetricSet.CreateBuilder(MetricCatalogue.Standard, f.Name, ReportingPeriod.Year(year))
        .Set("surgeries", Math.Round(f.Surgeries * scale)).Set("level4Surgeries", Math.Round(f.Level4 * scale)).Set("daySurgeries", Math.Round(f.DaySurgeries * scale))
        .Set("discharges", f.Discharges).Set("dischargedPatientBedDays", Math.Round(f.BedDays * stay))
        .Set("drugRevenue", f.Drugs * 10_000m).Set("medicalRevenue", f.Medical * 10_000m)
        .Set("registeredNurses", f.Nurses).Set("openBeds", f.Beds)
        .Build();
}

var lastYear = assessor.Assess(hospitals.Select((h, i) => PeerGroups.Member(h, indicators.Evaluate(Figures(i, 2020, 0.94m, 1.04m)), grouping)));

var members = hospitals.Select((h, i) => PeerGroups.Member(h, indicators.Evaluate(Figures(i, 2021, 1m, 1m)), grouping)).ToList();
members.Add(PeerGroups.Member(SeedHospitals.XuzhouCentral, indicators.Evaluate(SeedFigures.Xuzhou2021), grouping));
var result = assessor.Assess(members, previous: lastYear);

Console.WriteLine($"{scheme.Title} — {members.Count} hospitals, edition {edition.Id}");
foreach (var group in result.Assessments.GroupBy(a => a.PeerGroup))
{
    Console.WriteLine();
    Console.WriteLine($"{group.Key}");
    List<string[]> rows = [["排名", "医院", "总分", "等级", "较2020年"]];
    foreach (var a in group.OrderBy(a => a.Rank))
    {
        var change = a.PreviousTotal is { } before ? $"{(a.Total >= before ? "+" : "−")}{Math.Abs(a.Total - before).ToString("0.00", CultureInfo.InvariantCulture)}" : "2020年未评";
        rows.Add([$"{a.Rank}/{a.PeerCount}", a.Entity, a.Total.ToString("0.00", CultureInfo.InvariantCulture), a.Grade, change]);
    }

    WriteTable(rows, rightAligned: [2]);
}

Console.WriteLine();
Console.WriteLine("Why:");
foreach (var a in result.Assessments)
{
    // The explanation names indicators by code; a Chinese reader sees their Chinese names.
    Console.WriteLine($"  {Regex.Replace(a.Explain(), @"\b[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+\b", m => edition.TryGet(m.Value, out var entry) ? entry.Definition.ChineseName : m.Value)}");
    foreach (var missing in a.Points.Where(p => p.Missing))
    {
        Console.WriteLine($"      {(edition.TryGet(missing.IndicatorCode, out var entry) ? entry.Definition.ChineseName : missing.IndicatorCode)}: not reported, its weight {missing.Weight} left out and the total renormalised");
    }
}

// The assessment is data: it round-trips through JSON unchanged.
var options = new JsonSerializerOptions().ConfigureForHospitalDomain();
var json = JsonSerializer.Serialize(result, options);
var back = JsonSerializer.Deserialize<CohortAssessment>(json, options);
Console.WriteLine();
Console.WriteLine($"JSON: {json.Length:N0} characters; read back equal: {back == result}");
if (back != result)
{
    throw new InvalidOperationException("The assessment did not round-trip through JSON.");
}

// Columns padded by display width: a Chinese character takes two columns on screen, so .NET's {x,-12} would misalign them.
static void WriteTable(List<string[]> rows, int[] rightAligned)
{
    var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => DisplayWidth(r[i]))).ToArray();
    for (var r = 0; r < rows.Count; r++)
    {
        var cells = rows[r].Select((cell, i) =>
        {
            var padding = new string(' ', widths[i] - DisplayWidth(cell));
            return rightAligned.Contains(i) ? padding + cell : cell + padding;
        });
        Console.WriteLine(("  " + string.Join("  ", cells)).TrimEnd());
        if (r == 0)
        {
            Console.WriteLine("  " + string.Join("  ", widths.Select(w => new string('-', w))));
        }
    }
}

static int DisplayWidth(string text) => text.EnumerateRunes().Sum(r => r.Value is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD ? 2 : 1);
