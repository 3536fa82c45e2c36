// A county hospital that aims to become tertiary (创三级) checks itself against the tertiary criteria
// of the 1994 basic standard and the 2022 review's departmental thresholds, and prints what it lacks.
using System.Text;
using HospitalDomain.Accreditation;
using HospitalDomain.Departments;
using HospitalDomain.Metrics;

Console.OutputEncoding = Encoding.UTF8;

static ClinicalSubjectCode S(string code) => ClinicalSubjectCode.Parse(code);

var profile = new HospitalProfile(
    [
        new(StandardMetrics.ApprovedBeds, 600),
        new(StandardMetrics.OpenBeds, 560),
        new(StandardMetrics.HealthTechnicians, 640),
        new(StandardMetrics.Physicians, 210),
        new(StandardMetrics.RegisteredNurses, 300),
        new(StandardMetrics.WardNurses, 210),
        new(StandardMetrics.EngineeringTechnicians, 5),
        new(StandardMetrics.ClinicalDietitians, 1),
        new(StandardMetrics.BuildingArea, 31_000),
        new(StandardMetrics.WardNetArea, 3_500),
        new(StandardMetrics.OutpatientArea, 6_000),
        new(StandardMetrics.AverageDailyOutpatientVisits, 1_800),
    ],
    departments:
    [
        new DepartmentResources("急诊科", [S("20")]),
        new DepartmentResources("内科", [S("03")]),
        new DepartmentResources("外科", [S("04")]),
        new DepartmentResources("妇产科", [S("05")]),
        new DepartmentResources("儿科", [S("07")]),
        new DepartmentResources("中医科", [S("50")], beds: 20, physicians: 9, nurses: 8),
        new DepartmentResources("五官科", [S("10"), S("11"), S("12")]),
        new DepartmentResources("皮肤科", [S("13")]),
        new DepartmentResources("麻醉科", [S("26")]),
        new DepartmentResources("康复医学科", [S("21")], beds: 10, physicians: 2, nurses: 3, therapists: 4),
        new DepartmentResources("重症医学科", [S("28")], beds: 12, physicians: 8, nurses: 30),
        new DepartmentResources("预防保健科", [S("01")]),
    ]);

foreach (var (standard, target) in new[] { (AccreditationStandards.BasicStandard1994General, "三级"), (AccreditationStandards.TertiaryReview2022Departments, "三级") })
{
    var result = standard.Check(profile);
    var gaps = result.Gaps(target);
    Console.WriteLine($"{standard.Title}");
    Console.WriteLine($"  highest level attained: {result.HighestLevel ?? "none"}; {target}: {gaps.Length} of {result.Results.Count(r => r.Criterion.Level == target)} criteria not met");
    foreach (var gap in gaps)
    {
        var status = gap.Criterion.Status == HospitalDomain.SourceStatus.Unconfirmed ? " [figure unconfirmed]" : string.Empty;
        Console.WriteLine($"  - {gap.Criterion.Description}{status}");
        Console.WriteLine($"      {gap.Explanation}{(gap.Shortfall is null ? string.Empty : "; " + gap.Shortfall)}");
    }

    Console.WriteLine();
}
