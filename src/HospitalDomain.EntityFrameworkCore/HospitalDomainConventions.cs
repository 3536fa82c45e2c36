using HospitalDomain.Commendations;
using HospitalDomain.Departments;
using HospitalDomain.EntityFrameworkCore.Conversion;
using HospitalDomain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HospitalDomain.EntityFrameworkCore;

/// <summary>The one call that maps HospitalDomain's value types in any EF Core model.</summary>
public static class HospitalDomainConventions
{
    /// <summary>
    /// Maps every property of a HospitalDomain value type, nullable or not, in every entity of the
    /// model: <see cref="ReportingPeriod"/>, <see cref="Ratio"/>, <see cref="UnifiedSocialCreditCode"/>,
    /// <see cref="OrganizationCode"/>, <see cref="ClinicalSubjectCode"/>, <see cref="ChineseNumber"/>,
    /// <see cref="HospitalRating"/> and <see cref="DocumentNumber"/>, each to text through its converter
    /// (<see cref="ReportingPeriodConverter"/> …) with a <see cref="HospitalDomainValueComparer{T}"/>.
    /// </summary>
    /// <param name="configurationBuilder">The builder passed to <c>DbContext.ConfigureConventions</c>.</param>
    /// <returns>The same builder.</returns>
    /// <remarks>
    /// Call it from <c>ConfigureConventions</c>:
    /// <code>protected override void ConfigureConventions(ModelConfigurationBuilder builder) => builder.ApplyHospitalDomainConventions();</code>
    /// A property configured explicitly in <c>OnModelCreating</c> keeps its own configuration.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="configurationBuilder"/> is null.</exception>
    public static ModelConfigurationBuilder ApplyHospitalDomainConventions(this ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        Map<ReportingPeriod, ReportingPeriodConverter>(configurationBuilder);
        Map<Ratio, RatioConverter>(configurationBuilder);
        Map<UnifiedSocialCreditCode, UnifiedSocialCreditCodeConverter>(configurationBuilder);
        Map<OrganizationCode, OrganizationCodeConverter>(configurationBuilder);
        Map<ClinicalSubjectCode, ClinicalSubjectCodeConverter>(configurationBuilder);
        Map<ChineseNumber, ChineseNumberConverter>(configurationBuilder);
        Map<HospitalRating, HospitalRatingConverter>(configurationBuilder);
        Map<DocumentNumber, DocumentNumberConverter>(configurationBuilder);
        return configurationBuilder;
    }

    private static void Map<T, TConverter>(ModelConfigurationBuilder builder)
        where T : struct, IEquatable<T>
        where TConverter : ValueConverter<T, string>, new()
    {
        var size = new TConverter().MappingHints?.Size;
        var properties = builder.Properties<T>().HaveConversion<TConverter, HospitalDomainValueComparer<T>>();
        var nullable = builder.Properties<T?>().HaveConversion<TConverter, HospitalDomainValueComparer<T>>();
        if (size is { } length)
        {
            properties.HaveMaxLength(length);
            nullable.HaveMaxLength(length);
        }
    }
}
