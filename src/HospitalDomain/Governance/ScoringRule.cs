using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>How a target's points are scored from the actual figure.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum ScoringRule
{
    /// <summary>Full weight when the target is reached, nothing otherwise.</summary>
    AllOrNothing = 0,

    /// <summary>Linear between the floor (no points) and the target (full weight); nothing beyond the floor, full weight beyond the target.</summary>
    Linear,

    /// <summary>Linear from the floor as for Linear, and above the target rising on at the same rate up to the cap (a multiple of the weight, such as 1.2).</summary>
    Capped,
}
