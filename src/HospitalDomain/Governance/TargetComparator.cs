using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>Which side of the target value is better.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum TargetComparator
{
    /// <summary>The actual figure should be at least the target (higher is better).</summary>
    AtLeast = 0,

    /// <summary>The actual figure should be at most the target (lower is better).</summary>
    AtMost,
}
