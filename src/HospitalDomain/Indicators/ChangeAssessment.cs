using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Indicators;

/// <summary>Whether a change is for the better, judged by the indicator's direction.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum ChangeAssessment
{
    /// <summary>No change (持平).</summary>
    Unchanged = 0,

    /// <summary>Moved the way the direction calls better.</summary>
    Improved,

    /// <summary>Moved the other way.</summary>
    Worsened,

    /// <summary>The indicator is monitored only: the change is neither better nor worse.</summary>
    NotJudged,
}
