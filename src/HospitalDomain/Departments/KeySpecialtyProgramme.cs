using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Departments;

/// <summary>The programme that recognises a key specialty.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum KeySpecialtyProgramme
{
    /// <summary>Clinical key specialty (临床重点专科), the western-medicine programme of the health commissions (国家临床重点专科建设项目 since 2010).</summary>
    ClinicalKeySpecialty = 0,

    /// <summary>TCM key specialty (中医重点专科 / 重点中医专科), the programme of the administrations of traditional Chinese medicine.</summary>
    TcmKeySpecialty,

    /// <summary>TCM advantage specialty (中医优势专科).</summary>
    TcmAdvantageSpecialty,

    /// <summary>Regional TCM (specialty) diagnosis and treatment centre (区域中医（专科）诊疗中心).</summary>
    RegionalTcmCentre,

    /// <summary>Premium specialty (精品专科), a title some cities and hospitals award.</summary>
    PremiumSpecialty,

    /// <summary>Key discipline (重点学科), an academic programme.</summary>
    KeyDiscipline,
}
