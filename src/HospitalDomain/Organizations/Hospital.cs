using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>A hospital: its names, identifiers, category, rating, ownership, tier, affiliations, designations, campuses and parent group.</summary>
/// <remarks>
/// Only the Chinese name is required: reports rarely state everything, and a field the source does not state is left empty rather than guessed. Collections are never null (empty when absent). Equality compares every property, collections element by element in order.
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class Hospital
{
    /// <summary>Creates a hospital.</summary>
    /// <param name="name">The Chinese name, such as 广元市中医医院.</param>
    /// <param name="englishName">The English name, or null.</param>
    /// <param name="aliases">Other names and short names, such as 市中医院; distinct from each other and from the name.</param>
    /// <param name="region">Where the hospital is, such as 四川省广元市, or null.</param>
    /// <param name="creditCode">The unified social credit code, or null.</param>
    /// <param name="organizationCode">The organization code, or null; when the credit code is given too, it must be the one embedded in it.</param>
    /// <param name="identifiers">Other identifiers.</param>
    /// <param name="category">The WS 218 category, or null.</param>
    /// <param name="rating">The level and grade, or null when not stated.</param>
    /// <param name="managementType">Non-profit or for-profit, or null.</param>
    /// <param name="ownership">Public or private, or null.</param>
    /// <param name="administrativeTier">The government tier the hospital answers to, or null.</param>
    /// <param name="affiliations">Links to universities and other institutions.</param>
    /// <param name="designations">Titles granted.</param>
    /// <param name="campuses">Sites; names must be distinct.</param>
    /// <param name="parentGroup">The name of the medical group the hospital belongs to, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is blank, an alias repeats, two campuses share a name, a code is the empty default value, or the organization code is not the one embedded in the credit code.</exception>
    public Hospital(string name, string? englishName = null, IEnumerable<string>? aliases = null, string? region = null, UnifiedSocialCreditCode? creditCode = null, OrganizationCode? organizationCode = null, IEnumerable<HospitalIdentifier>? identifiers = null, HospitalCategory? category = null, HospitalRating? rating = null, ManagementType? managementType = null, Ownership? ownership = null, AdministrativeTier? administrativeTier = null, IEnumerable<Affiliation>? affiliations = null, IEnumerable<Designation>? designations = null, IEnumerable<Campus>? campuses = null, string? parentGroup = null)
    {
        Name = Preconditions.CheckNotBlank(name);
        EnglishName = string.IsNullOrWhiteSpace(englishName) ? null : englishName.Trim();
        Aliases = ImmutableArrayEquality.ToImmutableOrEmpty(aliases).Select(s => Preconditions.CheckNotBlank(s, nameof(aliases))).ToImmutableArray();
        Region = string.IsNullOrWhiteSpace(region) ? null : region.Trim();
        CreditCode = creditCode;
        OrganizationCode = organizationCode;
        Identifiers = ImmutableArrayEquality.ToImmutableOrEmpty(identifiers);
        foreach (var item in Identifiers)
        {
            Preconditions.CheckArgument(item is not null, nameof(identifiers), "identifiers must not contain null.");
        }
        Category = category;
        Rating = rating;
        ManagementType = Preconditions.CheckDefined(managementType);
        Ownership = Preconditions.CheckDefined(ownership);
        AdministrativeTier = Preconditions.CheckDefined(administrativeTier);
        Affiliations = ImmutableArrayEquality.ToImmutableOrEmpty(affiliations);
        foreach (var item in Affiliations)
        {
            Preconditions.CheckArgument(item is not null, nameof(affiliations), "affiliations must not contain null.");
        }
        Designations = ImmutableArrayEquality.ToImmutableOrEmpty(designations);
        foreach (var item in Designations)
        {
            Preconditions.CheckArgument(item is not null, nameof(designations), "designations must not contain null.");
        }
        Campuses = ImmutableArrayEquality.ToImmutableOrEmpty(campuses);
        foreach (var item in Campuses)
        {
            Preconditions.CheckArgument(item is not null, nameof(campuses), "campuses must not contain null.");
        }
        ParentGroup = string.IsNullOrWhiteSpace(parentGroup) ? null : parentGroup.Trim();
        Preconditions.CheckNoDuplicates(Aliases.Append(Name), a => a, nameof(aliases), "alias");
        Preconditions.CheckNoDuplicates(Campuses, c => c.Name, nameof(campuses), "campus");
        Preconditions.CheckArgument(CreditCode is not { IsEmpty: true }, nameof(creditCode), "creditCode must be a code or null, not the empty default value.");
        Preconditions.CheckArgument(OrganizationCode is not { IsEmpty: true }, nameof(organizationCode), "organizationCode must be a code or null, not the empty default value.");
        if (CreditCode is { } credit && OrganizationCode is { } organization && credit.OrganizationCode != organization)
        {
            Preconditions.ThrowArgument(nameof(organizationCode), $"organizationCode {organization} is not the one embedded in the credit code {credit} ({credit.OrganizationCode}).");
        }
    }

    /// <summary>Gets the Chinese name (医院名称).</summary>
    public string Name { get; }

    /// <summary>Gets the English name, or null.</summary>
    public string? EnglishName { get; }

    /// <summary>Gets other names and short names (别名, 简称).</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>Gets where the hospital is, such as 四川省广元市, or null.</summary>
    public string? Region { get; }

    /// <summary>Gets the unified social credit code (统一社会信用代码), or null.</summary>
    public UnifiedSocialCreditCode? CreditCode { get; }

    /// <summary>Gets the organization code (组织机构代码), or null; for hospitals registered after 2015 it is the one embedded in the credit code.</summary>
    public OrganizationCode? OrganizationCode { get; }

    /// <summary>Gets other identifiers (登记号, 医保编码 …).</summary>
    public ImmutableArray<HospitalIdentifier> Identifiers { get; }

    /// <summary>Gets the WS 218 category, or null when not stated.</summary>
    public HospitalCategory? Category { get; }

    /// <summary>Gets the level and grade (医院等级), or null when not stated; 未定级 is a stated rating.</summary>
    public HospitalRating? Rating { get; }

    /// <summary>Gets whether the hospital is non-profit or for-profit, or null when not stated.</summary>
    public ManagementType? ManagementType { get; }

    /// <summary>Gets whether the hospital is public or private, or null when not stated.</summary>
    public Ownership? Ownership { get; }

    /// <summary>Gets the government tier the hospital answers to, or null when not stated.</summary>
    public AdministrativeTier? AdministrativeTier { get; }

    /// <summary>Gets the links to universities and other institutions.</summary>
    public ImmutableArray<Affiliation> Affiliations { get; }

    /// <summary>Gets the titles granted (区域医疗中心, 住培基地 …).</summary>
    public ImmutableArray<Designation> Designations { get; }

    /// <summary>Gets the sites (院区).</summary>
    public ImmutableArray<Campus> Campuses { get; }

    /// <summary>Gets the name of the medical group the hospital belongs to, or null.</summary>
    public string? ParentGroup { get; }

    /// <summary>Returns the name, with the rating when known: "广元市中医医院 (三级甲等)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Rating is { } r ? $"{Name} ({r})" : Name;
}
