using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

public sealed partial class LabelSynonymsTests
{
    private static LabelSynonyms Two() => new("test",
    [
        new LabelSynonym("outpatientVisits", ["门诊量", "门诊人次"], ["人次", "人"]),
        new LabelSynonym("surgeries", ["手术量"]),
    ]);

    [Fact]
    public void LabelSynonym_Valid_KeepsTrimmedLabelsAndUnits()
    {
        var synonym = new LabelSynonym("outpatientVisits", [" 门诊量 ", "门诊人次"], [" 人次 "]);

        synonym.Code.Should().Be("outpatientVisits");
        synonym.Labels.Should().Equal("门诊量", "门诊人次");
        synonym.Units.Should().Equal("人次");
        synonym.ToString().Should().Be("outpatientVisits: 门诊量, 门诊人次");
        new LabelSynonym("surgeries", ["手术量"]).Units.Should().BeEmpty();
    }

    [Fact]
    public void LabelSynonym_BadArguments_AreRejected()
    {
        FluentActions.Invoking(() => new LabelSynonym("Outpatient", ["门诊量"]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("code must be camelCase ASCII*was 'Outpatient'.*").And.ParamName.Should().Be("code");
        FluentActions.Invoking(() => new LabelSynonym("outpatientVisits", null!))
            .Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("labels");
        FluentActions.Invoking(() => new LabelSynonym("outpatientVisits", ["门诊量", " "]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("labels must not be empty or white space.*").And.ParamName.Should().Be("labels");
        FluentActions.Invoking(() => new LabelSynonym("outpatientVisits", []))
            .Should().ThrowExactly<ArgumentException>().WithMessage("the synonym entry 'outpatientVisits' has no label.*").And.ParamName.Should().Be("labels");
        FluentActions.Invoking(() => new LabelSynonym("outpatientVisits", ["门诊量"], ["人次", ""]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("units must not be empty or white space.*").And.ParamName.Should().Be("units");
    }

    [Fact]
    public void Constructor_Valid_KeepsIdAndEntriesAndPrintsTheirNumber()
    {
        var synonyms = Two();

        synonyms.Id.Should().Be("test");
        synonyms.Entries.Select(e => e.Code).Should().Equal("outpatientVisits", "surgeries");
        synonyms.ToString().Should().Be("test (2 entries)");
    }

    [Fact]
    public void Constructor_BadArguments_AreRejected()
    {
        var entry = new LabelSynonym("surgeries", ["手术量"]);

        FluentActions.Invoking(() => new LabelSynonyms(" ", [entry]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("id must not be empty or white space.*").And.ParamName.Should().Be("id");
        FluentActions.Invoking(() => new LabelSynonyms("test", null!))
            .Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("entries");
        FluentActions.Invoking(() => new LabelSynonyms("test", [entry, null!]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("entries must not contain null.*").And.ParamName.Should().Be("entries");
    }

    [Fact]
    public void Constructor_LabelsTheSameOnceNormalized_AreRejected() =>
        FluentActions.Invoking(() => new LabelSynonyms("test", [new LabelSynonym("surgeries", ["手术量"]), new LabelSynonym("daySurgeries", ["全年（手术量）"])]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("entries contains the label '手术量' more than once.*")
            .And.ParamName.Should().Be("entries");

    [Theory]
    [InlineData("门诊量", null, "outpatientVisits")]
    [InlineData("门诊量", "人次", "outpatientVisits")]
    [InlineData("门诊量", "人", "outpatientVisits")]
    [InlineData("门诊量", "台次", null)]
    [InlineData("手术量", "台次", "surgeries")]
    [InlineData("手术量", null, "surgeries")]
    [InlineData("全年门诊 人次", "人次", "outpatientVisits")]
    [InlineData("出院人次", null, null)]
    public void Find_LabelAndUnit_GiveTheCodeWhenTheUnitFits(string label, string? unit, string? code) =>
        Two().Find(label, unit).Should().Be(code);

    [Fact]
    public void Find_Null_Throws() =>
        FluentActions.Invoking(() => Two().Find(null!)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("label");

    [Theory]
    [InlineData("门诊量", "门诊量")]
    [InlineData("门诊 (人次)", "门诊人次")]
    [InlineData("门诊（人次）\u3000", "门诊人次")]
    [InlineData("全年共完成手术", "手术")]
    [InlineData("医院全年门诊量", "门诊量")]
    [InlineData("我院年度总收入", "收入")]
    [InlineData("总收入", "收入")]
    [InlineData("总额", "总额")]
    [InlineData("全年共", "全年共")]
    [InlineData("年度", "年度")]
    [InlineData("全年手术", "手术")]
    [InlineData("全年共计", "共计")]
    public void Normalize_Label_DropsBracketsSpacesAndLeadingFillers(string label, string expected) =>
        LabelSynonyms.Normalize(label).Should().Be(expected);

    [Fact]
    public void Load_Json_ReadsTheEntries()
    {
        var synonyms = LabelSynonyms.Load("""{"id":"small","entries":[{"code":"surgeries","labels":["手术量","手术台次"],"units":["台次"]}]}""");

        synonyms.Should().Be(new LabelSynonyms("small", [new LabelSynonym("surgeries", ["手术量", "手术台次"], ["台次"])]));
        synonyms.Find("手术台次", "台次").Should().Be("surgeries");
    }

    [Fact]
    public void Load_Null_Throws() =>
        FluentActions.Invoking(() => LabelSynonyms.Load(null!)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("json");

    [Fact]
    public void Standard_IsTheShippedList() =>
        LabelSynonyms.Standard.ToString().Should().Be("standard (32 entries)");
}
