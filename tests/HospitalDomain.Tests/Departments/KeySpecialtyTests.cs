using HospitalDomain.Departments;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Departments;

/// <summary>The key specialties the seed reports name, each representable with its level, programme and stage.</summary>
public sealed class KeySpecialtyTests
{
    public static TheoryData<KeySpecialty, string> SeedSpecialties => new()
    {
        // A TCM hospital's nationally recognised acupuncture department ("国重").
        { new KeySpecialty("针灸科", KeySpecialtyProgramme.TcmKeySpecialty, KeySpecialtyLevel.National), "国家中医重点专科" },
        // Provincial TCM key specialties.
        { new KeySpecialty("骨科", KeySpecialtyProgramme.TcmKeySpecialty, KeySpecialtyLevel.Provincial), "省级中医重点专科" },
        // A geriatrics department recognised by the western-medicine programme of its city.
        { new KeySpecialty("老年病科", KeySpecialtyProgramme.ClinicalKeySpecialty, KeySpecialtyLevel.Municipal), "市级临床重点专科" },
        // Construction units of the municipal TCM programme.
        { new KeySpecialty("心病科", KeySpecialtyProgramme.TcmKeySpecialty, KeySpecialtyLevel.Municipal, KeySpecialtyStage.ConstructionUnit), "市级中医重点专科建设单位" },
        // A city's own list of ten premium specialties.
        { new KeySpecialty("康复科", KeySpecialtyProgramme.PremiumSpecialty, KeySpecialtyLevel.Municipal, programmeName: "广元十大精品专科"), "广元十大精品专科" },
        // Recommended to the national TCM advantage-specialty programme, awaiting the national review.
        { new KeySpecialty("脾胃病科", KeySpecialtyProgramme.TcmAdvantageSpecialty, KeySpecialtyLevel.National, KeySpecialtyStage.Shortlisted), "国家中医优势专科（入围）" },
        // A county hospital's key specialty whose level the report does not state.
        { new KeySpecialty("重症医学科", KeySpecialtyProgramme.ClinicalKeySpecialty), "临床重点专科" },
        { new KeySpecialty("心血管内科", KeySpecialtyProgramme.ClinicalKeySpecialty, KeySpecialtyLevel.National, KeySpecialtyStage.ConstructionUnit, 2012), "国家临床重点专科建设单位" },
    };

    [Theory]
    [MemberData(nameof(SeedSpecialties))]
    public void Title_RendersAsReportsWriteIt(KeySpecialty specialty, string title)
    {
        specialty.Title.Should().Be(title);
        specialty.ToString().Should().Be($"{specialty.Name} ({title})");
    }

    [Theory]
    [InlineData(KeySpecialtyProgramme.RegionalTcmCentre, "省级区域中医（专科）诊疗中心")]
    [InlineData(KeySpecialtyProgramme.PremiumSpecialty, "省级精品专科")]
    [InlineData(KeySpecialtyProgramme.KeyDiscipline, "省级重点学科")]
    [InlineData(KeySpecialtyProgramme.TcmAdvantageSpecialty, "省级中医优势专科")]
    public void Title_NamesEachProgramme(KeySpecialtyProgramme programme, string title) =>
        new KeySpecialty("骨科", programme, KeySpecialtyLevel.Provincial).Title.Should().Be(title);

    [Fact]
    public void Title_OfAnUndefinedProgramme_IsRejectedNamingIt() =>
        FluentActions.Invoking(() => KeySpecialtyText.Title(null, (KeySpecialtyProgramme)99, null)).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("programme is not a defined KeySpecialtyProgramme value. (Parameter 'programme')*")
            .And.ParamName.Should().Be("programme");

    [Fact]
    public void Constructor_Validates() =>
        FluentActions.Invoking(() => new KeySpecialty("骨科", KeySpecialtyProgramme.TcmKeySpecialty, year: 10_000))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("year must be in the range [1900, 9999], was 10000.*");

    [Fact]
    public void Equality() =>
        ContractAssert.Equality(
            new KeySpecialty("骨科", KeySpecialtyProgramme.TcmKeySpecialty, KeySpecialtyLevel.Provincial),
            new KeySpecialty("骨科", KeySpecialtyProgramme.TcmKeySpecialty, KeySpecialtyLevel.Provincial),
            new KeySpecialty("骨科", KeySpecialtyProgramme.TcmKeySpecialty, KeySpecialtyLevel.National),
            new KeySpecialty("骨科", KeySpecialtyProgramme.TcmKeySpecialty));

    [Fact]
    public void Json_RoundTrips() =>
        JsonAssert.RoundTrip(
            new KeySpecialty("X", KeySpecialtyProgramme.TcmAdvantageSpecialty, KeySpecialtyLevel.National, KeySpecialtyStage.Shortlisted, 2023, ClinicalSubjectCode.Parse("50.01")),
            """{"name":"X","programme":"tcmAdvantageSpecialty","level":"national","stage":"shortlisted","year":2023,"subjectCode":"50.01"}""");
}
