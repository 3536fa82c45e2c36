using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Accreditation;

/// <summary>What a criterion tests.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum CriterionKind
{
    /// <summary>A numeric threshold over the profile: a minimum and/or a maximum, both inclusive.</summary>
    Threshold = 0,

    /// <summary>A set of departments, by clinical subject code, that must be present, with the merges the standard allows.</summary>
    Departments,

    /// <summary>An evidence item a person answers yes or no (a document, a system, conformity with a plan).</summary>
    Evidence,
}
