using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>Who signs an agreement with whom.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum AgreementParties
{
    /// <summary>The hospital and a department head (医院—科室).</summary>
    HospitalAndDepartment = 0,

    /// <summary>The health commission and the hospital (卫健委—医院).</summary>
    CommissionAndHospital,

    /// <summary>The party committee and a party branch or department (党委—支部).</summary>
    PartyCommitteeAndBranch,

    /// <summary>A medical group and a member institution (集团—成员单位).</summary>
    GroupAndMember,
}
