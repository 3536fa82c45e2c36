using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>The government tier a public hospital answers to (隶属关系 / 主管部门级别).</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum AdministrativeTier
{
    /// <summary>National (委属 / 国家级), such as a hospital of the National Health Commission.</summary>
    National = 0,

    /// <summary>Provincial (省属 / 省级).</summary>
    Provincial,

    /// <summary>Municipal, prefecture-level city (市属 / 地市级).</summary>
    Municipal,

    /// <summary>County or district (县属 / 县级).</summary>
    County,

    /// <summary>Township or street (乡镇 / 街道).</summary>
    Township,
}
