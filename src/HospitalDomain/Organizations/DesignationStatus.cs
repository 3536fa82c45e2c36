using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>Where a designation stands.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum DesignationStatus
{
    /// <summary>Granted (已获批 / 已授牌).</summary>
    Granted = 0,

    /// <summary>Being built towards (建设单位 / 创建中), such as a regional medical centre under construction.</summary>
    UnderConstruction,

    /// <summary>Applied for, awaiting review (申报中).</summary>
    Applied,

    /// <summary>Shortlisted or recommended, awaiting the final review (入围 / 推荐).</summary>
    Shortlisted,

    /// <summary>Passed a review or acceptance inspection (通过验收 / 复评).</summary>
    Accepted,
}
