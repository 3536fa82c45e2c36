using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Commendations;

/// <summary>Who receives a commendation: a department or unit, or a person with their department and role.</summary>
[JsonConverter(typeof(CommendationRecipientJsonConverter))]
public sealed class CommendationRecipient : IEquatable<CommendationRecipient>
{
    /// <summary>Creates a recipient.</summary>
    /// <param name="name">The department's or person's name.</param>
    /// <param name="department">For a person, their department; null for a collective.</param>
    /// <param name="role">For a person, their role, such as 科主任 or 护士长; or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public CommendationRecipient(string name, string? department = null, string? role = null)
    {
        Name = Preconditions.CheckNotBlank(name);
        Department = string.IsNullOrWhiteSpace(department) ? null : department.Trim();
        Role = string.IsNullOrWhiteSpace(role) ? null : role.Trim();
    }

    /// <summary>Gets the department's or person's name.</summary>
    public string Name { get; }

    /// <summary>Gets a person's department, or null.</summary>
    public string? Department { get; }

    /// <summary>Gets a person's role, or null.</summary>
    public string? Role { get; }

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(CommendationRecipient? left, CommendationRecipient? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(CommendationRecipient? left, CommendationRecipient? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(CommendationRecipient? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Name, other.Name, StringComparison.Ordinal)
            && string.Equals(Department, other.Department, StringComparison.Ordinal)
            && string.Equals(Role, other.Role, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CommendationRecipient);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(Department, StringComparer.Ordinal);
        hash.Add(Role, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns "name (department, role)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Department is null && Role is null ? Name : $"{Name} ({string.Join(", ", new[] { Department, Role }.Where(s => s is not null))})";
}
