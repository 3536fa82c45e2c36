using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Accreditation;
using HospitalDomain.Departments;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="HospitalProfile"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class HospitalProfileJsonConverter : JsonConverter<HospitalProfile>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static HospitalProfileJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override HospitalProfile Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        decimal? approvedBeds = null;
        decimal? openBeds = null;
        decimal? healthTechnicians = null;
        decimal? physicians = null;
        decimal? registeredNurses = null;
        decimal? wardNurses = null;
        decimal? pharmacists = null;
        decimal? engineeringTechnicians = null;
        decimal? clinicalDietitians = null;
        decimal? buildingArea = null;
        decimal? wardNetArea = null;
        decimal? outpatientArea = null;
        decimal? averageDailyOutpatientVisits = null;
        decimal? yearsAtCurrentGrade = null;
        decimal? averageLengthOfStay = null;
        decimal? bedOccupancyRate = null;
        decimal? seniorDepartmentHeadShare = null;
        decimal? collegeNurseShare = null;
        ImmutableArray<DepartmentResources> departments = [];
        ImmutableArray<EvidenceAnswer> answers = [];
        JsonObjectReading.ReadObject(ref reader, "HospitalProfile", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "approvedBeds":
                    approvedBeds = JsonReading.GetDecimal(ref r, "approvedBeds");
                    break;
                case "openBeds":
                    openBeds = JsonReading.GetDecimal(ref r, "openBeds");
                    break;
                case "healthTechnicians":
                    healthTechnicians = JsonReading.GetDecimal(ref r, "healthTechnicians");
                    break;
                case "physicians":
                    physicians = JsonReading.GetDecimal(ref r, "physicians");
                    break;
                case "registeredNurses":
                    registeredNurses = JsonReading.GetDecimal(ref r, "registeredNurses");
                    break;
                case "wardNurses":
                    wardNurses = JsonReading.GetDecimal(ref r, "wardNurses");
                    break;
                case "pharmacists":
                    pharmacists = JsonReading.GetDecimal(ref r, "pharmacists");
                    break;
                case "engineeringTechnicians":
                    engineeringTechnicians = JsonReading.GetDecimal(ref r, "engineeringTechnicians");
                    break;
                case "clinicalDietitians":
                    clinicalDietitians = JsonReading.GetDecimal(ref r, "clinicalDietitians");
                    break;
                case "buildingArea":
                    buildingArea = JsonReading.GetDecimal(ref r, "buildingArea");
                    break;
                case "wardNetArea":
                    wardNetArea = JsonReading.GetDecimal(ref r, "wardNetArea");
                    break;
                case "outpatientArea":
                    outpatientArea = JsonReading.GetDecimal(ref r, "outpatientArea");
                    break;
                case "averageDailyOutpatientVisits":
                    averageDailyOutpatientVisits = JsonReading.GetDecimal(ref r, "averageDailyOutpatientVisits");
                    break;
                case "yearsAtCurrentGrade":
                    yearsAtCurrentGrade = JsonReading.GetDecimal(ref r, "yearsAtCurrentGrade");
                    break;
                case "averageLengthOfStay":
                    averageLengthOfStay = JsonReading.GetDecimal(ref r, "averageLengthOfStay");
                    break;
                case "bedOccupancyRate":
                    bedOccupancyRate = JsonReading.GetDecimal(ref r, "bedOccupancyRate");
                    break;
                case "seniorDepartmentHeadShare":
                    seniorDepartmentHeadShare = JsonReading.GetDecimal(ref r, "seniorDepartmentHeadShare");
                    break;
                case "collegeNurseShare":
                    collegeNurseShare = JsonReading.GetDecimal(ref r, "collegeNurseShare");
                    break;
                case "departments":
                    departments = JsonObjectReading.GetArray(ref r, options, "departments", (ref Utf8JsonReader e, JsonSerializerOptions o) => DepartmentResourcesJsonConverter.Instance.Read(ref e, typeof(DepartmentResources), o));
                    break;
                case "answers":
                    answers = JsonObjectReading.GetArray(ref r, options, "answers", (ref Utf8JsonReader e, JsonSerializerOptions o) => EvidenceAnswerJsonConverter.Instance.Read(ref e, typeof(EvidenceAnswer), o));
                    break;
                default:
                    throw JsonReading.UnknownProperty("HospitalProfile", property);
            }
        });

        return JsonObjectReading.Create("HospitalProfile", () => new HospitalProfile(approvedBeds: approvedBeds, openBeds: openBeds, healthTechnicians: healthTechnicians, physicians: physicians, registeredNurses: registeredNurses, wardNurses: wardNurses, pharmacists: pharmacists, engineeringTechnicians: engineeringTechnicians, clinicalDietitians: clinicalDietitians, buildingArea: buildingArea, wardNetArea: wardNetArea, outpatientArea: outpatientArea, averageDailyOutpatientVisits: averageDailyOutpatientVisits, yearsAtCurrentGrade: yearsAtCurrentGrade, averageLengthOfStay: averageLengthOfStay, bedOccupancyRate: bedOccupancyRate, seniorDepartmentHeadShare: seniorDepartmentHeadShare, collegeNurseShare: collegeNurseShare, departments: departments, answers: answers));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, HospitalProfile value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        if (value.ApprovedBeds is { } approvedBeds)
        {
            writer.WriteNumber("approvedBeds", approvedBeds);
        }
        if (value.OpenBeds is { } openBeds)
        {
            writer.WriteNumber("openBeds", openBeds);
        }
        if (value.HealthTechnicians is { } healthTechnicians)
        {
            writer.WriteNumber("healthTechnicians", healthTechnicians);
        }
        if (value.Physicians is { } physicians)
        {
            writer.WriteNumber("physicians", physicians);
        }
        if (value.RegisteredNurses is { } registeredNurses)
        {
            writer.WriteNumber("registeredNurses", registeredNurses);
        }
        if (value.WardNurses is { } wardNurses)
        {
            writer.WriteNumber("wardNurses", wardNurses);
        }
        if (value.Pharmacists is { } pharmacists)
        {
            writer.WriteNumber("pharmacists", pharmacists);
        }
        if (value.EngineeringTechnicians is { } engineeringTechnicians)
        {
            writer.WriteNumber("engineeringTechnicians", engineeringTechnicians);
        }
        if (value.ClinicalDietitians is { } clinicalDietitians)
        {
            writer.WriteNumber("clinicalDietitians", clinicalDietitians);
        }
        if (value.BuildingArea is { } buildingArea)
        {
            writer.WriteNumber("buildingArea", buildingArea);
        }
        if (value.WardNetArea is { } wardNetArea)
        {
            writer.WriteNumber("wardNetArea", wardNetArea);
        }
        if (value.OutpatientArea is { } outpatientArea)
        {
            writer.WriteNumber("outpatientArea", outpatientArea);
        }
        if (value.AverageDailyOutpatientVisits is { } averageDailyOutpatientVisits)
        {
            writer.WriteNumber("averageDailyOutpatientVisits", averageDailyOutpatientVisits);
        }
        if (value.YearsAtCurrentGrade is { } yearsAtCurrentGrade)
        {
            writer.WriteNumber("yearsAtCurrentGrade", yearsAtCurrentGrade);
        }
        if (value.AverageLengthOfStay is { } averageLengthOfStay)
        {
            writer.WriteNumber("averageLengthOfStay", averageLengthOfStay);
        }
        if (value.BedOccupancyRate is { } bedOccupancyRate)
        {
            writer.WriteNumber("bedOccupancyRate", bedOccupancyRate);
        }
        if (value.SeniorDepartmentHeadShare is { } seniorDepartmentHeadShare)
        {
            writer.WriteNumber("seniorDepartmentHeadShare", seniorDepartmentHeadShare);
        }
        if (value.CollegeNurseShare is { } collegeNurseShare)
        {
            writer.WriteNumber("collegeNurseShare", collegeNurseShare);
        }
        if (!value.Departments.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("departments");
            foreach (var item in value.Departments)
            {
                DepartmentResourcesJsonConverter.Instance.Write(writer, item, options);
            }
            writer.WriteEndArray();
        }
        if (!value.Answers.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("answers");
            foreach (var item in value.Answers)
            {
                EvidenceAnswerJsonConverter.Instance.Write(writer, item, options);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }
}
