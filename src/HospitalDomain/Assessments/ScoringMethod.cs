using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>How an indicator's result is turned into points.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum ScoringMethod
{
    /// <summary>Threshold bands: the points of the best band whose threshold the value reaches (direction-aware).</summary>
    Bands = 0,

    /// <summary>Linear between a floor (no points) and a target (full weight), direction-aware.</summary>
    Linear,

    /// <summary>The percentile rank within the peer group × the weight; lower-is-better indicators rank in reverse.</summary>
    PercentileRank,

    /// <summary>Full weight when the value reaches the threshold (direction-aware), none otherwise.</summary>
    PassFail,

    /// <summary>A qualitative indicator: the points given for it in the scheme's answers; none when unanswered.</summary>
    Qualitative,
}
