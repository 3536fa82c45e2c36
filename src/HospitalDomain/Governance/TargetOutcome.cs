using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>The outcome of one target.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum TargetOutcome
{
    /// <summary>The target is reached: full weight (or more under a capped rule).</summary>
    Reached = 0,

    /// <summary>Between floor and target: part of the weight.</summary>
    Partial,

    /// <summary>Not reached: no points.</summary>
    Missed,

    /// <summary>No actual figure was given for the target; it scores nothing and its weight is reported apart.</summary>
    NotAssessable,
}
