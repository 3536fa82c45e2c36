using HospitalDomain.Organizations;

namespace HospitalDomain.EntityFrameworkCore.Schema;

/// <summary>A hospital in the ready schema (table <c>hospitals</c>): the key that metric values, results and records name, and what identifies it.</summary>
/// <remarks>
/// An EF Core entity: EF Core sets its init-only properties when it reads a row; equality is by
/// reference. <see cref="Id"/> is the entity of the hospital's metric sets, such as the organization
/// code ZZJGDM of its front pages.
/// </remarks>
public sealed class HospitalRow
{
    /// <summary>Gets the key (column <c>id</c>): the entity of the hospital's metric sets, such as its ZZJGDM.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the name (column <c>name</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the region (column <c>region</c>), such as a province or city, or null.</summary>
    public string? Region { get; init; }

    /// <summary>Gets the unified social credit code (统一社会信用代码, column <c>credit_code</c>), or null.</summary>
    public UnifiedSocialCreditCode? CreditCode { get; init; }

    /// <summary>Gets the organization code (组织机构代码, column <c>organization_code</c>), or null.</summary>
    public OrganizationCode? OrganizationCode { get; init; }

    /// <summary>Gets the level and grade (医院等级, column <c>rating</c>); 未定级 when not rated.</summary>
    public HospitalRating Rating { get; init; }

    /// <summary>Creates the row of <paramref name="hospital"/> under the key <paramref name="id"/>.</summary>
    /// <param name="id">The key, such as the hospital's ZZJGDM.</param>
    /// <param name="hospital">The hospital.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    public static HospitalRow FromHospital(string id, Hospital hospital)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(hospital);
        return new HospitalRow
        {
            Id = id,
            Name = hospital.Name,
            Region = hospital.Region,
            CreditCode = hospital.CreditCode,
            OrganizationCode = hospital.OrganizationCode,
            Rating = hospital.Rating ?? HospitalRating.Unclassified,
        };
    }
}
