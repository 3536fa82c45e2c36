using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>Which way a report says a figure moved.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum ChangeDirection
{
    /// <summary>Up: 增长, 增加, 上升, 提高, 提升, 翻一番.</summary>
    Up = 0,

    /// <summary>Down: 下降, 减少, 降低, 缩短, 降至.</summary>
    Down,

    /// <summary>No change: 持平.</summary>
    Flat,

    /// <summary>The wording does not say which way (a garbled or contradictory verb such as 减增长, or 变化).</summary>
    Ambiguous,
}
