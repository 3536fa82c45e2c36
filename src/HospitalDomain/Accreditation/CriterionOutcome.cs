using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Accreditation;

/// <summary>The outcome of checking one criterion against a profile.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum CriterionOutcome
{
    /// <summary>The criterion is met.</summary>
    Met = 0,

    /// <summary>The criterion is not met; the result says by how much.</summary>
    NotMet,

    /// <summary>An input the criterion needs is missing from the profile; the result names it.</summary>
    NotAssessable,

    /// <summary>An evidence item that has not been answered yet.</summary>
    NeedsEvidence,
}
