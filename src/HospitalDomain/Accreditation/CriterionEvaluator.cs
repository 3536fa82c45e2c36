using System.Globalization;
using HospitalDomain.Departments;

namespace HospitalDomain.Accreditation;

/// <summary>Checks one criterion against a profile.</summary>
internal static class CriterionEvaluator
{
    public static CriterionResult Evaluate(string articleNumber, Criterion criterion, HospitalProfile profile) => criterion.Kind switch
    {
        CriterionKind.Threshold => Threshold(articleNumber, criterion, profile),
        CriterionKind.Departments => Departments(articleNumber, criterion, profile),
        CriterionKind.Evidence => Evidence(articleNumber, criterion, profile),
        _ => throw Preconditions.Unhandled(criterion.Kind),
    };

    private static CriterionResult Threshold(string articleNumber, Criterion criterion, HospitalProfile profile)
    {
        var measure = Measure(criterion, profile);
        if (measure.Missing.Length > 0)
        {
            return new CriterionResult(articleNumber, criterion, CriterionOutcome.NotAssessable, $"{measure.Label}: not assessable, missing {string.Join(", ", measure.Missing)}", missingInputs: measure.Missing);
        }

        var actual = measure.Actual!.Value;
        var min = criterion.Minimum;
        var max = criterion.Maximum;
        var met = (min is null || actual >= min) && (max is null || actual <= max);
        var required = (min, max) switch
        {
            ({ } a, { } b) => $"between {N(a)} and {N(b)}",
            ({ } a, null) => $"at least {N(a)}",
            (null, { } b) => $"at most {N(b)}",
            _ => string.Empty,
        };
        var explanation = $"{measure.Label} {N(actual)}, {required}";
        if (met)
        {
            return new CriterionResult(articleNumber, criterion, CriterionOutcome.Met, explanation, actual: actual);
        }

        // The measures and the bounds are non-negative, so their differences stay in range; the count
        // a ratio needs (bound × basis) may not, and is then stated as the difference of the ratio.
        string shortfall;
        if (min is { } minimum && actual < minimum)
        {
            shortfall = measure.Noun is { } noun && Needed(minimum, measure) is { } needed
                ? $"needs {N(Math.Ceiling(needed - measure.Numerator!.Value))} more {noun}"
                : $"needs {N(minimum - actual)} more {measure.ShortfallUnit}".TrimEnd();
        }
        else
        {
            shortfall = measure.Noun is { } noun && Needed(max!.Value, measure) is { } allowed
                ? $"needs {N(Math.Ceiling(measure.Numerator!.Value - allowed))} fewer {noun}"
                : $"must come down by {N(actual - max!.Value)} {measure.ShortfallUnit}".TrimEnd();
        }

        return new CriterionResult(articleNumber, criterion, CriterionOutcome.NotMet, explanation, actual: actual, shortfall: shortfall);
    }

    /// <summary>The count a ratio measure's numerator needs for <paramref name="bound"/> (bound × basis ÷ scale), or null when it is beyond the decimal range.</summary>
    private static decimal? Needed(decimal bound, Measurement measure) =>
        measure.Basis is { } basis && Arithmetic.TryMultiplyDivide(bound, basis, measure.Scale, out var needed) ? needed : null;

    private static CriterionResult Departments(string articleNumber, Criterion criterion, HospitalProfile profile)
    {
        var missing = new List<string>();
        foreach (var subject in criterion.RequiredSubjects)
        {
            var department = profile.DepartmentFor(subject);
            if (department is null)
            {
                missing.Add(Name(subject));
                continue;
            }

            // A department covering several required subjects counts only where the standard allows that merge.
            var sharing = department.Subjects.Where(s => s != subject && criterion.RequiredSubjects.Contains(s)).ToList();
            if (sharing.Count > 0 && !criterion.MergeGroups.Any(g => g.Subjects.Contains(subject) && sharing.All(g.Subjects.Contains)))
            {
                missing.Add($"{Name(subject)} (merged into {department.Name}, which the standard does not allow)");
            }
        }

        return missing.Count == 0
            ? new CriterionResult(articleNumber, criterion, CriterionOutcome.Met, $"all {criterion.RequiredSubjects.Length} required departments present")
            : new CriterionResult(articleNumber, criterion, CriterionOutcome.NotMet, $"{missing.Count} of {criterion.RequiredSubjects.Length} required departments missing", shortfall: "needs " + string.Join("; ", missing));
    }

    private static CriterionResult Evidence(string articleNumber, Criterion criterion, HospitalProfile profile)
    {
        var answer = profile.Answers.FirstOrDefault(a => a.ItemId == criterion.Id);
        return answer switch
        {
            null => new CriterionResult(articleNumber, criterion, CriterionOutcome.NeedsEvidence, "not answered yet", missingInputs: [criterion.Id]),
            { Answer: true } => new CriterionResult(articleNumber, criterion, CriterionOutcome.Met, "answered yes"),
            _ => new CriterionResult(articleNumber, criterion, CriterionOutcome.NotMet, "answered no", shortfall: "needs the evidence: " + criterion.Description),
        };
    }

    private static Measurement Measure(Criterion criterion, HospitalProfile profile)
    {
        var missing = new List<string>();
        decimal Need(decimal? value, string name)
        {
            if (value is null)
            {
                missing.Add(name);
            }

            return value ?? 0m;
        }

        decimal? PerBasis(decimal numerator, decimal basis, string basisName, decimal scale = 1m)
        {
            if (missing.Count == 0 && basis == 0m)
            {
                missing.Add(basisName + " (zero)");
            }

            if (missing.Count > 0)
            {
                return null;
            }

            // A basis below 1 can make the measure larger than decimal holds: not assessable, saying why.
            if (!Arithmetic.TryMultiplyDivide(numerator, scale, basis, out var actual))
            {
                missing.Add(string.Create(CultureInfo.InvariantCulture, $"{basisName} (the measure {numerator} × {scale} ÷ {basis} is too large to compute)"));
                return null;
            }

            return actual;
        }

        Measurement Ratio(decimal? numerator, string numeratorName, string noun, decimal? basis, string basisName, string label, decimal scale = 1m)
        {
            var n = Need(numerator, numeratorName);
            var b = Need(basis, basisName);
            var actual = PerBasis(n, b, basisName, scale);
            return new Measurement(actual, [.. missing], label, noun, n, b, scale, string.Empty);
        }

        Measurement Direct(decimal? value, string name, string label, string unit)
        {
            var v = Need(value, name);
            return new Measurement(missing.Count == 0 ? v : null, [.. missing], label, null, null, null, 1m, unit);
        }

        DepartmentResources? Department()
        {
            var department = profile.DepartmentFor(criterion.Subject!.Value);
            if (department is null)
            {
                missing.Add($"department {Name(criterion.Subject!.Value)}");
            }

            return department;
        }

        Measurement PerDepartmentBed(string staff, Func<DepartmentResources, decimal?> count)
        {
            var department = Department();
            var subject = Name(criterion.Subject!.Value);
            return Ratio(department is null ? null : count(department), $"{staff} of {criterion.Subject}", $"{staff} in {subject}", department?.Beds, $"beds of {criterion.Subject}", $"{subject} {staff} per bed");
        }

        Measurement DepartmentBedShare()
        {
            var department = Department();
            var subject = Name(criterion.Subject!.Value);
            return Ratio(department?.Beds, $"beds of {criterion.Subject}", $"beds in {subject}", profile.OpenBeds, "openBeds", $"{subject} beds as % of open beds", 100m);
        }

        return criterion.Measure switch
        {
            ProfileMeasure.OpenBeds => Direct(profile.OpenBeds, "openBeds", "beds", "beds"),
            ProfileMeasure.ApprovedBeds => Direct(profile.ApprovedBeds, "approvedBeds", "approved beds", "beds"),
            ProfileMeasure.HealthTechniciansPerBed => Ratio(profile.HealthTechnicians, "healthTechnicians", "health technicians", profile.OpenBeds, "openBeds", "health technicians per bed"),
            ProfileMeasure.RegisteredNursesPerBed => Ratio(profile.RegisteredNurses, "registeredNurses", "registered nurses", profile.OpenBeds, "openBeds", "registered nurses per bed"),
            ProfileMeasure.WardNursesPerBed => Ratio(profile.WardNurses, "wardNurses", "ward nurses", profile.OpenBeds, "openBeds", "ward nurses per bed"),
            ProfileMeasure.BuildingAreaPerBed => Ratio(profile.BuildingArea, "buildingArea", "m² of building area", profile.OpenBeds, "openBeds", "building area per bed (m²)"),
            ProfileMeasure.WardNetAreaPerBed => Ratio(profile.WardNetArea, "wardNetArea", "m² of net ward area", profile.OpenBeds, "openBeds", "net ward area per bed (m²)"),
            ProfileMeasure.OutpatientAreaPerDailyVisit => Ratio(profile.OutpatientArea, "outpatientArea", "m² of outpatient area", profile.AverageDailyOutpatientVisits, "averageDailyOutpatientVisits", "outpatient area per daily visit (m²)"),
            ProfileMeasure.EngineeringTechnicianShare => Ratio(profile.EngineeringTechnicians, "engineeringTechnicians", "engineering technicians", profile.HealthTechnicians, "healthTechnicians", "engineering technicians as % of health technicians", 100m),
            ProfileMeasure.NurseShareOfHealthTechnicians => Ratio(profile.RegisteredNurses, "registeredNurses", "registered nurses", profile.HealthTechnicians, "healthTechnicians", "nurses as % of health technicians", 100m),
            ProfileMeasure.ClinicalDietitians => Direct(profile.ClinicalDietitians, "clinicalDietitians", "clinical dietitians", "clinical dietitians"),
            ProfileMeasure.YearsAtCurrentGrade => Direct(profile.YearsAtCurrentGrade, "yearsAtCurrentGrade", "years at the current grade", "years"),
            ProfileMeasure.AverageLengthOfStay => Direct(profile.AverageLengthOfStay, "averageLengthOfStay", "average length of stay (days)", "days"),
            ProfileMeasure.BedOccupancyRate => Direct(profile.BedOccupancyRate, "bedOccupancyRate", "bed occupancy (%)", "percentage points"),
            ProfileMeasure.SeniorDepartmentHeadShare => Direct(profile.SeniorDepartmentHeadShare, "seniorDepartmentHeadShare", "department heads with a senior title (%)", "percentage points"),
            ProfileMeasure.CollegeNurseShare => Direct(profile.CollegeNurseShare, "collegeNurseShare", "nurses with college education (%)", "percentage points"),
            ProfileMeasure.DepartmentBedShare => DepartmentBedShare(),
            ProfileMeasure.DepartmentPhysiciansPerBed => PerDepartmentBed("physicians", d => d.Physicians),
            ProfileMeasure.DepartmentNursesPerBed => PerDepartmentBed("nurses", d => d.Nurses),
            ProfileMeasure.DepartmentTherapistsPerBed => PerDepartmentBed("therapists", d => d.Therapists),
            _ => throw Preconditions.Unhandled(criterion.Measure),
        };
    }

    private static string Name(ClinicalSubjectCode code) =>
        ClinicalSubjectCatalogue.Baseline.TryGet(code, out var subject) ? $"{code} {subject.ChineseName}" : code.ToString();

    private static string N(decimal value) =>
        Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture);
}
