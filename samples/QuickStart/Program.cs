// The README's first example, run by CI so that it cannot rot: the figures of a tertiary general
// hospital's 2021 work report, read the way the report writes them and checked the way an
// assessment office would.
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HospitalDomain;
using HospitalDomain.Departments;
using HospitalDomain.Organizations;
using HospitalDomain.Serialization;

Console.OutputEncoding = Encoding.UTF8;

// Reporting periods are whole days, with the edges included.
var year = ReportingPeriod.Parse("2021");
Console.WriteLine($"{year}: {year.Start:yyyy-MM-dd} to {year.End:yyyy-MM-dd}, {year.Days} days; previous year {year.Previous}");
Console.WriteLine($"Same period last year of 2024-02: {ReportingPeriod.Month(2024, 2).SamePeriodLastYear}");

// Figures as the report prints them.
var visits = ChineseNumber.Parse("260.72万");         // 门急诊人次
var discharges = ChineseNumber.Parse("15.95万");      // 出院人次
var surgeries = ChineseNumber.Parse("9.57万");        // 手术台次
Console.WriteLine($"Outpatient and emergency visits {visits} = {visits.Value:N0}; discharges {discharges.Value:N0}; surgeries {surgeries.Value:N0}");
Console.WriteLine($"Written back the report's way: {ChineseNumber.Format(2_607_200)}");

// Ratios keep numerator and denominator; percentages round half away from zero (四舍五入).
var level4Share = Ratio.Of(37_438, 95_700);
Console.WriteLine($"Level-4 surgery share {level4Share} = {level4Share.ToPercentString()}");
Console.WriteLine($"A zero denominator is a state, not an exception: {Ratio.Of(5, 0).ToPercentString()}");

// Identifiers are checked, and a bad one says what is expected.
var code = UnifiedSocialCreditCode.Parse("91350200776049653A");
Console.WriteLine($"Credit code {code}: organization code {code.OrganizationCode}");
Console.WriteLine($"91350200776049653B: {UnifiedSocialCreditCode.Validate("91350200776049653B").Message}");

// Catalogues ship with their provenance.
var cardiology = ClinicalSubjectCatalogue.Baseline["03.04"];
Console.WriteLine($"诊疗科目 {cardiology} (catalogue status {ClinicalSubjectCatalogue.Baseline.Status})");
Console.WriteLine($"WS 218 {HospitalCategory.General}; rating {HospitalRating.Parse("三甲")} = {HospitalRating.TertiaryGradeA.Name}");

// JSON that a web API can send as it is.
var hospital = new Hospital(
    "徐州市中心医院",
    category: HospitalCategory.General,
    ownership: Ownership.Public,
    designations: [new Designation("省级区域医疗中心", year: 2021)]);
var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }.ConfigureForHospitalDomain();
var json = JsonSerializer.Serialize(hospital, options);
Console.WriteLine(json);
if (JsonSerializer.Deserialize<Hospital>(json, options) != hospital)
{
    throw new InvalidOperationException("The hospital did not survive the JSON round trip.");
}
