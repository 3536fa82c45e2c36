using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain;

/// <summary>
/// How well a fact shipped with the library (a catalogue item, an indicator formula, a grade
/// criterion) is established.
/// </summary>
/// <remarks>
/// Catalogues carry a status on every item so that a user can tell an official definition from
/// one the library believes but could not verify. Nothing <see cref="Unconfirmed"/> is presented as
/// official, and such items can be overridden by loading one's own data in the same JSON shape.
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum SourceStatus
{
    /// <summary>Taken from an official document (a 通知, 标准 or 手册) or a faithful repost of it.</summary>
    Official = 0,

    /// <summary>Agrees with the official scheme but was seen only in third-party material (training slides, vendor manuals, papers).</summary>
    Secondary = 1,

    /// <summary>Believed to be right but not verified against any source; treat as a default to be overridden.</summary>
    Unconfirmed = 2,
}
