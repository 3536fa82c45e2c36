using HospitalDomain.Accreditation;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Organizations;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Indicators;

/// <summary>The catalogue corrections found against the reference (../shared/reference/domain-standards.md), each pinned.</summary>
public sealed class CatalogueCorrectionsTests
{
    [Theory]
    [InlineData("14", "医疗盈余率", "收支结余")]
    [InlineData("16", "人员经费占比", "人员支出占业务支出比重")]
    [InlineData("17", "万元收入能耗占比", "万元收入能耗支出")]
    public void NationalSecondary_Entries14To17_CarryTheSecondaryNamesWithTheTertiaryOnesAsAliases(string serial, string name, string tertiaryName)
    {
        var edition = IndicatorEditions.NationalSecondary2019;
        var entry = edition.FindBySerial(serial)!;

        entry.ChineseName.Should().Be(name);
        edition.FindByName(name).Should().BeSameAs(entry);
        edition.FindByName(tertiaryName).Should().BeSameAs(entry, "every renamed entry, No. 14 included, keeps the tertiary name as an alias");
        edition.Aliases.Should().Contain(a => a.Code == entry.Code && a.Name == tertiaryName);
    }

    [Fact]
    public void NationalTertiary_No35_IsNamedAsTheReferenceNamesIt()
    {
        IndicatorEditions.NationalTertiary2019.FindBySerial("35")!.ChineseName.Should().Be("收支结余");
        IndicatorEditions.NationalTertiary2020.FindBySerial("35")!.ChineseName.Should().Be("收支结余");
        IndicatorEditions.NationalTertiary2020.FindByName("医疗盈余率")!.Serial.Should().Be("35");
    }

    [Fact]
    public void NationalSecondary_No26_HasNoUnit() =>
        IndicatorEditions.NationalSecondary2019.FindBySerial("26")!.Definition.Unit.Should().Be(Unit.None, "the reference gives 专科能力 no unit (—): a DRG-based measure whose details are unconfirmed");

    [Fact]
    public void NationalTertiary2020_DatingOfTheAddedIndicator_IsMarkedUnconfirmed()
    {
        var edition = IndicatorEditions.NationalTertiary2020;

        edition.Title.Should().NotContain("2020年版手册");
        edition.Source.Should().Contain("unconfirmed");
        File.ReadAllText(RepositoryFiles.PathOf("docs/indicators.md")).Should().Contain("Its dating to the 2020 manual is **unconfirmed**");
    }

    [Fact]
    public void BasicStandard1994_StaffMinima_AreListedAsNotModelled()
    {
        var standard = AccreditationStandards.BasicStandard1994General;
        var descriptions = standard.Articles.SelectMany(a => a.Criteria).Select(c => c.Description).ToList();

        descriptions.Should().NotContain(d => d.Contains("主治医师") || d.Contains("副主任医师"), "the profile has no counts of physicians by title");
        File.ReadAllText(RepositoryFiles.PathOf("docs/accreditation.md")).Should()
            .Contain("**Not modelled: the 1994 standard's staff minima.**")
            .And.Contain("at least 3 physicians (医师), at least 5 nurses and at least one physician at\n主治医师 level or above")
            .And.Contain("at least 3 physicians at 副主任医师 level or above");
    }

    [Theory]
    [InlineData(HospitalLevel.Primary, 1)]
    [InlineData(HospitalLevel.Secondary, 2)]
    [InlineData(HospitalLevel.Tertiary, 3)]
    [InlineData(HospitalLevel.Unclassified, 9)]
    public void StatisticalCode_OfALevel_IsTheNationalCode(HospitalLevel level, int code)
    {
        level.StatisticalCode().Should().Be(code);
        HospitalStatisticalCodes.LevelOf(code).Should().Be(level);
    }

    [Theory]
    [InlineData(HospitalGrade.A, 1)]
    [InlineData(HospitalGrade.B, 2)]
    [InlineData(HospitalGrade.C, 3)]
    [InlineData(HospitalGrade.Unrated, 9)]
    [InlineData(HospitalGrade.Special, null)]
    public void StatisticalCode_OfAGrade_IsTheNationalCode(HospitalGrade grade, int? code)
    {
        grade.StatisticalCode().Should().Be(code);
        if (code is { } c)
        {
            HospitalStatisticalCodes.GradeOf(c).Should().Be(grade);
        }
    }

    [Fact]
    public void StatisticalCode_Unknown_IsRejectedWithTheRule()
    {
        FluentActions.Invoking(() => HospitalStatisticalCodes.LevelOf(4)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("code must be 1, 2, 3 or 9 (未定级), was 4. (Parameter 'code')*");
        FluentActions.Invoking(() => HospitalStatisticalCodes.GradeOf(0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("code must be 1, 2, 3 or 9 (未定等), was 0. (Parameter 'code')*");
    }
}
