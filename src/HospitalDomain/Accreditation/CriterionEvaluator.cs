using System.Globalization;
using HospitalDomain.Departments;
using HospitalDomain.Metrics;

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

    /// <summary>The figure a grade check reads for <paramref name="measure"/> (not a department measure), or null when an input is missing.</summary>
    internal static decimal? Figure(ProfileMeasure measure, HospitalProfile profile) => Measure(measure, null, profile).Actual;

    private static Measurement Measure(Criterion criterion, HospitalProfile profile) => Measure(criterion.Measure, criterion.Subject, profile);

    /// <summary>
    /// Reads a measure's figure from the profile's metrics: a figure itself, one metric per another
    /// (a shortfall in whole units of the numerator), or a quotient of two that is a figure in its own
    /// unit (the length of stay, the occupancy); missing inputs are named by metric code.
    /// </summary>
    private static Measurement Measure(ProfileMeasure? measure, ClinicalSubjectCode? subject, HospitalProfile profile)
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

        Measurement Ratio(decimal? numerator, string numeratorName, string? noun, decimal? basis, string basisName, string label, decimal scale = 1m)
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

        Measurement Per(Metric numerator, string noun, Metric basis, string label, decimal scale = 1m) =>
            Ratio(profile[numerator], numerator.Code, noun, profile[basis], basis.Code, label, scale);

        Measurement Quotient(Metric numerator, Metric basis, string label, string unit, decimal scale = 1m) =>
            Ratio(profile[numerator], numerator.Code, null, profile[basis], basis.Code, label, scale) with { ShortfallUnit = unit };

        Measurement Stated(Metric metric, string label, string unit) => Direct(profile[metric], metric.Code, label, unit);

        DepartmentResources? Department()
        {
            var department = profile.DepartmentFor(subject!.Value);
            if (department is null)
            {
                missing.Add($"department {Name(subject!.Value)}");
            }

            return department;
        }

        Measurement PerDepartmentBed(string staff, Func<DepartmentResources, decimal?> count)
        {
            var department = Department();
            var name = Name(subject!.Value);
            return Ratio(department is null ? null : count(department), $"{staff} of {subject}", $"{staff} in {name}", department?.Beds, $"beds of {subject}", $"{name} {staff} per bed");
        }

        Measurement DepartmentBedShare()
        {
            var department = Department();
            var name = Name(subject!.Value);
            return Ratio(department?.Beds, $"beds of {subject}", $"beds in {name}", profile[StandardMetrics.OpenBeds], StandardMetrics.OpenBeds.Code, $"{name} beds as % of open beds", 100m);
        }

        return measure switch
        {
            ProfileMeasure.OpenBeds => Stated(StandardMetrics.OpenBeds, "beds", "beds"),
            ProfileMeasure.ApprovedBeds => Stated(StandardMetrics.ApprovedBeds, "approved beds", "beds"),
            ProfileMeasure.HealthTechniciansPerBed => Per(StandardMetrics.HealthTechnicians, "health technicians", StandardMetrics.OpenBeds, "health technicians per bed"),
            ProfileMeasure.RegisteredNursesPerBed => Per(StandardMetrics.RegisteredNurses, "registered nurses", StandardMetrics.OpenBeds, "registered nurses per bed"),
            ProfileMeasure.WardNursesPerBed => Per(StandardMetrics.WardNurses, "ward nurses", StandardMetrics.OpenBeds, "ward nurses per bed"),
            ProfileMeasure.BuildingAreaPerBed => Per(StandardMetrics.BuildingArea, "m² of building area", StandardMetrics.OpenBeds, "building area per bed (m²)"),
            ProfileMeasure.WardNetAreaPerBed => Per(StandardMetrics.WardNetArea, "m² of net ward area", StandardMetrics.OpenBeds, "net ward area per bed (m²)"),
            ProfileMeasure.OutpatientAreaPerDailyVisit => Per(StandardMetrics.OutpatientArea, "m² of outpatient area", StandardMetrics.AverageDailyOutpatientVisits, "outpatient area per daily visit (m²)"),
            ProfileMeasure.EngineeringTechnicianShare => Per(StandardMetrics.EngineeringTechnicians, "engineering technicians", StandardMetrics.HealthTechnicians, "engineering technicians as % of health technicians", 100m),
            ProfileMeasure.NurseShareOfHealthTechnicians => Per(StandardMetrics.RegisteredNurses, "registered nurses", StandardMetrics.HealthTechnicians, "nurses as % of health technicians", 100m),
            ProfileMeasure.ClinicalDietitians => Stated(StandardMetrics.ClinicalDietitians, "clinical dietitians", "clinical dietitians"),
            ProfileMeasure.YearsAtCurrentGrade => Stated(StandardMetrics.YearsAtCurrentGrade, "years at the current grade", "years"),
            ProfileMeasure.AverageLengthOfStay => Quotient(StandardMetrics.DischargedPatientBedDays, StandardMetrics.Discharges, "average length of stay (days)", "days"),
            ProfileMeasure.BedOccupancyRate => Quotient(StandardMetrics.OccupiedBedDays, StandardMetrics.OpenBedDays, "bed occupancy (%)", "percentage points", 100m),
            ProfileMeasure.SeniorDepartmentHeadShare => Stated(StandardMetrics.SeniorDepartmentHeadShare, "department heads with a senior title (%)", "percentage points"),
            ProfileMeasure.CollegeNurseShare => Stated(StandardMetrics.CollegeNurseShare, "nurses with college education (%)", "percentage points"),
            ProfileMeasure.DepartmentBedShare => DepartmentBedShare(),
            ProfileMeasure.DepartmentPhysiciansPerBed => PerDepartmentBed("physicians", d => d.Physicians),
            ProfileMeasure.DepartmentNursesPerBed => PerDepartmentBed("nurses", d => d.Nurses),
            ProfileMeasure.DepartmentTherapistsPerBed => PerDepartmentBed("therapists", d => d.Therapists),
            _ => throw Preconditions.Unhandled(measure),
        };
    }

    private static string Name(ClinicalSubjectCode code) =>
        ClinicalSubjectCatalogue.Baseline.TryGet(code, out var subject) ? $"{code} {subject.ChineseName}" : code.ToString();

    private static string N(decimal value) =>
        Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture);
}
