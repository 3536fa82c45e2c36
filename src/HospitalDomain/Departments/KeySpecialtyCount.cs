using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Departments;

/// <summary>
/// Key specialties a report gives as a count without names: 七大专科通过省级重点专科验收 (7, provincial),
/// 新增3个重点专科 (3), with the level, programme and stage where the report states them.
/// </summary>
/// <remarks>Equality compares every property.</remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class KeySpecialtyCount
{
    /// <summary>Creates a count of key specialties.</summary>
    /// <param name="count">The number of specialties, at least 1.</param>
    /// <param name="programme">The programme, or null when not stated.</param>
    /// <param name="level">The level, or null when not stated.</param>
    /// <param name="stage">The stage, or null when not stated.</param>
    /// <param name="description">What the report says of them, such as 通过省级重点专科验收; or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1, or an enumeration value is not defined.</exception>
    public KeySpecialtyCount(int count, KeySpecialtyProgramme? programme = null, KeySpecialtyLevel? level = null, KeySpecialtyStage? stage = null, string? description = null)
    {
        Count = Preconditions.CheckRange(count, 1, int.MaxValue);
        Programme = Preconditions.CheckDefined(programme);
        Level = Preconditions.CheckDefined(level);
        Stage = Preconditions.CheckDefined(stage);
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }

    /// <summary>Gets the number of specialties.</summary>
    public int Count { get; }

    /// <summary>Gets the programme, or null when not stated.</summary>
    public KeySpecialtyProgramme? Programme { get; }

    /// <summary>Gets the level, or null when not stated.</summary>
    public KeySpecialtyLevel? Level { get; }

    /// <summary>Gets the stage, or null when not stated.</summary>
    public KeySpecialtyStage? Stage { get; }

    /// <summary>Gets what the report says of them, or null.</summary>
    public string? Description { get; }

    /// <summary>Returns "n key specialties (description)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Count} key specialties{(Description is null ? string.Empty : $" ({Description})")}";
}
