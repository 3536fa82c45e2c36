using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>A title a hospital has been granted, such as 省级区域医疗中心 (provincial regional medical centre) or 国家中医住培基地 (national TCM residency training base), with the year granted.</summary>
/// <remarks>
/// Designations are free text because the titles are many and change; the name is the one the granting body uses. A designation still being applied for or built has a status other than <see cref="DesignationStatus.Granted"/>.
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class Designation
{
    /// <summary>Creates a designation.</summary>
    /// <param name="name">The title as granted, such as 省级区域医疗中心.</param>
    /// <param name="year">The year granted, or null.</param>
    /// <param name="grantedBy">The granting body, such as 国家中医药管理局, or null.</param>
    /// <param name="status">Whether the title is granted or still under construction, applied for or shortlisted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900 to 9999, or <paramref name="status"/> is not a defined value.</exception>
    public Designation(string name, int? year = null, string? grantedBy = null, DesignationStatus status = default)
    {
        Name = Preconditions.CheckNotBlank(name);
        Year = year;
        GrantedBy = string.IsNullOrWhiteSpace(grantedBy) ? null : grantedBy.Trim();
        Status = Preconditions.CheckDefined(status);
        if (Year is { } y)
        {
            Preconditions.CheckRange(y, 1900, 9999, nameof(year));
        }
    }

    /// <summary>Gets the title as granted.</summary>
    public string Name { get; }

    /// <summary>Gets the year the title was granted (or the application or construction began), or null when not stated.</summary>
    public int? Year { get; }

    /// <summary>Gets the granting body, or null when not stated.</summary>
    public string? GrantedBy { get; }

    /// <summary>Gets whether the title is granted or still in progress.</summary>
    public DesignationStatus Status { get; }

    /// <summary>Returns the name with the year, such as "省级区域医疗中心 (2022)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Year is { } y ? $"{Name} ({y})" : Name;
}
