using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>Whether a campus is in use.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum CampusStatus
{
    /// <summary>In operation (运行中).</summary>
    InOperation = 0,

    /// <summary>Under construction (在建).</summary>
    UnderConstruction,

    /// <summary>Planned (规划中).</summary>
    Planned,
}
