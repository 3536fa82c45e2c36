using System.Text.Json;
using HospitalDomain.Organizations;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Organizations;

public sealed class HospitalTests
{
    private static Hospital Xuzhou(string? englishName = null) => new(
        "徐州市中心医院",
        englishName: englishName,
        region: "江苏省徐州市",
        creditCode: UnifiedSocialCreditCode.Parse("91350200776049653A"),
        category: HospitalCategory.General,
        rating: HospitalRating.TertiaryGradeA,
        ownership: Ownership.Public,
        administrativeTier: AdministrativeTier.Municipal,
        designations: [new Designation("省级区域医疗中心", year: 2021)],
        campuses: [new Campus("新城分院")]);

    [Fact]
    public void Constructor_OnlyNameRequired_CollectionsEmptyNotNull()
    {
        var hospital = new Hospital("河北省中医院");

        hospital.Aliases.IsDefault.Should().BeFalse();
        hospital.Aliases.Should().BeEmpty();
        hospital.Designations.Should().BeEmpty();
        hospital.Rating.Should().BeNull();
        hospital.ToString().Should().Be("河北省中医院");
        Xuzhou().ToString().Should().Be("徐州市中心医院 (三级甲等)");
    }

    [Fact]
    public void Constructor_Validates()
    {
        FluentActions.Invoking(() => new Hospital(" ")).Should().Throw<ArgumentException>()
            .WithMessage("name must not be empty or white space. (Parameter 'name')");
        FluentActions.Invoking(() => new Hospital("市中医院", aliases: ["市中医院"])).Should().Throw<ArgumentException>()
            .WithMessage("aliases contains the alias '市中医院' more than once.*");
        FluentActions.Invoking(() => new Hospital("x", campuses: [new Campus("东院区"), new Campus("东院区")])).Should().Throw<ArgumentException>()
            .WithMessage("campuses contains the campus '东院区' more than once.*");
        FluentActions.Invoking(() => new Hospital("x", creditCode: default(UnifiedSocialCreditCode))).Should().Throw<ArgumentException>()
            .WithMessage("creditCode must be a code or null, not the empty default value.*");
        FluentActions.Invoking(() => new Hospital("x", creditCode: UnifiedSocialCreditCode.Parse("91350200776049653A"), organizationCode: OrganizationCode.Parse("D2143569-X")))
            .Should().Throw<ArgumentException>()
            .WithMessage("organizationCode D2143569-X is not the one embedded in the credit code 91350200776049653A (77604965-3). (Parameter 'organizationCode')");
        FluentActions.Invoking(() => new Designation("省级区域医疗中心", year: 1800)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("year must be in the range [1900, 9999], was 1800.*");
    }

    [Fact]
    public void Constructor_NullInACollection_IsRejectedNamingTheCollection()
    {
        FluentActions.Invoking(() => new Hospital("x", identifiers: [null!])).Should().ThrowExactly<ArgumentException>()
            .WithMessage("identifiers must not contain null. (Parameter 'identifiers')").And.ParamName.Should().Be("identifiers");
        FluentActions.Invoking(() => new Hospital("x", affiliations: [null!])).Should().ThrowExactly<ArgumentException>()
            .WithMessage("affiliations must not contain null. (Parameter 'affiliations')").And.ParamName.Should().Be("affiliations");
        FluentActions.Invoking(() => new Hospital("x", designations: [null!])).Should().ThrowExactly<ArgumentException>()
            .WithMessage("designations must not contain null. (Parameter 'designations')").And.ParamName.Should().Be("designations");
        FluentActions.Invoking(() => new Hospital("x", campuses: [new Campus("东院区"), null!])).Should().ThrowExactly<ArgumentException>()
            .WithMessage("campuses must not contain null. (Parameter 'campuses')").And.ParamName.Should().Be("campuses");
    }

    [Fact]
    public void Constructor_EmptyDefaultOrganizationCode_IsRejected() =>
        FluentActions.Invoking(() => new Hospital("x", organizationCode: default(OrganizationCode))).Should().ThrowExactly<ArgumentException>()
            .WithMessage("organizationCode must be a code or null, not the empty default value. (Parameter 'organizationCode')")
            .And.ParamName.Should().Be("organizationCode");

    [Fact]
    public void Constructor_OrganizationCodeAlone_IsKept() =>
        new Hospital("x", organizationCode: OrganizationCode.Parse("77604965-3")).OrganizationCode.Should().Be(OrganizationCode.Parse("77604965-3"));

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("  ", null)]
    [InlineData("徐州医疗集团", "徐州医疗集团")]
    [InlineData("  徐州医疗集团 ", "徐州医疗集团")]
    public void Constructor_ParentGroup_IsTrimmedOrNull(string? given, string? expected) =>
        new Hospital("x", parentGroup: given).ParentGroup.Should().Be(expected);

    [Fact]
    public void Constructor_RepeatedAlias_IsNamedInTheOrderGiven()
    {
        FluentActions.Invoking(() => new Hospital("市中医院", aliases: ["中医院", "市中医院", "中医院"])).Should().ThrowExactly<ArgumentException>()
            .WithMessage("aliases contains the alias '中医院' more than once. (Parameter 'aliases')").And.ParamName.Should().Be("aliases");
        FluentActions.Invoking(() => new Hospital("市中医院", aliases: ["中医院", "市中医院"])).Should().ThrowExactly<ArgumentException>()
            .WithMessage("aliases contains the alias '市中医院' more than once. (Parameter 'aliases')");
    }

    [Fact]
    public void Equality_ComparesEveryPropertyAndCollectionsByElement() =>
        ContractAssert.Equality(
            Xuzhou(),
            Xuzhou(),
            Xuzhou("Xuzhou Central Hospital"),
            new Hospital("徐州市中心医院"),
            new Hospital("徐州市中心医院", campuses: [new Campus("新城分院"), new Campus("康复新院", status: CampusStatus.UnderConstruction)]));

    [Fact]
    public void Json_RoundTripsExactly() =>
        JsonAssert.RoundTrip(
            new Hospital("X", englishName: "X Hospital", aliases: ["Y"], creditCode: UnifiedSocialCreditCode.Parse("91350200776049653A"),
                identifiers: [new HospitalIdentifier(HospitalIdentifierKind.MedicalInsurance, "H41088200229")],
                category: HospitalCategory.General, rating: HospitalRating.TertiaryGradeA, managementType: ManagementType.NonProfit,
                affiliations: [new Affiliation(AffiliationKind.AffiliatedHospital, "U", since: 2001)]),
            """{"name":"X","englishName":"X Hospital","aliases":["Y"],"creditCode":"91350200776049653A","identifiers":[{"kind":"medicalInsurance","value":"H41088200229"}],"category":"A100","rating":"tertiaryGradeA","managementType":"nonProfit","affiliations":[{"kind":"affiliatedHospital","institution":"U","since":2001}]}""");

    [Fact]
    public void Json_FullHospital_RoundTrips()
    {
        var json = JsonSerializer.Serialize(Xuzhou("Xuzhou Central Hospital"), JsonAssert.Options);
        JsonSerializer.Deserialize<Hospital>(json, JsonAssert.Options).Should().Be(Xuzhou("Xuzhou Central Hospital"));
    }

    [Theory]
    [InlineData("""{"englishName":"x"}""", "Missing required property 'name' for Hospital.*")]
    [InlineData("""{"name":"x","nmae":"y"}""", "At .nmae: Unknown property 'nmae' for Hospital.*")]
    [InlineData("""{"name":"x","name":"y"}""", "Duplicate property 'name' for Hospital.*")]
    [InlineData("""{"name":""}""", "Invalid Hospital: name must not be empty or white space.*")]
    [InlineData("""{"name":"x","ownership":"state"}""", "*")]
    [InlineData("""{"name":"x","ownership":1}""", "*")]
    [InlineData("""{"name":"x","aliases":"y"}""", "At .aliases: Expected aliases as a JSON array but found a string.*")]
    [InlineData("""{"name":"x","creditCode":"91350200776049653B"}""", "At .creditCode: Invalid unified social credit code '91350200776049653B': check character is 'B', expected 'A'.*")]
    [InlineData("""{"name":"x","designations":[{"name":"y","year":1e400}]}""", "At .designations[0].year: year must be an integer in the range of Int32.*")]
    public void Json_Invalid_ThrowsJsonException(string json, string message)
    {
        var act = () => JsonSerializer.Deserialize<Hospital>(json, JsonAssert.Options);
        act.Should().ThrowExactly<JsonException>().WithMessage(message).Which.Path.Should().NotBeNull();
    }
}
