using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>An institution in a medical group, such as the county people's hospital or a township health centre of a county medical community.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class MemberInstitution
{
    /// <summary>Creates a member institution.</summary>
    /// <param name="name">The name, such as 平头镇中心卫生院.</param>
    /// <param name="role">The role in the group.</param>
    /// <param name="category">The WS 218 category, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public MemberInstitution(string name, MemberRole role, HospitalCategory? category = null)
    {
        Name = Preconditions.CheckNotBlank(name);
        Role = Preconditions.CheckDefined(role);
        Category = category;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the role in the group.</summary>
    public MemberRole Role { get; }

    /// <summary>Gets the WS 218 category, or null when not stated.</summary>
    public HospitalCategory? Category { get; }

    /// <summary>Returns the name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}
