using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>The kind of a hospital identifier other than the credit code and organization code.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum HospitalIdentifierKind
{
    /// <summary>The 22-character registration code of a medical institution (医疗机构登记号 / 卫生机构（组织）代码).</summary>
    MedicalInstitutionRegistration = 0,

    /// <summary>The number of the practice licence (医疗机构执业许可证登记号).</summary>
    PracticeLicence,

    /// <summary>The designated-institution code of the medical insurance system (定点医药机构编码), such as H41088200229.</summary>
    MedicalInsurance,

    /// <summary>A code assigned by a provincial platform.</summary>
    Provincial,

    /// <summary>A code of the hospital's own systems.</summary>
    Internal,
}
