using HospitalDomain.Accreditation;
using HospitalDomain.Departments;
using HospitalDomain.Metrics;
using HospitalDomain.Tests.TestHelpers;
using static HospitalDomain.Metrics.StandardMetrics;

namespace HospitalDomain.Tests.Accreditation;

[UseCulture("de-DE")]
public sealed class CriterionEvaluatorTests
{
    private static ClinicalSubjectCode S(string code) => ClinicalSubjectCode.Parse(code);

    private static CriterionResult Check(Criterion criterion, HospitalProfile profile) =>
        new AccreditationStandard("s", "t", "src", SourceStatus.Secondary, ["L"], false, [new StandardArticle("1.2", "a", [criterion])]).Check(profile).Results.Single();

    private static Criterion Threshold(ProfileMeasure measure, decimal? minimum = null, decimal? maximum = null, ClinicalSubjectCode? subject = null) =>
        new("c", "L", CriterionKind.Threshold, "d", measure, subject, minimum, maximum);

    private static Criterion Departments(IEnumerable<ClinicalSubjectCode> subjects, IEnumerable<MergeGroup>? mergeGroups = null) =>
        new("deps", "L", CriterionKind.Departments, "d", requiredSubjects: subjects, mergeGroups: mergeGroups);

    private static HospitalProfile Beds(decimal beds) => new([new(OpenBeds, beds)]);

    /// <summary>A profile with every figure and an ICU (28) of 10 beds, 5 physicians, 12 nurses and 2 therapists.</summary>
    private static readonly HospitalProfile Rich = new(
    [
        new(OpenBeds, 100), new(ApprovedBeds, 120), new(HealthTechnicians, 150), new(RegisteredNurses, 60), new(WardNurses, 40),
        new(BuildingArea, 8000), new(WardNetArea, 600), new(OutpatientArea, 3000), new(AverageDailyOutpatientVisits, 1000),
        new(EngineeringTechnicians, 3), new(ClinicalDietitians, 1), new(YearsAtCurrentGrade, 2), new(DischargedPatientBedDays, 9000),
        new(Discharges, 1000), new(OccupiedBedDays, 300), new(OpenBedDays, 400), new(SeniorDepartmentHeadShare, 50), new(CollegeNurseShare, 40),
    ], departments: [new DepartmentResources("重症医学科", [ClinicalSubjectCode.Parse("28")], beds: 10, physicians: 5, nurses: 12, therapists: 2)]);

    public static TheoryData<ProfileMeasure, string?, string?, string?, string, string> Measures => new()
    {
        // measure, subject, minimum, maximum, explanation, shortfall
        { ProfileMeasure.OpenBeds, null, "150", null, "beds 100, at least 150", "needs 50 more beds" },
        { ProfileMeasure.ApprovedBeds, null, "150", null, "approved beds 120, at least 150", "needs 30 more beds" },
        { ProfileMeasure.HealthTechniciansPerBed, null, "2", null, "health technicians per bed 1.5, at least 2", "needs 50 more health technicians" },
        { ProfileMeasure.RegisteredNursesPerBed, null, "1", null, "registered nurses per bed 0.6, at least 1", "needs 40 more registered nurses" },
        { ProfileMeasure.WardNursesPerBed, null, "1", null, "ward nurses per bed 0.4, at least 1", "needs 60 more ward nurses" },
        { ProfileMeasure.BuildingAreaPerBed, null, "100", null, "building area per bed (m²) 80, at least 100", "needs 2000 more m² of building area" },
        { ProfileMeasure.WardNetAreaPerBed, null, "10", null, "net ward area per bed (m²) 6, at least 10", "needs 400 more m² of net ward area" },
        { ProfileMeasure.OutpatientAreaPerDailyVisit, null, "4", null, "outpatient area per daily visit (m²) 3, at least 4", "needs 1000 more m² of outpatient area" },
        { ProfileMeasure.EngineeringTechnicianShare, null, "3", null, "engineering technicians as % of health technicians 2, at least 3", "needs 2 more engineering technicians" },
        { ProfileMeasure.NurseShareOfHealthTechnicians, null, "50", null, "nurses as % of health technicians 40, at least 50", "needs 15 more registered nurses" },
        { ProfileMeasure.ClinicalDietitians, null, "2", null, "clinical dietitians 1, at least 2", "needs 1 more clinical dietitians" },
        { ProfileMeasure.YearsAtCurrentGrade, null, "3", null, "years at the current grade 2, at least 3", "needs 1 more years" },
        { ProfileMeasure.AverageLengthOfStay, null, null, "8", "average length of stay (days) 9, at most 8", "must come down by 1 days" },
        { ProfileMeasure.AverageLengthOfStay, null, "10", null, "average length of stay (days) 9, at least 10", "needs 1 more days" },
        { ProfileMeasure.BedOccupancyRate, null, "80", null, "bed occupancy (%) 75, at least 80", "needs 5 more percentage points" },
        { ProfileMeasure.SeniorDepartmentHeadShare, null, "60", null, "department heads with a senior title (%) 50, at least 60", "needs 10 more percentage points" },
        { ProfileMeasure.CollegeNurseShare, null, "60", null, "nurses with college education (%) 40, at least 60", "needs 20 more percentage points" },
        { ProfileMeasure.CollegeNurseShare, null, null, "30", "nurses with college education (%) 40, at most 30", "must come down by 10 percentage points" },
        { ProfileMeasure.DepartmentBedShare, "28", "20", null, "28 重症医学科 beds as % of open beds 10, at least 20", "needs 10 more beds in 28 重症医学科" },
        { ProfileMeasure.DepartmentBedShare, "28", null, "5", "28 重症医学科 beds as % of open beds 10, at most 5", "needs 5 fewer beds in 28 重症医学科" },
        { ProfileMeasure.DepartmentPhysiciansPerBed, "28", "1", null, "28 重症医学科 physicians per bed 0.5, at least 1", "needs 5 more physicians in 28 重症医学科" },
        { ProfileMeasure.DepartmentNursesPerBed, "28", "2", null, "28 重症医学科 nurses per bed 1.2, at least 2", "needs 8 more nurses in 28 重症医学科" },
        { ProfileMeasure.DepartmentTherapistsPerBed, "28", "1", null, "28 重症医学科 therapists per bed 0.2, at least 1", "needs 8 more therapists in 28 重症医学科" },
    };

    [Theory]
    [MemberData(nameof(Measures))]
    public void Threshold_NotMet_StatesTheMeasureAndTheShortfallInItsUnits(ProfileMeasure measure, string? subject, string? minimum, string? maximum, string explanation, string shortfall)
    {
        var criterion = Threshold(measure, ExpectedDecimals.Parse(minimum), ExpectedDecimals.Parse(maximum), subject is null ? null : S(subject));

        var result = Check(criterion, Rich);

        result.Outcome.Should().Be(CriterionOutcome.NotMet);
        result.Explanation.Should().Be(explanation);
        result.Shortfall.Should().Be(shortfall);
        result.MissingInputs.Should().BeEmpty();
        result.ArticleNumber.Should().Be("1.2");
        result.Criterion.Should().BeSameAs(criterion);
    }

    public static TheoryData<ProfileMeasure, string?, string> MissingInputs => new()
    {
        { ProfileMeasure.OpenBeds, null, "openBeds" },
        { ProfileMeasure.ApprovedBeds, null, "approvedBeds" },
        { ProfileMeasure.HealthTechniciansPerBed, null, "healthTechnicians, openBeds" },
        { ProfileMeasure.RegisteredNursesPerBed, null, "registeredNurses, openBeds" },
        { ProfileMeasure.WardNursesPerBed, null, "wardNurses, openBeds" },
        { ProfileMeasure.BuildingAreaPerBed, null, "buildingArea, openBeds" },
        { ProfileMeasure.WardNetAreaPerBed, null, "wardNetArea, openBeds" },
        { ProfileMeasure.OutpatientAreaPerDailyVisit, null, "outpatientArea, averageDailyOutpatientVisits" },
        { ProfileMeasure.EngineeringTechnicianShare, null, "engineeringTechnicians, healthTechnicians" },
        { ProfileMeasure.NurseShareOfHealthTechnicians, null, "registeredNurses, healthTechnicians" },
        { ProfileMeasure.ClinicalDietitians, null, "clinicalDietitians" },
        { ProfileMeasure.YearsAtCurrentGrade, null, "yearsAtCurrentGrade" },
        { ProfileMeasure.AverageLengthOfStay, null, "dischargedPatientBedDays, discharges" },
        { ProfileMeasure.BedOccupancyRate, null, "occupiedBedDays, openBedDays" },
        { ProfileMeasure.SeniorDepartmentHeadShare, null, "seniorDepartmentHeadShare" },
        { ProfileMeasure.CollegeNurseShare, null, "collegeNurseShare" },
        { ProfileMeasure.DepartmentBedShare, "28", "department 28 重症医学科, beds of 28, openBeds" },
        { ProfileMeasure.DepartmentPhysiciansPerBed, "28", "department 28 重症医学科, physicians of 28, beds of 28" },
        { ProfileMeasure.DepartmentNursesPerBed, "28", "department 28 重症医学科, nurses of 28, beds of 28" },
        { ProfileMeasure.DepartmentTherapistsPerBed, "28", "department 28 重症医学科, therapists of 28, beds of 28" },
    };

    [Theory]
    [MemberData(nameof(MissingInputs))]
    public void Threshold_EmptyProfile_IsNotAssessableNamingEveryMissingInput(ProfileMeasure measure, string? subject, string missing)
    {
        var result = Check(Threshold(measure, minimum: 1, subject: subject is null ? null : S(subject)), new HospitalProfile());

        result.Outcome.Should().Be(CriterionOutcome.NotAssessable);
        result.MissingInputs.Should().Equal(missing.Split(", "));
        result.Explanation.Should().EndWith($": not assessable, missing {missing}");
        result.Actual.Should().BeNull();
        result.Shortfall.Should().BeNull();
    }

    [Fact]
    public void Threshold_NotAssessable_ExplanationStartsWithTheLabel() =>
        Check(Threshold(ProfileMeasure.RegisteredNursesPerBed, minimum: 1), Beds(100)).Explanation.Should().Be("registered nurses per bed: not assessable, missing registeredNurses");

    [Fact]
    public void Threshold_ZeroBasisWithAMissingNumerator_NamesOnlyTheNumerator() =>
        Check(Threshold(ProfileMeasure.RegisteredNursesPerBed, minimum: 1), Beds(0)).MissingInputs.Should().Equal("registeredNurses");

    [Fact]
    public void Threshold_DepartmentWithoutBeds_NamesTheBedsOnly() =>
        Check(Threshold(ProfileMeasure.DepartmentNursesPerBed, minimum: 1, subject: S("28")), new HospitalProfile(departments: [new DepartmentResources("ICU", [S("28")], nurses: 3)]))
            .MissingInputs.Should().Equal("beds of 28");

    [Theory]
    [InlineData(1, CriterionOutcome.NotMet, "beds 1, between 2 and 4", "needs 1 more beds")]
    [InlineData(2, CriterionOutcome.Met, "beds 2, between 2 and 4", null)]
    [InlineData(3, CriterionOutcome.Met, "beds 3, between 2 and 4", null)]
    [InlineData(4, CriterionOutcome.Met, "beds 4, between 2 and 4", null)]
    [InlineData(5, CriterionOutcome.NotMet, "beds 5, between 2 and 4", "must come down by 1 beds")]
    public void Threshold_Range_IsInclusiveAtBothEnds(int beds, CriterionOutcome outcome, string explanation, string? shortfall)
    {
        var result = Check(Threshold(ProfileMeasure.OpenBeds, 2, 4), Beds(beds));

        result.Outcome.Should().Be(outcome);
        result.Explanation.Should().Be(explanation);
        result.Shortfall.Should().Be(shortfall);
        result.Actual.Should().Be(beds);
    }

    [Theory]
    [InlineData(4, CriterionOutcome.Met)]
    [InlineData(5, CriterionOutcome.NotMet)]
    public void Threshold_MaximumOnly_StatesAtMost(int beds, CriterionOutcome outcome)
    {
        var result = Check(Threshold(ProfileMeasure.OpenBeds, maximum: 4), Beds(beds));

        result.Outcome.Should().Be(outcome);
        result.Explanation.Should().Be($"beds {beds}, at most 4");
    }

    [Fact]
    public void Threshold_RatioShortfall_IsRoundedUpToWholeUnits()
    {
        var below = Check(Threshold(ProfileMeasure.RegisteredNursesPerBed, minimum: 0.333m), new HospitalProfile([new(OpenBeds, 100), new(HealthTechnicians, 100), new(RegisteredNurses, 30)]));
        var above = Check(Threshold(ProfileMeasure.RegisteredNursesPerBed, maximum: 0.333m), new HospitalProfile([new(OpenBeds, 100), new(HealthTechnicians, 100), new(RegisteredNurses, 40)]));

        below.Explanation.Should().Be("registered nurses per bed 0.3, at least 0.333");
        below.Shortfall.Should().Be("needs 4 more registered nurses", "33.3 are needed");
        above.Explanation.Should().Be("registered nurses per bed 0.4, at most 0.333");
        above.Shortfall.Should().Be("needs 7 fewer registered nurses", "33.3 are allowed");
    }

    [Fact]
    public void Threshold_Figures_AreRoundedToFourPlacesAwayFromZero()
    {
        var result = Check(Threshold(ProfileMeasure.RegisteredNursesPerBed, minimum: 1), new HospitalProfile([new(OpenBeds, 3), new(RegisteredNurses, 2)]));

        result.Explanation.Should().Be("registered nurses per bed 0.6667, at least 1");
        Check(Threshold(ProfileMeasure.YearsAtCurrentGrade, minimum: 1), new HospitalProfile([new(YearsAtCurrentGrade, 0.00005m)])).Explanation
            .Should().Be("years at the current grade 0.0001, at least 1");
    }

    [Fact]
    public void Departments_AllPresent_AreMet()
    {
        var result = Check(Departments([S("03"), S("04")]), new HospitalProfile(departments: [new DepartmentResources("内科", [S("03"), S("13")]), new DepartmentResources("外科", [S("04")])]));

        result.Outcome.Should().Be(CriterionOutcome.Met);
        result.Explanation.Should().Be("all 2 required departments present");
        result.Shortfall.Should().BeNull();
        result.Actual.Should().BeNull();
    }

    [Fact]
    public void Departments_OneMissing_NamesIt()
    {
        var result = Check(Departments([S("03"), S("04")]), new HospitalProfile(departments: [new DepartmentResources("内科", [S("03")])]));

        result.Outcome.Should().Be(CriterionOutcome.NotMet);
        result.Explanation.Should().Be("1 of 2 required departments missing");
        result.Shortfall.Should().Be("needs 04 外科");
    }

    [Fact]
    public void Departments_MergeInAnAllowedGroup_IsMet_WhicheverGroupAllowsIt()
    {
        var groups = new[] { new MergeGroup([S("05"), S("07")]), new MergeGroup([S("03"), S("04")]) };

        var result = Check(Departments([S("03"), S("04")], groups), new HospitalProfile(departments: [new DepartmentResources("大内科", [S("03"), S("04")])]));

        result.Outcome.Should().Be(CriterionOutcome.Met);
    }

    [Fact]
    public void Departments_MergeOnlyPartlyInAGroup_IsNotAllowed()
    {
        var groups = new[] { new MergeGroup([S("03"), S("04")]) };

        var result = Check(Departments([S("03"), S("04"), S("05")], groups), new HospitalProfile(departments: [new DepartmentResources("大科", [S("03"), S("04"), S("05")])]));

        result.Explanation.Should().Be("3 of 3 required departments missing");
        result.Shortfall.Should().Be("needs 03 内科 (merged into 大科, which the standard does not allow); 04 外科 (merged into 大科, which the standard does not allow); 05 妇产科 (merged into 大科, which the standard does not allow)");
    }

    [Fact]
    public void Departments_MergeWithASubjectOutsideTheGroup_IsNotAllowed()
    {
        var groups = new[] { new MergeGroup([S("03"), S("05")]) };

        var result = Check(Departments([S("03"), S("04"), S("05")], groups), new HospitalProfile(departments: [new DepartmentResources("内外科", [S("03"), S("04")]), new DepartmentResources("妇产科", [S("05")])]));

        result.Shortfall.Should().Be("needs 03 内科 (merged into 内外科, which the standard does not allow); 04 外科 (merged into 内外科, which the standard does not allow)");
    }

    [Fact]
    public void Evidence_NotAnswered_NeedsEvidenceNamingTheItem()
    {
        var result = Check(new Criterion("plan", "L", CriterionKind.Evidence, "a regional plan"), new HospitalProfile(answers: [new EvidenceAnswer("other", true)]));

        result.Outcome.Should().Be(CriterionOutcome.NeedsEvidence);
        result.Explanation.Should().Be("not answered yet");
        result.MissingInputs.Should().Equal("plan");
        result.Shortfall.Should().BeNull();
    }

    [Theory]
    [InlineData(true, CriterionOutcome.Met, "answered yes", null)]
    [InlineData(false, CriterionOutcome.NotMet, "answered no", "needs the evidence: a regional plan")]
    public void Evidence_Answered_FollowsTheAnswer(bool answer, CriterionOutcome outcome, string explanation, string? shortfall)
    {
        var result = Check(new Criterion("plan", "L", CriterionKind.Evidence, "a regional plan"), new HospitalProfile(answers: [new EvidenceAnswer("other", !answer), new EvidenceAnswer("plan", answer)]));

        result.Outcome.Should().Be(outcome);
        result.Explanation.Should().Be(explanation);
        result.Shortfall.Should().Be(shortfall);
        result.MissingInputs.Should().BeEmpty();
    }

    [Fact]
    public void Subjects_NotInTheBaselineCatalogue_AreNamedByTheirCode()
    {
        Check(Departments([S("29")]), new HospitalProfile()).Shortfall.Should().Be("needs 29");
        Check(Threshold(ProfileMeasure.DepartmentNursesPerBed, minimum: 1, subject: S("29")), new HospitalProfile()).MissingInputs
            .Should().Equal("department 29", "nurses of 29", "beds of 29");
        Check(Threshold(ProfileMeasure.DepartmentNursesPerBed, minimum: 1, subject: S("29")), new HospitalProfile(departments: [new DepartmentResources("科", [S("29")], beds: 10, nurses: 5)]))
            .Shortfall.Should().Be("needs 5 more nurses in 29");
    }
}
