using HospitalDomain.Cli;

namespace HospitalDomain.Tests.Cli;

public sealed class TextTableTests
{
    [Theory]
    [InlineData("abc", 3)]
    [InlineData("三级甲等", 8)]
    [InlineData("A100 综合医院", 13)]
    [InlineData("", 0)]
    public void Width_CountsCjkCharactersAsTwoColumns(string text, int expected) =>
        TextTable.Width(text).Should().Be(expected);

    [Fact]
    public void WriteTo_AlignsChineseAndLatinColumns()
    {
        var table = new TextTable("Name", "Beds").AlignRight(1)
            .Add("市中心医院", "1200")
            .Add("County", "85");
        using var writer = new StringWriter();

        table.WriteTo(writer);

        var lines = writer.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        lines.Select(TextTable.Width).Distinct().Should().ContainSingle("every line has the same display width");
        lines.Should().Contain(l => l.StartsWith("市中心医院") && l.EndsWith("1200"));
        lines.Should().Contain(l => l.StartsWith("County") && l.EndsWith("  85"));
    }

    [Fact]
    public void Add_WrongNumberOfCells_Throws()
    {
        var act = () => new TextTable("A", "B").Add("only one");
        act.Should().Throw<ArgumentException>().WithMessage("Expected 2 cells, got 1.*");
    }
}
