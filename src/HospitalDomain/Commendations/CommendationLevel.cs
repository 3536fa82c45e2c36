using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Commendations;

/// <summary>The level of the body that grants a commendation.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum CommendationLevel
{
    /// <summary>The hospital itself (院级).</summary>
    Hospital = 0,

    /// <summary>A county (县级).</summary>
    County,

    /// <summary>A city (市级).</summary>
    Municipal,

    /// <summary>A province (省级).</summary>
    Provincial,

    /// <summary>The nation (国家级).</summary>
    National,
}
