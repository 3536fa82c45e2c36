using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>The kind of a target-responsibility agreement (目标责任书).</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum AgreementKind
{
    /// <summary>Comprehensive target management (综合目标管理责任书).</summary>
    ComprehensiveTargets = 0,

    /// <summary>Tenure targets (任期目标责任书).</summary>
    TenureTargets,

    /// <summary>Work safety and fire prevention (安全生产（消防）综合治理目标管理责任书).</summary>
    WorkSafety,

    /// <summary>Party conduct and integrity, or supervision of strict party governance (党风廉政建设责任书 / 全面从严治党监督责任书).</summary>
    PartyConduct,

    /// <summary>Medical quality and safety (医疗质量安全责任书).</summary>
    MedicalQualitySafety,
}
