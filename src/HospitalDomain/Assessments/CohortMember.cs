using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Indicators;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>A hospital of a cohort: its id, its peer group and its evaluated indicators.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class CohortMember
{
    /// <summary>Creates a cohort member.</summary>
    /// <param name="entity">The hospital's id.</param>
    /// <param name="peerGroup">The peer group it is ranked in, such as 综合-三级.</param>
    /// <param name="evaluation">Its indicator results.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public CohortMember(string entity, string peerGroup, IndicatorEvaluation evaluation)
    {
        Entity = Preconditions.CheckNotBlank(entity);
        PeerGroup = Preconditions.CheckNotBlank(peerGroup);
        Evaluation = Preconditions.CheckNotNull(evaluation);
    }

    /// <summary>Gets the hospital's id.</summary>
    public string Entity { get; }

    /// <summary>Gets the peer group it is ranked in.</summary>
    public string PeerGroup { get; }

    /// <summary>Gets its indicator results.</summary>
    public IndicatorEvaluation Evaluation { get; }

    /// <summary>Returns "entity (peer group)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Entity} ({PeerGroup})";
}
