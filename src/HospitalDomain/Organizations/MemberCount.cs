using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>A stated number of members of one kind in a medical group, when not every member is named: "24 township health centres".</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class MemberCount
{
    /// <summary>Creates a member count.</summary>
    /// <param name="role">The role of the members counted.</param>
    /// <param name="count">How many, at least 1.</param>
    /// <param name="description">What the members are, such as 乡镇卫生院, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is outside 1 to 100,000.</exception>
    public MemberCount(MemberRole role, int count, string? description = null)
    {
        Role = Preconditions.CheckDefined(role);
        Count = count;
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        Preconditions.CheckRange(count, 1, 100_000, nameof(count));
    }

    /// <summary>Gets the role of the members counted.</summary>
    public MemberRole Role { get; }

    /// <summary>Gets how many members of the role the group has.</summary>
    public int Count { get; }

    /// <summary>Gets what the members are, such as 乡镇卫生院, or null.</summary>
    public string? Description { get; }

    /// <summary>Returns "24 乡镇卫生院" or "24 PrimaryCareMember".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Count} {Description ?? Role.ToString()}";
}
