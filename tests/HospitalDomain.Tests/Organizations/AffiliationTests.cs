using HospitalDomain.Organizations;

namespace HospitalDomain.Tests.Organizations;

public sealed class AffiliationTests
{
    [Theory]
    [InlineData(AffiliationKind.AffiliatedHospital, "成都中医药大学", "AffiliatedHospital of 成都中医药大学")]
    [InlineData(AffiliationKind.TeachingHospital, "川北医学院", "TeachingHospital of 川北医学院")]
    public void ToString_IsTheKindOfTheInstitution(AffiliationKind kind, string institution, string expected)
    {
        var affiliation = new Affiliation(kind, institution, since: 2001);

        affiliation.ToString().Should().Be(expected);
        affiliation.Since.Should().Be(2001);
    }
}
