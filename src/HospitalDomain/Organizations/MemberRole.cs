using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>The role of an institution within a medical group.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum MemberRole
{
    /// <summary>The lead institution (牵头单位).</summary>
    Lead = 0,

    /// <summary>A core member (核心成员), such as the other county-level hospital of a county medical community.</summary>
    CoreMember,

    /// <summary>A member (成员单位).</summary>
    Member,

    /// <summary>A primary-care member: a township health centre or community health service centre (基层成员单位).</summary>
    PrimaryCareMember,

    /// <summary>A village clinic (村卫生室).</summary>
    VillageClinic,
}
