using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Indicators;

/// <summary>Where an indicator's data comes from in the national assessment.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum IndicatorDataSource
{
    /// <summary>The inpatient medical record front page (病案首页).</summary>
    MedicalRecordFrontPage = 0,

    /// <summary>Filled in by the hospital (填报).</summary>
    Reported,

    /// <summary>The financial annual report (财务年报).</summary>
    Financial,

    /// <summary>A national or provincial platform (平台).</summary>
    Platform,

    /// <summary>The national satisfaction survey platform (满意度调查平台).</summary>
    SatisfactionSurvey,
}
