using System.Text.Json.Serialization;

namespace HospitalDomain.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for every public type of the library, for use
/// under trimming and native AOT: <c>JsonSerializer.Serialize(value, HospitalDomainJsonContext.Default.Hospital)</c>.
/// </summary>
[JsonSourceGenerationOptions(
    WriteIndented = false,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(LocalDateJsonConverter)])]
[JsonSerializable(typeof(ReportingPeriod))]
[JsonSerializable(typeof(ReportingPeriodKind))]
[JsonSerializable(typeof(Ratio))]
[JsonSerializable(typeof(ChineseNumber))]
[JsonSerializable(typeof(ChineseNumberQualifier))]
[JsonSerializable(typeof(SourceStatus))]
[JsonSerializable(typeof(HospitalDomain.Indicators.IndicatorDirection))]
[JsonSerializable(typeof(HospitalDomain.Organizations.UnifiedSocialCreditCode))]
[JsonSerializable(typeof(HospitalDomain.Organizations.OrganizationCode))]
[JsonSerializable(typeof(HospitalDomain.Organizations.CodeValidationResult))]
[JsonSerializable(typeof(HospitalDomain.Organizations.CodeValidationError))]
[JsonSerializable(typeof(HospitalDomain.Organizations.HospitalCategory))]
[JsonSerializable(typeof(HospitalDomain.Organizations.HospitalLevel))]
[JsonSerializable(typeof(HospitalDomain.Organizations.HospitalGrade))]
[JsonSerializable(typeof(HospitalDomain.Organizations.HospitalRating))]
[JsonSerializable(typeof(HospitalDomain.Organizations.ManagementType))]
[JsonSerializable(typeof(HospitalDomain.Organizations.Ownership))]
[JsonSerializable(typeof(HospitalDomain.Organizations.AdministrativeTier))]
[JsonSerializable(typeof(HospitalDomain.Organizations.AffiliationKind))]
[JsonSerializable(typeof(HospitalDomain.Organizations.DesignationStatus))]
[JsonSerializable(typeof(HospitalDomain.Organizations.CampusStatus))]
[JsonSerializable(typeof(HospitalDomain.Organizations.MedicalGroupKind))]
[JsonSerializable(typeof(HospitalDomain.Organizations.MemberRole))]
[JsonSerializable(typeof(HospitalDomain.Organizations.HospitalIdentifierKind))]
[JsonSerializable(typeof(HospitalDomain.Organizations.HospitalIdentifier))]
[JsonSerializable(typeof(HospitalDomain.Organizations.Affiliation))]
[JsonSerializable(typeof(HospitalDomain.Organizations.Designation))]
[JsonSerializable(typeof(HospitalDomain.Organizations.Campus))]
[JsonSerializable(typeof(HospitalDomain.Organizations.MemberInstitution))]
[JsonSerializable(typeof(HospitalDomain.Organizations.MemberCount))]
[JsonSerializable(typeof(HospitalDomain.Organizations.MedicalGroup))]
[JsonSerializable(typeof(HospitalDomain.Organizations.Hospital))]
[JsonSerializable(typeof(System.Collections.Immutable.ImmutableArray<HospitalDomain.Organizations.Hospital>))]
[JsonSerializable(typeof(System.Collections.Immutable.ImmutableArray<HospitalDomain.Organizations.MedicalGroup>))]
[JsonSerializable(typeof(HospitalDomain.Departments.ClinicalSubjectCode))]
[JsonSerializable(typeof(HospitalDomain.Departments.ClinicalSubject))]
[JsonSerializable(typeof(HospitalDomain.Departments.ClinicalSubjectCatalogue))]
[JsonSerializable(typeof(HospitalDomain.Departments.DepartmentKind))]
[JsonSerializable(typeof(HospitalDomain.Departments.Department))]
[JsonSerializable(typeof(HospitalDomain.Departments.KeySpecialtyLevel))]
[JsonSerializable(typeof(HospitalDomain.Departments.KeySpecialtyProgramme))]
[JsonSerializable(typeof(HospitalDomain.Departments.KeySpecialtyStage))]
[JsonSerializable(typeof(HospitalDomain.Departments.KeySpecialty))]
[JsonSerializable(typeof(System.Collections.Immutable.ImmutableArray<HospitalDomain.Departments.Department>))]
[JsonSerializable(typeof(System.Collections.Immutable.ImmutableArray<HospitalDomain.Departments.KeySpecialty>))]
public sealed partial class HospitalDomainJsonContext : JsonSerializerContext
{
}
