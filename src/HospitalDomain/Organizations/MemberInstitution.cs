using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>An institution in a medical group, such as the county people's hospital or a township health centre of a county medical community.</summary>
[JsonConverter(typeof(MemberInstitutionJsonConverter))]
public sealed class MemberInstitution : IEquatable<MemberInstitution>
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

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(MemberInstitution? left, MemberInstitution? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(MemberInstitution? left, MemberInstitution? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(MemberInstitution? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Name, other.Name, StringComparison.Ordinal)
            && Role == other.Role
            && Equals(Category, other.Category)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MemberInstitution);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(Role);
        hash.Add(Category);
        return hash.ToHashCode();
    }

    /// <summary>Returns the name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}
