using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Departments;

/// <summary>The level of a key-specialty programme.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum KeySpecialtyLevel
{
    /// <summary>National (国家级).</summary>
    National = 0,

    /// <summary>Provincial (省级).</summary>
    Provincial,

    /// <summary>Municipal, prefecture-level city (市级 / 地市级).</summary>
    Municipal,

    /// <summary>County (县级).</summary>
    County,

    /// <summary>The hospital's own programme (院级).</summary>
    Hospital,
}
