using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Commendations;

/// <summary>Whether a commendation goes to collectives (departments, units) or to individuals.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum RecipientKind
{
    /// <summary>Collectives: departments, wards, teams, branches (先进集体, 先进科室).</summary>
    Collective = 0,

    /// <summary>Individuals (先进个人, 优秀共产党员, 十佳医生).</summary>
    Individual,
}
