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

        return JsonObjectReading.Create("HospitalProfile", () => new HospitalProfile(
            approvedBeds: approvedBeds,
            openBeds: openBeds,
            healthTechnicians: healthTechnicians,
            physicians: physicians,
            registeredNurses: registeredNurses,
            wardNurses: wardNurses,
            pharmacists: pharmacists,
            engineeringTechnicians: engineeringTechnicians,
            clinicalDietitians: clinicalDietitians,
            buildingArea: buildingArea,
            wardNetArea: wardNetArea,
            outpatientArea: outpatientArea,
            averageDailyOutpatientVisits: averageDailyOutpatientVisits,
            yearsAtCurrentGrade: yearsAtCurrentGrade,
            averageLengthOfStay: averageLengthOfStay,
            bedOccupancyRate: bedOccupancyRate,
            seniorDepartmentHeadShare: seniorDepartmentHeadShare,
            collegeNurseShare: collegeNurseShare,
            departments: departments,
            answers: answers));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, HospitalProfile value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        JsonObjectReading.WriteOptional(writer, "approvedBeds", value.ApprovedBeds);
        JsonObjectReading.WriteOptional(writer, "openBeds", value.OpenBeds);
        JsonObjectReading.WriteOptional(writer, "healthTechnicians", value.HealthTechnicians);
        JsonObjectReading.WriteOptional(writer, "physicians", value.Physicians);
        JsonObjectReading.WriteOptional(writer, "registeredNurses", value.RegisteredNurses);
        JsonObjectReading.WriteOptional(writer, "wardNurses", value.WardNurses);
        JsonObjectReading.WriteOptional(writer, "pharmacists", value.Pharmacists);
        JsonObjectReading.WriteOptional(writer, "engineeringTechnicians", value.EngineeringTechnicians);
        JsonObjectReading.WriteOptional(writer, "clinicalDietitians", value.ClinicalDietitians);
        JsonObjectReading.WriteOptional(writer, "buildingArea", value.BuildingArea);
        JsonObjectReading.WriteOptional(writer, "wardNetArea", value.WardNetArea);
        JsonObjectReading.WriteOptional(writer, "outpatientArea", value.OutpatientArea);
        JsonObjectReading.WriteOptional(writer, "averageDailyOutpatientVisits", value.AverageDailyOutpatientVisits);
        JsonObjectReading.WriteOptional(writer, "yearsAtCurrentGrade", value.YearsAtCurrentGrade);
        JsonObjectReading.WriteOptional(writer, "averageLengthOfStay", value.AverageLengthOfStay);
        JsonObjectReading.WriteOptional(writer, "bedOccupancyRate", value.BedOccupancyRate);
        JsonObjectReading.WriteOptional(writer, "seniorDepartmentHeadShare", value.SeniorDepartmentHeadShare);
        JsonObjectReading.WriteOptional(writer, "collegeNurseShare", value.CollegeNurseShare);
        JsonObjectReading.WriteArray(writer, "departments", value.Departments, DepartmentResourcesJsonConverter.Instance, options);
        JsonObjectReading.WriteArray(writer, "answers", value.Answers, EvidenceAnswerJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
