using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>The kind of a hospital meeting.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum ConferenceKind
{
    /// <summary>An annual work review and commendation conference (年度工作总结暨表彰大会).</summary>
    AnnualReviewAndCommendation = 0,

    /// <summary>An annual review and planning conference (年度总结暨工作部署大会).</summary>
    AnnualReviewAndPlanning,

    /// <summary>A workers' congress (职工代表大会).</summary>
    WorkersCongress,

    /// <summary>A medical work conference (医疗工作会议).</summary>
    MedicalWorkConference,

    /// <summary>A party conduct and integrity conference (党风廉政建设会议).</summary>
    PartyConductConference,

    /// <summary>A general work conference (工作会议).</summary>
    WorkConference,
}
