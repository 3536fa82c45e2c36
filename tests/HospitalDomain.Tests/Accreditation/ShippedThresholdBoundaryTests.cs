using HospitalDomain.Accreditation;
using HospitalDomain.Departments;
using static HospitalDomain.Metrics.StandardMetrics;

namespace HospitalDomain.Tests.Accreditation;

/// <summary>
/// Every numeric criterion of every shipped standard, at its boundary: a profile whose figure equals
/// the minimum (or maximum) meets it; one just beyond does not — by 0.0001, or by one for a figure
/// counted in whole beds or people, which cannot be a fraction.
/// </summary>
public sealed class ShippedThresholdBoundaryTests
{
    private const decimal Step = 0.0001m;

    public static TheoryData<string, string> Thresholds()
    {
        var data = new TheoryData<string, string>();
        foreach (var standard in AccreditationStandards.All)
        {
            foreach (var (_, criterion) in standard.AllCriteria().Where(c => c.Criterion.Kind == CriterionKind.Threshold))
            {
                data.Add(standard.Id, criterion.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void Criterion_IsMetAtItsBoundary_AndNotJustBeyond(string standardId, string criterionId)
    {
        var standard = AccreditationStandards.Get(standardId);
        var criterion = standard.AllCriteria().Single(c => c.Criterion.Id == criterionId).Criterion;

        var step = criterion.Measure is ProfileMeasure.OpenBeds or ProfileMeasure.ApprovedBeds or ProfileMeasure.ClinicalDietitians ? 1m : Step;
        if (criterion.Minimum is { } min)
        {
            Outcome(standard, criterion, min).Should().Be(CriterionOutcome.Met, $"{criterionId} at its minimum {min}");
            Outcome(standard, criterion, min - step).Should().Be(CriterionOutcome.NotMet, $"{criterionId} just below {min}");
        }

        if (criterion.Maximum is { } max)
        {
            Outcome(standard, criterion, max).Should().Be(CriterionOutcome.Met, $"{criterionId} at its maximum {max}");
            Outcome(standard, criterion, max + step).Should().Be(CriterionOutcome.NotMet, $"{criterionId} just above {max}");
        }
    }

    private static CriterionOutcome Outcome(AccreditationStandard standard, Criterion criterion, decimal actual)
    {
        var result = standard.Check(ProfileWith(criterion, actual)).Results.Single(r => r.Criterion.Id == criterion.Id);
        result.Actual.Should().Be(actual, "the profile realises the figure exactly");
        return result.Outcome;
    }

    /// <summary>Builds a profile whose figure for the criterion's measure is exactly <paramref name="v"/>.</summary>
    private static HospitalProfile ProfileWith(Criterion criterion, decimal v)
    {
        DepartmentResources Dept(decimal? beds = null, decimal? physicians = null, decimal? nurses = null, decimal? therapists = null) =>
            new("科室", [criterion.Subject!.Value], beds, physicians, nurses, therapists);

        return criterion.Measure switch
        {
            ProfileMeasure.OpenBeds => new HospitalProfile([new(OpenBeds, v)]),
            ProfileMeasure.ApprovedBeds => new HospitalProfile([new(ApprovedBeds, v)]),
            ProfileMeasure.HealthTechniciansPerBed => new HospitalProfile([new(OpenBeds, 10_000), new(HealthTechnicians, v * 10_000)]),
            ProfileMeasure.RegisteredNursesPerBed => new HospitalProfile([new(OpenBeds, 10_000), new(RegisteredNurses, v * 10_000)]),
            ProfileMeasure.WardNursesPerBed => new HospitalProfile([new(OpenBeds, 10_000), new(RegisteredNurses, 1_000_000), new(WardNurses, v * 10_000)]),
            ProfileMeasure.BuildingAreaPerBed => new HospitalProfile([new(OpenBeds, 10_000), new(BuildingArea, v * 10_000)]),
            ProfileMeasure.WardNetAreaPerBed => new HospitalProfile([new(OpenBeds, 10_000), new(WardNetArea, v * 10_000)]),
            ProfileMeasure.OutpatientAreaPerDailyVisit => new HospitalProfile([new(AverageDailyOutpatientVisits, 10_000), new(OutpatientArea, v * 10_000)]),
            ProfileMeasure.EngineeringTechnicianShare => new HospitalProfile([new(HealthTechnicians, 1_000_000), new(EngineeringTechnicians, v * 10_000)]),
            ProfileMeasure.NurseShareOfHealthTechnicians => new HospitalProfile([new(HealthTechnicians, 1_000_000), new(RegisteredNurses, v * 10_000)]),
            ProfileMeasure.ClinicalDietitians => new HospitalProfile([new(ClinicalDietitians, v)]),
            ProfileMeasure.YearsAtCurrentGrade => new HospitalProfile([new(YearsAtCurrentGrade, v)]),
            ProfileMeasure.AverageLengthOfStay => new HospitalProfile([new(Discharges, 10_000), new(DischargedPatientBedDays, v * 10_000)]),
            ProfileMeasure.BedOccupancyRate => new HospitalProfile([new(OpenBedDays, 1_000_000), new(OccupiedBedDays, v * 10_000)]),
            ProfileMeasure.SeniorDepartmentHeadShare => new HospitalProfile([new(SeniorDepartmentHeadShare, v)]),
            ProfileMeasure.CollegeNurseShare => new HospitalProfile([new(CollegeNurseShare, v)]),
            ProfileMeasure.DepartmentBedShare => new HospitalProfile([new(OpenBeds, 1_000_000)], departments: [Dept(beds: v * 10_000)]),
            ProfileMeasure.DepartmentPhysiciansPerBed => new HospitalProfile(departments: [Dept(beds: 10_000, physicians: v * 10_000)]),
            ProfileMeasure.DepartmentNursesPerBed => new HospitalProfile(departments: [Dept(beds: 10_000, nurses: v * 10_000)]),
            ProfileMeasure.DepartmentTherapistsPerBed => new HospitalProfile(departments: [Dept(beds: 10_000, therapists: v * 10_000)]),
            _ => throw new InvalidOperationException($"No profile builder for {criterion.Measure}."),
        };
    }
}
