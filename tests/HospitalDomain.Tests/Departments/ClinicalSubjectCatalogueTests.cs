using System.Text.Json;
using HospitalDomain.Departments;

namespace HospitalDomain.Tests.Departments;

public sealed class ClinicalSubjectCatalogueTests
{
    [Fact]
    public void Baseline_PinsTheWholeTable()
    {
        var catalogue = ClinicalSubjectCatalogue.Baseline;

        catalogue.Subjects.Should().HaveCount(183);
        catalogue.Subjects.Count(s => s.Code.Depth == 1).Should().Be(35);
        catalogue.Subjects.Count(s => s.Code.Depth == 2).Should().Be(142);
        catalogue.Subjects.Count(s => s.Code.Depth == 3).Should().Be(6);
        catalogue.Status.Should().Be(SourceStatus.Secondary);
        catalogue.Id.Should().Be("clinical-subjects-baseline");
        catalogue.Contains(ClinicalSubjectCode.Parse("29")).Should().BeFalse("code 29 is used by no source");
    }

    [Theory]
    [InlineData("03", "内科")]
    [InlineData("03.04", "心血管内科专业")]
    [InlineData("04.01.01", "肝脏移植项目")]
    [InlineData("21", "康复医学科")]
    [InlineData("28", "重症医学科")]
    [InlineData("30.03", "临床化学检验专业")]
    [InlineData("32.09", "介入放射学专业")]
    [InlineData("50.13", "针灸科专业")]
    [InlineData("69", "其他业务科室")]
    public void Baseline_NamesWordForWord(string code, string name) =>
        ClinicalSubjectCatalogue.Baseline[code].ChineseName.Should().Be(name);

    [Fact]
    public void BothDentalVariants_AreKept()
    {
        var revised = ClinicalSubjectCatalogue.Baseline.ChildrenOf(ClinicalSubjectCode.Parse("12"));
        var older = ClinicalSubjectCatalogue.Rc023.ChildrenOf(ClinicalSubjectCode.Parse("12"));

        revised.Should().HaveCount(13);
        revised[0].ToString().Should().Be("12.01 牙体牙髓病专业");
        revised[12].ChineseName.Should().Be("其他");
        older.Should().HaveCount(6);
        older[0].ToString().Should().Be("12.01 口腔内科专业");
        ClinicalSubjectCatalogue.Rc023["1203"].ChineseName.Should().Be("正畸专业");
        ClinicalSubjectCatalogue.Rc023["30.03"].ChineseName.Should().Be("临床生化检验专业");
        ClinicalSubjectCatalogue.Rc023.ChildrenOf(ClinicalSubjectCode.Parse("14")).Should().BeEmpty();
        ClinicalSubjectCatalogue.Baseline.ChildrenOf(ClinicalSubjectCode.Parse("14")).Should().HaveCount(4);
        ClinicalSubjectCatalogue.Rc023.Subjects.Should().HaveCount(172);
    }

    [Fact]
    public void Lookup_UnknownCode_Throws()
    {
        var act = () => ClinicalSubjectCatalogue.Baseline["29"];
        act.Should().Throw<KeyNotFoundException>().WithMessage("29 is not in the clinical subject catalogue 'clinical-subjects-baseline'.");
        ClinicalSubjectCatalogue.Baseline.TryGet(ClinicalSubjectCode.Parse("03.12"), out var missing).Should().BeFalse();
        missing.Should().BeNull();
    }

    [Fact]
    public void Load_UserEdition()
    {
        var catalogue = ClinicalSubjectCatalogue.Load("""
            {"id":"h1","title":"Our scheme","source":"hospital","status":"unconfirmed",
             "subjects":[{"code":"03","chineseName":"内科"},{"code":"03.04","chineseName":"心内科"}]}
            """);

        catalogue["0304"].ChineseName.Should().Be("心内科");
        catalogue.ChildrenOf(ClinicalSubjectCode.Parse("03")).Should().ContainSingle();
    }

    [Fact]
    public void Constructor_NullSubjects_AreRejected()
    {
        FluentActions.Invoking(() => new ClinicalSubjectCatalogue("h", "t", "s", SourceStatus.Unconfirmed, null!))
            .Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("subjects");
        FluentActions.Invoking(() => new ClinicalSubjectCatalogue("h", "t", "s", SourceStatus.Unconfirmed, [new ClinicalSubject(ClinicalSubjectCode.Parse("03"), "内科"), null!]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("subjects must not contain null. (Parameter 'subjects')").And.ParamName.Should().Be("subjects");
    }

    [Fact]
    public void Load_Null_ThrowsArgumentNullException() =>
        FluentActions.Invoking(() => ClinicalSubjectCatalogue.Load(null!)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("json");

    [Fact]
    public void ToString_IsTheIdTitleAndNumberOfEntries()
    {
        var catalogue = new ClinicalSubjectCatalogue(
            "h1",
            "Our scheme",
            "hospital",
            SourceStatus.Unconfirmed,
            [new ClinicalSubject(ClinicalSubjectCode.Parse("03.04"), "心内科"), new ClinicalSubject(ClinicalSubjectCode.Parse("03"), "内科")]);

        catalogue.ToString().Should().Be("h1: Our scheme (2 entries)");
        catalogue.Subjects.Select(s => s.Code.ToString()).Should().Equal("03", "03.04");
    }

    [Theory]
    [InlineData("""{"id":"h","title":"t","source":"s","status":"official","subjects":[{"code":"03.04","chineseName":"x"}]}""", "Invalid ClinicalSubjectCatalogue: subjects contains 03.04 but not its parent 03.*")]
    [InlineData("""{"id":"h","title":"t","source":"s","status":"official","subjects":[{"code":"03","chineseName":"x"},{"code":"03","chineseName":"y"}]}""", "Invalid ClinicalSubjectCatalogue: subjects contains the code '03' more than once.*")]
    [InlineData("""{"id":"h","title":"t","source":"s","subjects":[]}""", "Missing required property 'status' for ClinicalSubjectCatalogue.*")]
    [InlineData("""{"id":"h","title":"t","source":"s","status":"official","subjects":[{"code":"3","chineseName":"x"}]}""", "At .subjects[0].code: Invalid clinical subject code '3'*")]
    public void Load_InvalidEdition_ThrowsJsonException(string json, string message)
    {
        var act = () => ClinicalSubjectCatalogue.Load(json);
        act.Should().ThrowExactly<JsonException>().WithMessage(message);
    }
}
