using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Commendations;

/// <summary>What a recipient is handed.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum AwardForm
{
    /// <summary>A certificate of honour (荣誉证书).</summary>
    Certificate = 0,

    /// <summary>A plaque (奖牌).</summary>
    Plaque,

    /// <summary>A medal (奖章).</summary>
    Medal,

    /// <summary>A silk banner (锦旗).</summary>
    Banner,

    /// <summary>A trophy or cup (奖杯).</summary>
    Trophy,

    /// <summary>A cash bonus (奖金).</summary>
    Bonus,
}
