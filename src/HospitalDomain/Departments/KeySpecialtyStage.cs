using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Departments;

/// <summary>How far a specialty has come in a programme; a title simply held has no stage.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum KeySpecialtyStage
{
    /// <summary>Under construction as a programme unit (建设单位 / 建设项目).</summary>
    ConstructionUnit = 0,

    /// <summary>In cultivation, the stage before construction (培育项目 / 培育单位).</summary>
    Cultivation,

    /// <summary>Passed the acceptance review at the end of construction (已验收 / 通过验收).</summary>
    Accepted,

    /// <summary>Recommended or shortlisted, awaiting the final review (推荐 / 入围).</summary>
    Shortlisted,

    /// <summary>Applied for, awaiting review (申报中).</summary>
    Applied,
}
