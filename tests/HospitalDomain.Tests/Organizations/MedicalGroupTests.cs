using HospitalDomain.Organizations;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Organizations;

public sealed class MedicalGroupTests
{
    private static MedicalGroup County() => new(
        "寿阳县医疗集团",
        MedicalGroupKind.CountyMedicalCommunity,
        members:
        [
            new MemberInstitution("县人民医院", MemberRole.Lead),
            new MemberInstitution("县中医院", MemberRole.CoreMember),
            new MemberInstitution("平头镇中心卫生院", MemberRole.PrimaryCareMember, HospitalCategory.CentralTownshipHealthCentre),
        ],
        statedCounts: [new MemberCount(MemberRole.PrimaryCareMember, 24, "乡镇卫生院")]);

    [Fact]
    public void CountOf_TakesTheStatedCountWhenMoreThanTheMembersNamed()
    {
        var group = County();

        group.CountOf(MemberRole.PrimaryCareMember).Should().Be(24);
        group.CountOf(MemberRole.CoreMember).Should().Be(1);
        group.CountOf(MemberRole.VillageClinic).Should().Be(0);
        group.Lead!.Name.Should().Be("县人民医院");
        group.StatedCounts.Single().ToString().Should().Be("24 乡镇卫生院");
    }

    [Fact]
    public void Constructor_Validates()
    {
        FluentActions.Invoking(() => new MedicalGroup("g", MedicalGroupKind.MedicalGroup, members: [new MemberInstitution("a", MemberRole.Member), new MemberInstitution("a", MemberRole.Lead)]))
            .Should().Throw<ArgumentException>().WithMessage("members contains the member 'a' more than once.*");
        FluentActions.Invoking(() => new MemberCount(MemberRole.Member, 0))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("count must be in the range [1, 100000], was 0.*");
    }

    [Fact]
    public void Constructor_NullInACollection_IsRejectedNamingTheCollection()
    {
        FluentActions.Invoking(() => new MedicalGroup("g", MedicalGroupKind.MedicalGroup, members: [new MemberInstitution("a", MemberRole.Lead), null!]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("members must not contain null. (Parameter 'members')").And.ParamName.Should().Be("members");
        FluentActions.Invoking(() => new MedicalGroup("g", MedicalGroupKind.MedicalGroup, statedCounts: [null!]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("statedCounts must not contain null. (Parameter 'statedCounts')").And.ParamName.Should().Be("statedCounts");
    }

    [Fact]
    public void Constructor_TwoStatedCountsForOneRole_IsRejected() =>
        FluentActions.Invoking(() => new MedicalGroup("g", MedicalGroupKind.MedicalGroup, statedCounts: [new MemberCount(MemberRole.Member, 3), new MemberCount(MemberRole.Member, 4)]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("statedCounts contains the stated count for role 'Member' more than once. (Parameter 'statedCounts')")
            .And.ParamName.Should().Be("statedCounts");

    [Theory]
    [InlineData(1899)]
    [InlineData(10_000)]
    public void Constructor_EstablishedOutsideTheYears_IsRejected(int year) =>
        FluentActions.Invoking(() => new MedicalGroup("g", MedicalGroupKind.MedicalGroup, established: year))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage($"established must be in the range [1900, 9999], was {year}.*")
            .And.ParamName.Should().Be("established");

    [Theory]
    [InlineData(1900)]
    [InlineData(9999)]
    public void Constructor_EstablishedAtTheLimits_IsKept(int year) =>
        new MedicalGroup("g", MedicalGroupKind.MedicalGroup, established: year).Established.Should().Be(year);

    [Fact]
    public void Lead_IsNullWhenNoMemberLeads()
    {
        new MedicalGroup("g", MedicalGroupKind.MedicalAlliance, members: [new MemberInstitution("a", MemberRole.Member)]).Lead.Should().BeNull();
        new MedicalGroup("g", MedicalGroupKind.MedicalAlliance).Lead.Should().BeNull();
    }

    [Fact]
    public void Equality() =>
        ContractAssert.Equality(County(), County(), new MedicalGroup("寿阳县医疗集团", MedicalGroupKind.CountyMedicalCommunity));

    [Fact]
    public void Json_RoundTrips() =>
        JsonAssert.RoundTrip(
            new MedicalGroup("G", MedicalGroupKind.MedicalAlliance, members: [new MemberInstitution("A", MemberRole.Lead, HospitalCategory.General)], statedCounts: [new MemberCount(MemberRole.Member, 12)], established: 2018),
            """{"name":"G","kind":"medicalAlliance","members":[{"name":"A","role":"lead","category":"A100"}],"statedCounts":[{"role":"member","count":12}],"established":2018}""");
}
