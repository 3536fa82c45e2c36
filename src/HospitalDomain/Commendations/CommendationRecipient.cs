using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Commendations;

/// <summary>Who receives a commendation: a department or unit, or a person with their department and role.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class CommendationRecipient
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

    /// <summary>Returns "name (department, role)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Department is null && Role is null ? Name : $"{Name} ({string.Join(", ", new[] { Department, Role }.Where(s => s is not null))})";
}
