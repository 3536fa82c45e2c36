using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>A site of a hospital (院区), such as its main campus or a new branch campus.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class Campus
{
    /// <summary>Creates a campus.</summary>
    /// <param name="name">The name, such as 东院区.</param>
    /// <param name="address">The address, or null.</param>
    /// <param name="status">Whether the campus is in operation, under construction or planned.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public Campus(string name, string? address = null, CampusStatus status = default)
    {
        Name = Preconditions.CheckNotBlank(name);
        Address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        Status = Preconditions.CheckDefined(status);
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the address, or null when not stated.</summary>
    public string? Address { get; }

    /// <summary>Gets whether the campus is in operation, under construction or planned.</summary>
    public CampusStatus Status { get; }

    /// <summary>Returns the name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}
