using System.Text.Json;
using HospitalDomain.Accreditation;
using HospitalDomain.Departments;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Accreditation;

[UseCulture("de-DE")]
public sealed class AccreditationTests
{
    private static readonly AccreditationStandard Basic = AccreditationStandards.BasicStandard1994General;

    private static ClinicalSubjectCode S(string code) => ClinicalSubjectCode.Parse(code);

    private static DepartmentResources Dept(string name, params string[] codes) => new(name, codes.Select(S));

    private static HospitalProfile Profile(decimal? beds = 500, decimal? technicians = null, decimal? nurses = null, decimal? buildingArea = null, IEnumerable<DepartmentResources>? departments = null, IEnumerable<EvidenceAnswer>? answers = null, decimal? wardNurses = null, decimal? years = null, decimal? engineering = null) =>
        new(openBeds: beds, healthTechnicians: technicians, registeredNurses: nurses, buildingArea: buildingArea, departments: departments, answers: answers, wardNurses: wardNurses, yearsAtCurrentGrade: years, engineeringTechnicians: engineering);

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
    [InlineData("1030", CriterionOutcome.Met)]     // 1.03 per bed exactly
    [InlineData("1029.9", CriterionOutcome.NotMet)] // 1.0299 per bed
    public void TertiaryHealthTechnicians_103PerBedIsTheBoundary(string technicians, CriterionOutcome outcome)
    {
        var profile = Profile(1000, decimal.Parse(technicians, System.Globalization.CultureInfo.InvariantCulture));

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
        // criterion id, profile measure at the boundary (met), just below (not met), profile field
        { "primary-health-technicians", "70", "69.99", "technicians" },
        { "secondary-health-technicians", "88", "87.99", "technicians" },
        { "secondary-nurses", "40", "39.99", "nurses" },
        { "tertiary-nurses", "40", "39.99", "nurses" },
        { "primary-building-area", "4500", "4499.99", "area" },
        { "secondary-building-area", "4500", "4499.99", "area" },
        { "tertiary-building-area", "6000", "5999.99", "area" },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void EveryPerBedCriterion_IsMetAtItsBoundaryAndNotJustBelow(string id, string atBoundary, string below, string field)
    {
        HospitalProfile With(decimal value) => field switch
        {
            "technicians" => Profile(100, technicians: value),
            "nurses" => Profile(100, technicians: 1000, nurses: value),
            _ => Profile(100, buildingArea: value),
        };

        Result(Basic, With(decimal.Parse(atBoundary, System.Globalization.CultureInfo.InvariantCulture)), id).Outcome.Should().Be(CriterionOutcome.Met);
        Result(Basic, With(decimal.Parse(below, System.Globalization.CultureInfo.InvariantCulture)), id).Outcome.Should().Be(CriterionOutcome.NotMet);
    }

    [Fact]
    public void OtherShippedThresholds_AtTheirBoundaries()
    {
        var outpatient = new HospitalProfile(openBeds: 100, outpatientArea: 4000, averageDailyOutpatientVisits: 1000);
        Result(Basic, outpatient, "tertiary-outpatient-area").Outcome.Should().Be(CriterionOutcome.Met);
        Result(Basic, new HospitalProfile(outpatientArea: 3999, averageDailyOutpatientVisits: 1000), "tertiary-outpatient-area").Outcome.Should().Be(CriterionOutcome.NotMet);
        Result(Basic, new HospitalProfile(openBeds: 100, wardNetArea: 600), "tertiary-ward-area").Outcome.Should().Be(CriterionOutcome.Met);
        Result(Basic, new HospitalProfile(openBeds: 100, wardNetArea: 599), "tertiary-ward-area").Outcome.Should().Be(CriterionOutcome.NotMet);
        Result(Basic, new HospitalProfile(clinicalDietitians: 2), "tertiary-dietitians").Outcome.Should().Be(CriterionOutcome.Met);
        Result(Basic, new HospitalProfile(clinicalDietitians: 1), "tertiary-dietitians").Shortfall.Should().Be("needs 1 more clinical dietitians");
        Result(Basic, new HospitalProfile(healthTechnicians: 1000, engineeringTechnicians: 10), "tertiary-engineering").Outcome.Should().Be(CriterionOutcome.Met);
        Result(Basic, new HospitalProfile(healthTechnicians: 1000, engineeringTechnicians: 9), "tertiary-engineering").Shortfall.Should().Be("needs 1 more engineering technicians");
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
        var cOnly = new HospitalProfile(openBeds: 1000, healthTechnicians: 1200, registeredNurses: 700, wardNurses: 450, engineeringTechnicians: 15, yearsAtCurrentGrade: 4);
        var cAndB = new HospitalProfile(openBeds: 1000, healthTechnicians: 1200, registeredNurses: 700, wardNurses: 450, engineeringTechnicians: 15, yearsAtCurrentGrade: 4,
            seniorDepartmentHeadShare: 92, collegeNurseShare: 60, averageLengthOfStay: 9.5m, bedOccupancyRate: 93);
        var all = new HospitalProfile(openBeds: 1000, healthTechnicians: 1200, registeredNurses: 700, wardNurses: 450, engineeringTechnicians: 15, yearsAtCurrentGrade: 4,
            seniorDepartmentHeadShare: 92, collegeNurseShare: 60, averageLengthOfStay: 9.5m, bedOccupancyRate: 93, answers: [new EvidenceAnswer("a-regional-plan", true)]);
        var aWithoutC = new HospitalProfile(openBeds: 1000, healthTechnicians: 1100, registeredNurses: 700, wardNurses: 450, engineeringTechnicians: 15, yearsAtCurrentGrade: 4,
            seniorDepartmentHeadShare: 92, collegeNurseShare: 60, averageLengthOfStay: 9.5m, bedOccupancyRate: 93, answers: [new EvidenceAnswer("a-regional-plan", true)]);

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
        Result(standard, new HospitalProfile(bedOccupancyRate: 93), "b-bed-occupancy").Outcome.Should().Be(CriterionOutcome.Met);
        var over = Result(standard, new HospitalProfile(bedOccupancyRate: 95.5m), "b-bed-occupancy");
        over.Explanation.Should().Be("bed occupancy (%) 95.5, at most 93");
        over.Shortfall.Should().Be("must come down by 2.5 percentage points");
        Result(standard, new HospitalProfile(averageLengthOfStay: 12), "b-length-of-stay").Outcome.Should().Be(CriterionOutcome.Met);
        Result(standard, new HospitalProfile(averageLengthOfStay: 12.01m), "b-length-of-stay").Outcome.Should().Be(CriterionOutcome.NotMet);
        Result(standard, new HospitalProfile(yearsAtCurrentGrade: 3), "c-years-at-grade").Outcome.Should().Be(CriterionOutcome.Met);
        Result(standard, new HospitalProfile(yearsAtCurrentGrade: 2.9m), "c-years-at-grade").Outcome.Should().Be(CriterionOutcome.NotMet);
        Result(standard, new HospitalProfile(healthTechnicians: 100, registeredNurses: 50), "c-nurse-share").Outcome.Should().Be(CriterionOutcome.Met);
        Result(standard, new HospitalProfile(healthTechnicians: 100, registeredNurses: 49), "c-nurse-share").Outcome.Should().Be(CriterionOutcome.NotMet);
        Result(standard, new HospitalProfile(seniorDepartmentHeadShare: 89.9m), "b-senior-heads").Outcome.Should().Be(CriterionOutcome.NotMet);
        Result(standard, new HospitalProfile(collegeNurseShare: 50), "b-college-nurses").Outcome.Should().Be(CriterionOutcome.Met);
        Result(standard, new HospitalProfile(openBeds: 100, wardNurses: 40, registeredNurses: 40), "c-ward-nurses").Outcome.Should().Be(CriterionOutcome.Met);
        Result(standard, new HospitalProfile(openBeds: 100, wardNurses: 39, registeredNurses: 40), "c-ward-nurses").Outcome.Should().Be(CriterionOutcome.NotMet);
    }

    [Fact]
    public void Review2022_DepartmentThresholds()
    {
        var standard = AccreditationStandards.TertiaryReview2022Departments;
        var profile = new HospitalProfile(openBeds: 1000, departments:
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
        var tight = new HospitalProfile(openBeds: 1000, departments:
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
        Result(Basic, new HospitalProfile(openBeds: 500), "tertiary-nurses").MissingInputs.Should().Equal("registeredNurses");
        Result(Basic, new HospitalProfile(registeredNurses: 0, openBeds: 0), "tertiary-nurses").MissingInputs.Should().Equal("openBeds (zero)");
        result.HighestLevel.Should().BeNull();
        result.Gaps("三级").Should().HaveCount(Basic.AllCriteria().Count(c => c.Criterion.Level == "三级"));
    }

    [Fact]
    public void ImpossibleProfiles_AreRejectedNamingTheField()
    {
        FluentActions.Invoking(() => new HospitalProfile(openBeds: -3)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("openBeds must be non-negative, was -3.*");
        FluentActions.Invoking(() => new HospitalProfile(registeredNurses: 100, wardNurses: 120)).Should().Throw<ArgumentException>().WithMessage("wardNurses (120) must not exceed registeredNurses (100).*");
        FluentActions.Invoking(() => new HospitalProfile(healthTechnicians: 100, physicians: 120)).Should().Throw<ArgumentException>().WithMessage("physicians (120) must not exceed healthTechnicians (100).*");
        FluentActions.Invoking(() => new HospitalProfile(collegeNurseShare: 120)).Should().Throw<ArgumentException>().WithMessage("collegeNurseShare is a percentage and must not exceed 100, was 120.*");
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
        var profile = new HospitalProfile(openBeds: decimal.MaxValue, healthTechnicians: 100, registeredNurses: 50, buildingArea: 1_000);

        var result = Basic.Check(profile);

        var technicians = result.Results.Single(r => r.Criterion.Measure == ProfileMeasure.HealthTechniciansPerBed && r.Criterion.Level == "三级");
        technicians.Outcome.Should().Be(CriterionOutcome.NotMet);
        technicians.Shortfall.Should().Be("needs 1.03 more", "1.03 technicians for each of so many beds is beyond decimal, so the shortfall is that of the ratio");
        var nurses = result.Results.Single(r => r.Criterion.Measure == ProfileMeasure.RegisteredNursesPerBed && r.Criterion.Level == "三级");
        nurses.Shortfall.Should().Be("needs 31691265005705735037417580084 more registered nurses", "0.4 of the decimal maximum still is a decimal");
        result.Results.Should().OnlyContain(r => r.Outcome != CriterionOutcome.NotMet || r.Shortfall != null);
    }

    [Fact]
    public void Check_BasisTooSmallForTheMeasure_IsNotAssessableSayingWhy()
    {
        var profile = new HospitalProfile(openBeds: 0.0000000000000000000000000001m, registeredNurses: decimal.MaxValue);

        var result = Result(Basic, profile, Basic.AllCriteria().First(c => c.Criterion.Measure == ProfileMeasure.RegisteredNursesPerBed).Criterion.Id);

        result.Outcome.Should().Be(CriterionOutcome.NotAssessable);
        result.MissingInputs.Should().ContainSingle().Which.Should().Be("openBeds (the measure 79228162514264337593543950335 × 1 ÷ 0.0000000000000000000000000001 is too large to compute)");
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
