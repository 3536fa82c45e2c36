using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>How a hospital is linked to a university or another institution.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum AffiliationKind
{
    /// <summary>A university's affiliated hospital (附属医院), directly or indirectly run by it.</summary>
    AffiliatedHospital = 0,

    /// <summary>A teaching hospital (教学医院) of a university.</summary>
    TeachingHospital,

    /// <summary>A clinical college (临床医学院) of a university.</summary>
    ClinicalCollege,

    /// <summary>A practice or internship base (实习基地) of a school.</summary>
    PracticeBase,

    /// <summary>A partner institution under a cooperation agreement (合作单位), such as a remote-consultation partner.</summary>
    PartnerInstitution,
}
