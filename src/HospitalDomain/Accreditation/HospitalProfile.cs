using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Departments;
using HospitalDomain.Serialization;

namespace HospitalDomain.Accreditation;

/// <summary>What a grade check needs to know about a hospital: beds, staff by category, areas, outpatient volume, departments with their beds and staff, years at the current grade and the answers to evidence items.</summary>
/// <remarks>
/// Every input is optional: a criterion whose input is missing is reported not assessable, naming the input, rather than failing. Inputs that cannot be true are rejected at construction with a message naming the field: negative figures, more ward nurses than nurses, more physicians or nurses than health technicians, two departments covering the same subject.
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class HospitalProfile
{
    /// <summary>Creates a hospital profile.</summary>
    /// <param name="approvedBeds">Approved beds (编制床位).</param>
    /// <param name="openBeds">Open beds (实际开放床位).</param>
    /// <param name="healthTechnicians">Health technicians (卫生技术人员).</param>
    /// <param name="physicians">Physicians (执业（助理）医师).</param>
    /// <param name="registeredNurses">Registered nurses (注册护士).</param>
    /// <param name="wardNurses">Ward nurses (病区护士), at most the registered nurses.</param>
    /// <param name="pharmacists">Pharmacists (药师).</param>
    /// <param name="engineeringTechnicians">Engineering technicians (工程技术人员).</param>
    /// <param name="clinicalDietitians">Clinical dietitians (临床营养师).</param>
    /// <param name="buildingArea">Building area, m².</param>
    /// <param name="wardNetArea">Net ward area, m².</param>
    /// <param name="outpatientArea">Outpatient building area, m².</param>
    /// <param name="averageDailyOutpatientVisits">Average daily outpatient visits.</param>
    /// <param name="yearsAtCurrentGrade">Years at the currently approved grade.</param>
    /// <param name="averageLengthOfStay">Average length of stay, days.</param>
    /// <param name="bedOccupancyRate">Bed occupancy, per cent.</param>
    /// <param name="seniorDepartmentHeadShare">Clinical department heads with a senior title, per cent (0–100).</param>
    /// <param name="collegeNurseShare">Nurses with college education or above, per cent (0–100).</param>
    /// <param name="departments">The departments present; no two may cover the same subject.</param>
    /// <param name="answers">Answers to evidence items; one per item.</param>
    /// <exception cref="ArgumentOutOfRangeException">A figure is negative.</exception>
    /// <exception cref="ArgumentException">Figures contradict each other, a percentage exceeds 100, two departments cover one subject, or an item is answered twice.</exception>
    public HospitalProfile(decimal? approvedBeds = null, decimal? openBeds = null, decimal? healthTechnicians = null, decimal? physicians = null, decimal? registeredNurses = null, decimal? wardNurses = null, decimal? pharmacists = null, decimal? engineeringTechnicians = null, decimal? clinicalDietitians = null, decimal? buildingArea = null, decimal? wardNetArea = null, decimal? outpatientArea = null, decimal? averageDailyOutpatientVisits = null, decimal? yearsAtCurrentGrade = null, decimal? averageLengthOfStay = null, decimal? bedOccupancyRate = null, decimal? seniorDepartmentHeadShare = null, decimal? collegeNurseShare = null, IEnumerable<DepartmentResources>? departments = null, IEnumerable<EvidenceAnswer>? answers = null)
    {
        ApprovedBeds = approvedBeds;
        OpenBeds = openBeds;
        HealthTechnicians = healthTechnicians;
        Physicians = physicians;
        RegisteredNurses = registeredNurses;
        WardNurses = wardNurses;
        Pharmacists = pharmacists;
        EngineeringTechnicians = engineeringTechnicians;
        ClinicalDietitians = clinicalDietitians;
        BuildingArea = buildingArea;
        WardNetArea = wardNetArea;
        OutpatientArea = outpatientArea;
        AverageDailyOutpatientVisits = averageDailyOutpatientVisits;
        YearsAtCurrentGrade = yearsAtCurrentGrade;
        AverageLengthOfStay = averageLengthOfStay;
        BedOccupancyRate = bedOccupancyRate;
        SeniorDepartmentHeadShare = seniorDepartmentHeadShare;
        CollegeNurseShare = collegeNurseShare;
        Departments = ImmutableArrayEquality.ToImmutableOrEmpty(departments);
        foreach (var item in Departments)
        {
            Preconditions.CheckArgument(item is not null, nameof(departments), "departments must not contain null.");
        }
        Answers = ImmutableArrayEquality.ToImmutableOrEmpty(answers);
        foreach (var item in Answers)
        {
            Preconditions.CheckArgument(item is not null, nameof(answers), "answers must not contain null.");
        }
        if (ApprovedBeds is { } vApprovedBeds)
        {
            Preconditions.CheckNonNegative(vApprovedBeds, nameof(approvedBeds));
        }
        if (OpenBeds is { } vOpenBeds)
        {
            Preconditions.CheckNonNegative(vOpenBeds, nameof(openBeds));
        }
        if (HealthTechnicians is { } vHealthTechnicians)
        {
            Preconditions.CheckNonNegative(vHealthTechnicians, nameof(healthTechnicians));
        }
        if (Physicians is { } vPhysicians)
        {
            Preconditions.CheckNonNegative(vPhysicians, nameof(physicians));
        }
        if (RegisteredNurses is { } vRegisteredNurses)
        {
            Preconditions.CheckNonNegative(vRegisteredNurses, nameof(registeredNurses));
        }
        if (WardNurses is { } vWardNurses)
        {
            Preconditions.CheckNonNegative(vWardNurses, nameof(wardNurses));
        }
        if (Pharmacists is { } vPharmacists)
        {
            Preconditions.CheckNonNegative(vPharmacists, nameof(pharmacists));
        }
        if (EngineeringTechnicians is { } vEngineeringTechnicians)
        {
            Preconditions.CheckNonNegative(vEngineeringTechnicians, nameof(engineeringTechnicians));
        }
        if (ClinicalDietitians is { } vClinicalDietitians)
        {
            Preconditions.CheckNonNegative(vClinicalDietitians, nameof(clinicalDietitians));
        }
        if (BuildingArea is { } vBuildingArea)
        {
            Preconditions.CheckNonNegative(vBuildingArea, nameof(buildingArea));
        }
        if (WardNetArea is { } vWardNetArea)
        {
            Preconditions.CheckNonNegative(vWardNetArea, nameof(wardNetArea));
        }
        if (OutpatientArea is { } vOutpatientArea)
        {
            Preconditions.CheckNonNegative(vOutpatientArea, nameof(outpatientArea));
        }
        if (AverageDailyOutpatientVisits is { } vAverageDailyOutpatientVisits)
        {
            Preconditions.CheckNonNegative(vAverageDailyOutpatientVisits, nameof(averageDailyOutpatientVisits));
        }
        if (YearsAtCurrentGrade is { } vYearsAtCurrentGrade)
        {
            Preconditions.CheckNonNegative(vYearsAtCurrentGrade, nameof(yearsAtCurrentGrade));
        }
        if (AverageLengthOfStay is { } vAverageLengthOfStay)
        {
            Preconditions.CheckNonNegative(vAverageLengthOfStay, nameof(averageLengthOfStay));
        }
        if (BedOccupancyRate is { } vBedOccupancyRate)
        {
            Preconditions.CheckNonNegative(vBedOccupancyRate, nameof(bedOccupancyRate));
        }
        if (SeniorDepartmentHeadShare is { } vSeniorDepartmentHeadShare)
        {
            Preconditions.CheckNonNegative(vSeniorDepartmentHeadShare, nameof(seniorDepartmentHeadShare));
        }
        if (CollegeNurseShare is { } vCollegeNurseShare)
        {
            Preconditions.CheckNonNegative(vCollegeNurseShare, nameof(collegeNurseShare));
        }
        if (WardNurses is { } ward && RegisteredNurses is { } nurses && ward > nurses)
        {
            Preconditions.ThrowArgument(nameof(wardNurses), $"wardNurses ({ward}) must not exceed registeredNurses ({nurses}).");
        }
        if (HealthTechnicians is { } technicians)
        {
            if (Physicians is { } p && p > technicians)
            {
                Preconditions.ThrowArgument(nameof(physicians), $"physicians ({p}) must not exceed healthTechnicians ({technicians}).");
            }

            if (RegisteredNurses is { } n && n > technicians)
            {
                Preconditions.ThrowArgument(nameof(registeredNurses), $"registeredNurses ({n}) must not exceed healthTechnicians ({technicians}).");
            }
        }
        foreach (var (share, field) in new[] { (SeniorDepartmentHeadShare, nameof(seniorDepartmentHeadShare)), (CollegeNurseShare, nameof(collegeNurseShare)) })
        {
            if (share > 100)
            {
                Preconditions.ThrowArgument(field, $"{field} is a percentage and must not exceed 100, was {share}.");
            }
        }
        Preconditions.CheckNoDuplicates(Departments.SelectMany(d => d.Subjects), s => s, nameof(departments), "subject");
        Preconditions.CheckNoDuplicates(Answers, a => a.ItemId, nameof(answers), "answer to");
    }

    /// <summary>Gets approved beds (编制床位).</summary>
    public decimal? ApprovedBeds { get; }

    /// <summary>Gets open beds (实际开放床位).</summary>
    public decimal? OpenBeds { get; }

    /// <summary>Gets health technicians.</summary>
    public decimal? HealthTechnicians { get; }

    /// <summary>Gets physicians.</summary>
    public decimal? Physicians { get; }

    /// <summary>Gets registered nurses.</summary>
    public decimal? RegisteredNurses { get; }

    /// <summary>Gets ward nurses.</summary>
    public decimal? WardNurses { get; }

    /// <summary>Gets pharmacists.</summary>
    public decimal? Pharmacists { get; }

    /// <summary>Gets engineering technicians.</summary>
    public decimal? EngineeringTechnicians { get; }

    /// <summary>Gets clinical dietitians.</summary>
    public decimal? ClinicalDietitians { get; }

    /// <summary>Gets the building area, m².</summary>
    public decimal? BuildingArea { get; }

    /// <summary>Gets the net ward area, m².</summary>
    public decimal? WardNetArea { get; }

    /// <summary>Gets the outpatient building area, m².</summary>
    public decimal? OutpatientArea { get; }

    /// <summary>Gets the average daily outpatient visits.</summary>
    public decimal? AverageDailyOutpatientVisits { get; }

    /// <summary>Gets the years at the currently approved grade.</summary>
    public decimal? YearsAtCurrentGrade { get; }

    /// <summary>Gets the average length of stay, days.</summary>
    public decimal? AverageLengthOfStay { get; }

    /// <summary>Gets the bed occupancy, per cent.</summary>
    public decimal? BedOccupancyRate { get; }

    /// <summary>Gets the share of clinical department heads with a senior title, per cent.</summary>
    public decimal? SeniorDepartmentHeadShare { get; }

    /// <summary>Gets the share of nurses with college education or above, per cent.</summary>
    public decimal? CollegeNurseShare { get; }

    /// <summary>Gets the departments present.</summary>
    public ImmutableArray<DepartmentResources> Departments { get; }

    /// <summary>Gets the answers to evidence items.</summary>
    public ImmutableArray<EvidenceAnswer> Answers { get; }

    /// <summary>Gets the department that covers <paramref name="subject"/>, or null.</summary>
    /// <param name="subject">The clinical subject.</param>
    /// <returns>The department, or null.</returns>
    public DepartmentResources? DepartmentFor(ClinicalSubjectCode subject) => Departments.FirstOrDefault(d => d.Subjects.Contains(subject));

    /// <summary>Returns "profile: n beds, m health technicians".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"profile: {OpenBeds?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} beds, {HealthTechnicians?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} health technicians";
}
