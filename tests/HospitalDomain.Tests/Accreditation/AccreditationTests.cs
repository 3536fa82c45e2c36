using System.Text.Json;
using HospitalDomain.Accreditation;
using HospitalDomain.Departments;
using HospitalDomain.Metrics;
using HospitalDomain.Tests.TestHelpers;
using static HospitalDomain.Metrics.StandardMetrics;

namespace HospitalDomain.Tests.Accreditation;

[UseCulture("de-DE")]
public sealed class AccreditationTests
{
    private static readonly AccreditationStandard Basic = AccreditationStandards.BasicStandard1994General;

    private static ClinicalSubjectCode S(string code) => ClinicalSubjectCode.Parse(code);

    private static DepartmentResources Dept(string name, params string[] codes) => new(name, codes.Select(S));

    private static HospitalProfile Profile(decimal? beds = 500, decimal? technicians = null, decimal? nurses = null, decimal? buildingArea = null, IEnumerable<DepartmentResources>? departments = null, IEnumerable<EvidenceAnswer>? answers = null) =>
        new(Stated((OpenBeds, beds), (HealthTechnicians, technicians), (RegisteredNurses, nurses), (BuildingArea, buildingArea)), departments, answers);

    /// <summary>The figures that are given, leaving out the nulls.</summary>
    private static IEnumerable<KeyValuePair<Metric, decimal>> Stated(params (Metric Metric, decimal? Value)[] figures) =>
        figures.Where(f => f.Value is not null).Select(f => KeyValuePair.Create(f.Metric, f.Value!.Value));

    private static CriterionResult Result(AccreditationStandard standard, HospitalProfile profile, string id) =>
        standard.Check(profile).Results.Single(r => r.Criterion.Id == id);

    [Theory]
    [InlineData(500, CriterionOutcome.Met)]
    [InlineData(499, CriterionOutcome.NotMet)]
    [InlineData(2000, CriterionOutcome.Met)]
    public void TertiaryBeds_500IsTheBoundary(int beds, CriterionOutcome outcome) =>
        Result(Basic, Profile(beds), "tertiary-beds").Outcome.Should().Be(outcome);

    [Fact]
    public void TertiaryBeds_ShortfallIsInBeds()
    {
        var result = Result(Basic, Profile(450), "tertiary-beds");

        result.Explanation.Should().Be("beds 450, at least 500");
        result.Shortfall.Should().Be("needs 50 more beds");
    }

    [Theory]
    [InlineData(99, "primary-beds", CriterionOutcome.Met)]
    [InlineData(100, "primary-beds", CriterionOutcome.NotMet)]
    [InlineData(20, "primary-beds", CriterionOutcome.Met)]
    [InlineData(19, "primary-beds", CriterionOutcome.NotMet)]
    [InlineData(100, "secondary-beds", CriterionOutcome.Met)]
    [InlineData(499, "secondary-beds", CriterionOutcome.Met)]
    [InlineData(500, "secondary-beds", CriterionOutcome.NotMet)]
    public void BedRanges_AreInclusive(int beds, string id, CriterionOutcome outcome) =>
        Result(Basic, Profile(beds), id).Outcome.Should().Be(outcome);

    [Theory]
    [InlineData("10300", CriterionOutcome.Met)]    // 1.03 per bed exactly
    [InlineData("10299", CriterionOutcome.NotMet)] // 1.0299 per bed
    public void TertiaryHealthTechnicians_103PerBedIsTheBoundary(string technicians, CriterionOutcome outcome)
    {
        var profile = Profile(10_000, decimal.Parse(technicians, System.Globalization.CultureInfo.InvariantCulture));

        Result(Basic, profile, "tertiary-health-technicians").Outcome.Should().Be(outcome);
    }

    [Fact]
    public void Nurses_ShortfallNamesHowManyMore()
    {
        var result = Result(Basic, Profile(500, technicians: 600, nurses: 177), "tertiary-nurses");

        result.Outcome.Should().Be(CriterionOutcome.NotMet);
        result.Explanation.Should().Be("registered nurses per bed 0.354, at least 0.4");
        result.Shortfall.Should().Be("needs 23 more registered nurses");
    }

    public static TheoryData<string, string, string, string> Boundaries => new()
    {
        // criterion id, profile figure for 10 000 beds at the boundary (met), just below (not met), profile field
        { "primary-health-technicians", "7000", "6999", "technicians" },
        { "secondary-health-technicians", "8800", "8799", "technicians" },
        { "secondary-nurses", "4000", "3999", "nurses" },
        { "tertiary-nurses", "4000", "3999", "nurses" },
        { "primary-building-area", "450000", "449999.99", "area" },
        { "secondary-building-area", "450000", "449999.99", "area" },
        { "tertiary-building-area", "600000", "599999.99", "area" },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void EveryPerBedCriterion_IsMetAtItsBoundaryAndNotJustBelow(string id, string atBoundary, string below, string field)
    {
        HospitalProfile With(decimal value) => field switch
        {
            "technicians" => Profile(10_000, technicians: value),
            "nurses" => Profile(10_000, technicians: 100_000, nurses: value),
            _ => Profile(10_000, buildingArea: value),
        };

        Result(Basic, With(decimal.Parse(atBoundary, System.Globalization.CultureInfo.InvariantCulture)), id).Outcome.Should().Be(CriterionOutcome.Met);
        Result(Basic, With(decimal.Parse(below, System.Globalization.CultureInfo.InvariantCulture)), id).Outcome.Should().Be(CriterionOutcome.NotMet);
    }

    [Fact]
    public void OtherShippedThresholds_AtTheirBoundaries()
    {
        var outpatient = new HospitalProfile([new(OpenBeds, 100), new(OutpatientArea, 4000), new(AverageDailyOutpatientVisits, 1000)]);
        Result(Basic, outpatient, "tertiary-outpatient-area").Outcome.Should().Be(CriterionOutcome.Met);
        Result(Basic, new HospitalProfile([new(OutpatientArea, 3999), new(AverageDailyOutpatientVisits, 1000)]), "tertiary-outpatient-area").Outcome.Should().Be(CriterionOutcome.NotMet);
        Result(Basic, new HospitalProfile([new(OpenBeds, 100), new(WardNetArea, 600)]), "tertiary-ward-area").Outcome.Should().Be(CriterionOutcome.Met);
        Result(Basic, new HospitalProfile([new(OpenBeds, 100), new(WardNetArea, 599)]), "tertiary-ward-area").Outcome.Should().Be(CriterionOutcome.NotMet);
        Result(Basic, new HospitalProfile([new(ClinicalDietitians, 2)]), "tertiary-dietitians").Outcome.Should().Be(CriterionOutcome.Met);
        Result(Basic, new HospitalProfile([new(ClinicalDietitians, 1)]), "tertiary-dietitians").Shortfall.Should().Be("needs 1 more clinical dietitians");
        Result(Basic, new HospitalProfile([new(HealthTechnicians, 1000), new(EngineeringTechnicians, 10)]), "tertiary-engineering").Outcome.Should().Be(CriterionOutcome.Met);
        Result(Basic, new HospitalProfile([new(HealthTechnicians, 1000), new(EngineeringTechnicians, 9)]), "tertiary-engineering").Shortfall.Should().Be("needs 1 more engineering technicians");
    }

    [Fact]
    public void SecondaryDepartments_EyeEntDentalMayBeMerged_SkinMaySitInMedicine()
    {
        var departments = new[]
        {
            Dept("急诊科", "20"), Dept("大内科（含皮肤）", "03", "13"), Dept("外科", "04"), Dept("妇产科", "05"), Dept("儿科", "07"),
            Dept("五官科", "10", "11", "12"), Dept("麻醉科", "26"), Dept("感染科", "16"), Dept("预防保健科", "01"),
        };

        Result(Basic, Profile(departments: departments), "secondary-departments").Outcome.Should().Be(CriterionOutcome.Met);
    }

    [Fact]
    public void TertiaryDepartments_DoNotAllowTheMerge()
    {
        var departments = new[]
        {
            Dept("急诊科", "20"), Dept("内科", "03"), Dept("外科", "04"), Dept("妇产科", "05"), Dept("儿科", "07"), Dept("中医科", "50"),
            Dept("五官科", "10", "11", "12"), Dept("皮肤科", "13"), Dept("麻醉科", "26"), Dept("康复科", "21"), Dept("预防保健科", "01"),
        };

        var result = Result(Basic, Profile(departments: departments), "tertiary-departments");

        result.Outcome.Should().Be(CriterionOutcome.NotMet);
        result.Explanation.Should().Be("3 of 13 required departments missing");
        result.Shortfall.Should().Be("needs 11 耳鼻咽喉科 (merged into 五官科, which the standard does not allow); 12 口腔科 (merged into 五官科, which the standard does not allow); 10 眼科 (merged into 五官科, which the standard does not allow)");
    }

    [Fact]
    public void SecondaryDepartments_MergeOutsideTheGroups_IsNotAllowed()
    {
        var departments = new[]
        {
            Dept("急诊科", "20"), Dept("内外科", "03", "04"), Dept("妇产科", "05"), Dept("儿科", "07"), Dept("五官科", "10", "11", "12"),
            Dept("皮肤科", "13"), Dept("麻醉科", "26"), Dept("感染科", "16"),
        };

        var result = Result(Basic, Profile(departments: departments), "secondary-departments");

        result.Outcome.Should().Be(CriterionOutcome.NotMet);
        result.Shortfall.Should().StartWith("needs 03 内科 (merged into 内外科, which the standard does not allow); 04 外科 (merged into 内外科").And.EndWith("01 预防保健科");
    }

    [Fact]
    public void Review2011_LevelsAreCumulative()
    {
        var standard = AccreditationStandards.TertiaryGeneralReview2011;
        KeyValuePair<Metric, decimal>[] c = [new(OpenBeds, 1000), new(HealthTechnicians, 1200), new(RegisteredNurses, 700), new(WardNurses, 450), new(EngineeringTechnicians, 15), new(YearsAtCurrentGrade, 4)];
        // B: length of stay 9.5 days (95 000 bed-days of 10 000 discharges), occupancy 93% (339 450 of 365 000 open bed-days).
        KeyValuePair<Metric, decimal>[] b = [new(SeniorDepartmentHeadShare, 92), new(CollegeNurseShare, 60), new(DischargedPatientBedDays, 95_000), new(Discharges, 10_000), new(OccupiedBedDays, 339_450), new(OpenBedDays, 365_000)];
        var cOnly = new HospitalProfile(c);
        var cAndB = new HospitalProfile([.. c, .. b]);
        var all = new HospitalProfile([.. c, .. b], answers: [new EvidenceAnswer("a-regional-plan", true)]);
        var aWithoutC = new HospitalProfile([.. c.Where(f => f.Key != HealthTechnicians), new(HealthTechnicians, 1100), .. b], answers: [new EvidenceAnswer("a-regional-plan", true)]);

        standard.Check(cOnly).HighestLevel.Should().Be("C");
        standard.Check(cAndB).HighestLevel.Should().Be("B");
        standard.Check(cAndB).Gaps("A").Select(g => g.Outcome).Should().Equal(CriterionOutcome.NeedsEvidence);
        standard.Check(all).HighestLevel.Should().Be("A");
        standard.Check(aWithoutC).HighestLevel.Should().BeNull("A includes C, and 1.1 technicians per bed is below C's 1.15");
        standard.Check(aWithoutC).Gaps("A").Single().Shortfall.Should().Be("needs 50 more health technicians");
    }

    [Fact]
    public void Review2011_MaximumCriteria()
    {
        var standard = AccreditationStandards.TertiaryGeneralReview2011;
        Result(standard, new HospitalProfile([new(OccupiedBedDays, 93), new(OpenBedDays, 100)]), "b-bed-occupancy").Outcome.Should().Be(CriterionOutcome.Met);
        var over = Result(standard, new HospitalProfile([new(OccupiedBedDays, 955), new(OpenBedDays, 1000)]), "b-bed-occupancy");
        over.Explanation.Should().Be("bed occupancy (%) 95.5, at most 93");
        over.Shortfall.Should().Be("must come down by 2.5 percentage points");
        Result(standard, new HospitalProfile([new(DischargedPatientBedDays, 1200), new(Discharges, 100)]), "b-length-of-stay").Outcome.Should().Be(CriterionOutcome.Met);
        Result(standard, new HospitalProfile([new(DischargedPatientBedDays, 1201), new(Discharges, 100)]), "b-length-of-stay").Outcome.Should().Be(CriterionOutcome.NotMet);
        Result(standard, new HospitalProfile([new(YearsAtCurrentGrade, 3)]), "c-years-at-grade").Outcome.Should().Be(CriterionOutcome.Met);
        Result(standard, new HospitalProfile([new(YearsAtCurrentGrade, 2.9m)]), "c-years-at-grade").Outcome.Should().Be(CriterionOutcome.NotMet);
        Result(standard, new HospitalProfile([new(HealthTechnicians, 100), new(RegisteredNurses, 50)]), "c-nurse-share").Outcome.Should().Be(CriterionOutcome.Met);
        Result(standard, new HospitalProfile([new(HealthTechnicians, 100), new(RegisteredNurses, 49)]), "c-nurse-share").Outcome.Should().Be(CriterionOutcome.NotMet);
        Result(standard, new HospitalProfile([new(SeniorDepartmentHeadShare, 89.9m)]), "b-senior-heads").Outcome.Should().Be(CriterionOutcome.NotMet);
        Result(standard, new HospitalProfile([new(CollegeNurseShare, 50)]), "b-college-nurses").Outcome.Should().Be(CriterionOutcome.Met);
        Result(standard, new HospitalProfile([new(OpenBeds, 100), new(WardNurses, 40), new(RegisteredNurses, 40)]), "c-ward-nurses").Outcome.Should().Be(CriterionOutcome.Met);
        Result(standard, new HospitalProfile([new(OpenBeds, 100), new(WardNurses, 39), new(RegisteredNurses, 40)]), "c-ward-nurses").Outcome.Should().Be(CriterionOutcome.NotMet);
    }

    [Fact]
    public void Review2022_DepartmentThresholds()
    {
        var standard = AccreditationStandards.TertiaryReview2022Departments;
        var profile = new HospitalProfile([new(OpenBeds, 1000)], departments:
        [
            new DepartmentResources("重症医学科", [S("28")], beds: 40, physicians: 32, nurses: 120),
            new DepartmentResources("中医科", [S("50")], beds: 50, physicians: 20, nurses: 20),
            new DepartmentResources("康复医学科", [S("21")], beds: 50, physicians: 12.5m, nurses: 15, therapists: 25),
            new DepartmentResources("精神科", [S("15")]),
            new DepartmentResources("全科医学科", [S("02")]),
        ]);

        var result = standard.Check(profile);

        result.Results.Should().OnlyContain(r => r.Outcome == CriterionOutcome.Met);
        result.HighestLevel.Should().Be("三级甲等");
        var tight = new HospitalProfile([new(OpenBeds, 1000)], departments:
        [
            new DepartmentResources("重症医学科", [S("28")], beds: 40, physicians: 31, nurses: 119),
            new DepartmentResources("康复医学科", [S("21")], beds: 51, physicians: 12.5m, nurses: 15, therapists: 25),
        ]);
        var tightResult = standard.Check(tight);
        tightResult.Results.Single(r => r.Criterion.Id == "icu-physicians").Shortfall.Should().Be("needs 1 more physicians in 28 重症医学科");
        tightResult.Results.Single(r => r.Criterion.Id == "icu-nurses").Outcome.Should().Be(CriterionOutcome.NotMet);
        tightResult.Results.Single(r => r.Criterion.Id == "rehab-bed-share").Explanation.Should().Be("21 康复医学科 beds as % of open beds 5.1, between 2 and 5");
        tightResult.Results.Single(r => r.Criterion.Id == "tcm-bed-share").Outcome.Should().Be(CriterionOutcome.NotAssessable);
        tightResult.Results.Single(r => r.Criterion.Id == "tertiary-a-departments").Shortfall.Should().Be("needs 15 精神科; 02 全科医疗科");
    }

    [Fact]
    public void MissingInputs_AreNotAssessable_NeverAnException()
    {
        var result = Basic.Check(new HospitalProfile());

        result.Results.Where(r => r.Criterion.Kind == CriterionKind.Threshold).Should().OnlyContain(r => r.Outcome == CriterionOutcome.NotAssessable);
        Result(Basic, new HospitalProfile([new(OpenBeds, 500)]), "tertiary-nurses").MissingInputs.Should().Equal("registeredNurses");
        Result(Basic, new HospitalProfile([new(RegisteredNurses, 0), new(OpenBeds, 0)]), "tertiary-nurses").MissingInputs.Should().Equal("openBeds (zero)");
        result.HighestLevel.Should().BeNull();
        result.Gaps("三级").Should().HaveCount(Basic.AllCriteria().Count(c => c.Criterion.Level == "三级"));
    }

    [Fact]
    public void ImpossibleProfiles_AreRejectedNamingTheField()
    {
        FluentActions.Invoking(() => new HospitalProfile([new(OpenBeds, -3)])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("openBeds must be non-negative, was -3.*");
        FluentActions.Invoking(() => new HospitalProfile([new(RegisteredNurses, 100), new(WardNurses, 120)])).Should().Throw<ArgumentException>().WithMessage("wardNurses (120) must not exceed registeredNurses (100).*");
        FluentActions.Invoking(() => new HospitalProfile([new(HealthTechnicians, 100), new(Physicians, 120)])).Should().Throw<ArgumentException>().WithMessage("physicians (120) must not exceed healthTechnicians (100).*");
        FluentActions.Invoking(() => new HospitalProfile([new(HealthTechnicians, 100), new(RegisteredNurses, 120)])).Should().Throw<ArgumentException>().WithMessage("registeredNurses (120) must not exceed healthTechnicians (100).*");
        FluentActions.Invoking(() => new HospitalProfile([new(CollegeNurseShare, 120)])).Should().Throw<ArgumentException>().WithMessage("collegeNurseShare is a percentage and must not exceed 100, was 120.*");
        FluentActions.Invoking(() => new HospitalProfile([new(SeniorDepartmentHeadShare, 100.5m)])).Should().Throw<ArgumentException>().WithMessage("seniorDepartmentHeadShare is a percentage and must not exceed 100, was 100.5.*");
        FluentActions.Invoking(() => new HospitalProfile(departments: [Dept("内科", "03"), Dept("大内科", "03")])).Should().Throw<ArgumentException>().WithMessage("departments contains the subject '03' more than once.*");
    }

    [Fact]
    public void UnconfirmedFigures_AreNotShippedAsOfficial()
    {
        foreach (var standard in AccreditationStandards.All)
        {
            standard.Status.Should().NotBe(SourceStatus.Official);
            standard.AllCriteria().Should().OnlyContain(c => c.Criterion.Status != SourceStatus.Official);
        }

        Basic.AllCriteria().Single(c => c.Criterion.Id == "secondary-building-area").Criterion.Status.Should().Be(SourceStatus.Unconfirmed);
        AccreditationStandards.TertiaryReview2022Departments.AllCriteria().Should().NotContain(c => c.Criterion.Id.Contains("icu-bed", StringComparison.Ordinal), "the ICU bed share is unconfirmed");
    }

    [Fact]
    public void ResultsAndStandards_RoundTripThroughJson()
    {
        var profile = Profile(450, 400, 177, departments: [Dept("五官科", "10", "11", "12")], answers: [new EvidenceAnswer("x", false)]);
        JsonAssert.RoundTrip(profile, JsonSerializer.Serialize(profile, JsonAssert.Options));
        var result = Basic.Check(profile);
        var json = JsonSerializer.Serialize(result, JsonAssert.Options);
        JsonSerializer.Deserialize<AccreditationResult>(json, JsonAssert.Options).Should().Be(result);
        foreach (var standard in AccreditationStandards.All)
        {
            var text = JsonSerializer.Serialize(standard, JsonAssert.Options);
            JsonSerializer.Serialize(AccreditationStandard.Load(text), JsonAssert.Options).Should().Be(text);
            AccreditationStandard.Load(text).Should().Be(standard);
        }
    }

    [Fact]
    public void Standard_Validates()
    {
        FluentActions.Invoking(() => AccreditationStandard.Load("""{"id":"s","title":"t","source":"s","status":"unconfirmed","levels":["一级"],"cumulative":false,"articles":[{"number":"1","title":"t","criteria":[{"id":"x","level":"二级","kind":"evidence","description":"d"}]}]}"""))
            .Should().ThrowExactly<JsonException>().WithMessage("Invalid AccreditationStandard: criterion x has the level '二级', which is not one of 一级.*");
        FluentActions.Invoking(() => new Criterion("x", "一级", CriterionKind.Threshold, "d", measure: ProfileMeasure.OpenBeds))
            .Should().Throw<ArgumentException>().WithMessage("a threshold criterion needs a minimum or a maximum (x).*");
    }

    [Fact]
    public void Check_DecimalMaximumAsOpenBeds_StatesTheShortfallsWithoutOverflow()
    {
        var profile = new HospitalProfile([new(OpenBeds, decimal.MaxValue), new(StandardMetrics.HealthTechnicians, 100), new(StandardMetrics.RegisteredNurses, 50), new(BuildingArea, 1_000)]);

        var result = Basic.Check(profile);

        var technicians = result.Results.Single(r => r.Criterion.Measure == ProfileMeasure.HealthTechniciansPerBed && r.Criterion.Level == "三级");
        technicians.Outcome.Should().Be(CriterionOutcome.NotMet);
        technicians.Shortfall.Should().Be("needs 1.03 more", "1.03 technicians for each of so many beds is beyond decimal, so the shortfall is that of the ratio");
        var nurses = result.Results.Single(r => r.Criterion.Measure == ProfileMeasure.RegisteredNursesPerBed && r.Criterion.Level == "三级");
        nurses.Shortfall.Should().Be("needs 31691265005705735037417580084 more registered nurses", "0.4 of the decimal maximum still is a decimal");
        result.Results.Should().OnlyContain(r => r.Outcome != CriterionOutcome.NotMet || r.Shortfall != null);
    }

    [Fact]
    public void Check_MeasureBeyondDecimal_IsNotAssessableSayingWhy()
    {
        var profile = new HospitalProfile([new(StandardMetrics.OccupiedBedDays, decimal.MaxValue), new(StandardMetrics.OpenBedDays, 1)]);
        var review = AccreditationStandards.TertiaryGeneralReview2011;
        var criterion = review.AllCriteria().First(c => c.Criterion.Measure == ProfileMeasure.BedOccupancyRate).Criterion;

        var result = Result(review, profile, criterion.Id);

        result.Outcome.Should().Be(CriterionOutcome.NotAssessable);
        result.MissingInputs.Should().ContainSingle().Which.Should().Be("openBedDays (the measure 79228162514264337593543950335 × 100 ÷ 1 is too large to compute)");
        profile.BedOccupancyRate.Should().BeNull();
    }

    [Theory]
    [InlineData(-1.0, null, "minimum", "minimum must be non-negative, was -1 (criterion c); every measure of a profile is non-negative. (Parameter 'minimum')")]
    [InlineData(null, -0.5, "maximum", "maximum must be non-negative, was -0.5 (criterion c); every measure of a profile is non-negative. (Parameter 'maximum')")]
    public void Criterion_NegativeBound_IsRejectedNamingIt(double? minimum, double? maximum, string parameter, string message)
    {
        var act = () => new Criterion("c", "L", CriterionKind.Threshold, "d", ProfileMeasure.OpenBeds, minimum: (decimal?)minimum, maximum: (decimal?)maximum);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName(parameter).WithMessage(message);
    }
}
