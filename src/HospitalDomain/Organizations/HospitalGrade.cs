using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>The grade of a hospital within its level (医院等级·等).</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum HospitalGrade
{
    /// <summary>Not rated within the level (未评 / 未定等).</summary>
    Unrated = 0,

    /// <summary>Grade A (甲等), the highest ordinary grade.</summary>
    A = 1,

    /// <summary>Grade B (乙等).</summary>
    B = 2,

    /// <summary>Grade C (丙等).</summary>
    C = 3,

    /// <summary>Special grade (特等), defined for tertiary hospitals only.</summary>
    Special = 4,
}
