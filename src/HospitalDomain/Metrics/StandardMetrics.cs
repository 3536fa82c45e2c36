namespace HospitalDomain.Metrics;

/// <summary>
/// The most used metrics of <see cref="MetricCatalogue.Standard"/>, by name: those of the indicators
/// most often asked for, and every figure a grade check reads from a hospital profile.
/// </summary>
public static class StandardMetrics
{
    /// <summary>Gets outpatient and emergency visits (门急诊人次).</summary>
    public static Metric OutpatientEmergencyVisits => MetricCatalogue.Standard["outpatientEmergencyVisits"];

    /// <summary>Gets outpatient visits (门诊人次).</summary>
    public static Metric OutpatientVisits => MetricCatalogue.Standard["outpatientVisits"];

    /// <summary>Gets emergency visits (急诊人次).</summary>
    public static Metric EmergencyVisits => MetricCatalogue.Standard["emergencyVisits"];

    /// <summary>Gets average daily outpatient visits (日均门诊人次).</summary>
    public static Metric AverageDailyOutpatientVisits => MetricCatalogue.Standard["averageDailyOutpatientVisits"];

    /// <summary>Gets discharges (出院人次).</summary>
    public static Metric Discharges => MetricCatalogue.Standard["discharges"];

    /// <summary>Gets surgeries of discharged patients (出院患者手术台次).</summary>
    public static Metric Surgeries => MetricCatalogue.Standard["surgeries"];

    /// <summary>Gets level-4 surgeries (四级手术台次).</summary>
    public static Metric Level4Surgeries => MetricCatalogue.Standard["level4Surgeries"];

    /// <summary>Gets level-3 surgeries (三级手术台次).</summary>
    public static Metric Level3Surgeries => MetricCatalogue.Standard["level3Surgeries"];

    /// <summary>Gets minimally invasive surgeries (微创手术台次).</summary>
    public static Metric MinimallyInvasiveSurgeries => MetricCatalogue.Standard["minimallyInvasiveSurgeries"];

    /// <summary>Gets day surgeries (日间手术台次).</summary>
    public static Metric DaySurgeries => MetricCatalogue.Standard["daySurgeries"];

    /// <summary>Gets elective surgeries (择期手术台次).</summary>
    public static Metric ElectiveSurgeries => MetricCatalogue.Standard["electiveSurgeries"];

    /// <summary>Gets bed-days of discharged patients (出院者占用总床日数).</summary>
    public static Metric DischargedPatientBedDays => MetricCatalogue.Standard["dischargedPatientBedDays"];

    /// <summary>Gets occupied bed-days (实际占用总床日数).</summary>
    public static Metric OccupiedBedDays => MetricCatalogue.Standard["occupiedBedDays"];

    /// <summary>Gets open bed-days (实际开放总床日数).</summary>
    public static Metric OpenBedDays => MetricCatalogue.Standard["openBedDays"];

    /// <summary>Gets approved beds (编制床位数).</summary>
    public static Metric ApprovedBeds => MetricCatalogue.Standard["approvedBeds"];

    /// <summary>Gets open beds (实际开放床位数).</summary>
    public static Metric OpenBeds => MetricCatalogue.Standard["openBeds"];

    /// <summary>Gets the building area, m² (建筑面积).</summary>
    public static Metric BuildingArea => MetricCatalogue.Standard["buildingArea"];

    /// <summary>Gets the net ward area, m² (病房净使用面积).</summary>
    public static Metric WardNetArea => MetricCatalogue.Standard["wardNetArea"];

    /// <summary>Gets the outpatient building area, m² (门诊建筑面积).</summary>
    public static Metric OutpatientArea => MetricCatalogue.Standard["outpatientArea"];

    /// <summary>Gets health technicians (卫生技术人员数).</summary>
    public static Metric HealthTechnicians => MetricCatalogue.Standard["healthTechnicians"];

    /// <summary>Gets licensed physicians (执业（助理）医师数).</summary>
    public static Metric Physicians => MetricCatalogue.Standard["physicians"];

    /// <summary>Gets registered nurses (注册护士数).</summary>
    public static Metric RegisteredNurses => MetricCatalogue.Standard["registeredNurses"];

    /// <summary>Gets ward nurses (病区护士数), part of the registered nurses.</summary>
    public static Metric WardNurses => MetricCatalogue.Standard["wardNurses"];

    /// <summary>Gets pharmacists (药师数).</summary>
    public static Metric Pharmacists => MetricCatalogue.Standard["pharmacists"];

    /// <summary>Gets engineering technicians (工程技术人员数).</summary>
    public static Metric EngineeringTechnicians => MetricCatalogue.Standard["engineeringTechnicians"];

    /// <summary>Gets clinical dietitians (临床营养师数).</summary>
    public static Metric ClinicalDietitians => MetricCatalogue.Standard["clinicalDietitians"];

    /// <summary>Gets the clinical department heads with a senior (正高) title, per cent.</summary>
    public static Metric SeniorDepartmentHeadShare => MetricCatalogue.Standard["seniorDepartmentHeadShare"];

    /// <summary>Gets the nurses with college (大专) education or above, per cent.</summary>
    public static Metric CollegeNurseShare => MetricCatalogue.Standard["collegeNurseShare"];

    /// <summary>Gets the years at the currently approved grade.</summary>
    public static Metric YearsAtCurrentGrade => MetricCatalogue.Standard["yearsAtCurrentGrade"];

    /// <summary>Gets medical revenue (医疗收入).</summary>
    public static Metric MedicalRevenue => MetricCatalogue.Standard["medicalRevenue"];

    /// <summary>Gets drug revenue (药品收入).</summary>
    public static Metric DrugRevenue => MetricCatalogue.Standard["drugRevenue"];

    /// <summary>Gets consumables revenue (卫生材料收入).</summary>
    public static Metric ConsumablesRevenue => MetricCatalogue.Standard["consumablesRevenue"];
}
