using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Accreditation;

/// <summary>A figure of a <see cref="HospitalProfile"/> that a threshold criterion tests: one of its metrics, or a ratio of two. Per-bed figures are per open bed (实际开放床位).</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum ProfileMeasure
{
    /// <summary>Open beds (实际开放床位数 / 住院床位).</summary>
    OpenBeds = 0,

    /// <summary>Approved beds (编制床位数).</summary>
    ApprovedBeds,

    /// <summary>Health technicians per bed (卫生技术人员 : 床).</summary>
    HealthTechniciansPerBed,

    /// <summary>Registered nurses per bed (护士 : 床, 床护比).</summary>
    RegisteredNursesPerBed,

    /// <summary>Ward nurses per bed (病区护士 : 床).</summary>
    WardNursesPerBed,

    /// <summary>Building area per bed, m² (每床建筑面积).</summary>
    BuildingAreaPerBed,

    /// <summary>Net ward area per bed, m² (病房每床净使用面积).</summary>
    WardNetAreaPerBed,

    /// <summary>Outpatient area per average daily visit, m² (日平均每门诊人次占门诊建筑面积).</summary>
    OutpatientAreaPerDailyVisit,

    /// <summary>Engineering technicians as a percentage of health technicians (工程技术人员占卫生技术人员比例).</summary>
    EngineeringTechnicianShare,

    /// <summary>Registered nurses as a percentage of health technicians (护士占卫生技术人员比例).</summary>
    NurseShareOfHealthTechnicians,

    /// <summary>Clinical dietitians (临床营养师人数).</summary>
    ClinicalDietitians,

    /// <summary>Years at the currently approved grade.</summary>
    YearsAtCurrentGrade,

    /// <summary>Average length of stay, days (平均住院日): discharged patients' bed-days per discharge, derived from the profile's figures.</summary>
    AverageLengthOfStay,

    /// <summary>Bed occupancy, per cent (床位使用率): occupied bed-days per 100 open bed-days, derived from the profile's figures.</summary>
    BedOccupancyRate,

    /// <summary>Clinical department heads with a senior title (正高), per cent.</summary>
    SeniorDepartmentHeadShare,

    /// <summary>Nurses with college (大专) education or above, per cent.</summary>
    CollegeNurseShare,

    /// <summary>A department's beds as a percentage of the hospital's open beds.</summary>
    DepartmentBedShare,

    /// <summary>A department's physicians per department bed.</summary>
    DepartmentPhysiciansPerBed,

    /// <summary>A department's nurses per department bed.</summary>
    DepartmentNursesPerBed,

    /// <summary>A department's therapists per department bed.</summary>
    DepartmentTherapistsPerBed,
}
