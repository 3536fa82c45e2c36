using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>The level of a hospital (医院等级·级) under the 1989 grading scheme.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum HospitalLevel
{
    /// <summary>Not yet given a level (未定级).</summary>
    Unclassified = 0,

    /// <summary>Primary, level 1 (一级).</summary>
    Primary = 1,

    /// <summary>Secondary, level 2 (二级).</summary>
    Secondary = 2,

    /// <summary>Tertiary, level 3 (三级).</summary>
    Tertiary = 3,
}
