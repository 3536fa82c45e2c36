using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>A group of medical institutions run together: a medical group (医疗集团), a county medical community (医共体), a medical alliance (医联体) or a specialty alliance.</summary>
/// <remarks>
/// A report often names the lead hospital and states how many members of a kind there are without naming them all: "the group's 24 township health centres". <see cref="StatedCounts"/> keeps such counts; <see cref="CountOf"/> gives, per role, the larger of the stated count and the members named.
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class MedicalGroup
{
    /// <summary>Creates a medical group.</summary>
    /// <param name="name">The name, such as 寿阳县医疗集团.</param>
    /// <param name="kind">The kind of group.</param>
    /// <param name="members">The members named, lead first; names must be distinct.</param>
    /// <param name="statedCounts">Stated numbers of members by role; one per role.</param>
    /// <param name="established">The year the group was formed, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, two members share a name or two stated counts a role.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="established"/> is outside 1900 to 9999, or <paramref name="kind"/> is not a defined value.</exception>
    public MedicalGroup(string name, MedicalGroupKind kind, IEnumerable<MemberInstitution>? members = null, IEnumerable<MemberCount>? statedCounts = null, int? established = null)
    {
        Name = Preconditions.CheckNotBlank(name);
        Kind = Preconditions.CheckDefined(kind);
        Members = ImmutableArrayEquality.ToImmutableOrEmpty(members);
        foreach (var item in Members)
        {
            Preconditions.CheckArgument(item is not null, nameof(members), "members must not contain null.");
        }
        StatedCounts = ImmutableArrayEquality.ToImmutableOrEmpty(statedCounts);
        foreach (var item in StatedCounts)
        {
            Preconditions.CheckArgument(item is not null, nameof(statedCounts), "statedCounts must not contain null.");
        }
        Established = established;
        Preconditions.CheckNoDuplicates(Members, m => m.Name, nameof(members), "member");
        Preconditions.CheckNoDuplicates(StatedCounts, c => c.Role, nameof(statedCounts), "stated count for role");
        if (Established is { } year)
        {
            Preconditions.CheckRange(year, 1900, 9999, nameof(established));
        }
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the kind of group.</summary>
    public MedicalGroupKind Kind { get; }

    /// <summary>Gets the members named.</summary>
    public ImmutableArray<MemberInstitution> Members { get; }

    /// <summary>Gets the stated numbers of members by role.</summary>
    public ImmutableArray<MemberCount> StatedCounts { get; }

    /// <summary>Gets the year the group was formed, or null when not stated.</summary>
    public int? Established { get; }

    /// <summary>Gets the lead institution (牵头单位), or null when none is named.</summary>
    public MemberInstitution? Lead => Members.FirstOrDefault(m => m.Role == MemberRole.Lead);

    /// <summary>Gets the number of members with <paramref name="role"/>: the stated count, or the members named if more.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The number of members.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined value.</exception>
    public int CountOf(MemberRole role)
    {
        Preconditions.CheckDefined(role);
        var named = Members.Count(m => m.Role == role);
        var stated = StatedCounts.Where(c => c.Role == role).Select(c => c.Count).FirstOrDefault();
        return Math.Max(named, stated);
    }

    /// <summary>Returns the name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}
