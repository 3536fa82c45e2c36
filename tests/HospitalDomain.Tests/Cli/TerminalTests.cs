using HospitalDomain.Cli;
using HospitalDomain.Cli.Rendering;

namespace HospitalDomain.Tests.Cli;

public sealed class TerminalTests
{
    [Fact]
    public void Table_ChineseAndLatinRows_LineUpByDisplayWidth()
    {
        using var writer = new StringWriter();
        var console = Terminal.Create(writer, terminal: false, width: 120);

        console.Write(Terminal.Table(
            ["No", "指标", "Value", "状态"],
            [["1", "出院患者四级手术比例", "19.53%", "已计算"], ["2", "I类切口手术部位感染率", "0.1%", "已计算"], ["10", "ALOS", "n/a", "无法计算"]],
            new HashSet<int> { 2 }));

        var text = writer.ToString().ReplaceLineEndings("\n");
        text.Should().Contain("出院患者四级手术比例").And.Contain("│");
        text.Should().NotContain("\u001b[", "output to a writer that is not a terminal has no colour codes");
        TableLayout.AssertBorderedTablesAligned(text, "the table").Should().Be(1);
    }

    [Fact]
    public void Table_CellWithMarkupCharacters_IsTextNotMarkup()
    {
        using var writer = new StringWriter();

        Terminal.Create(writer, terminal: false).Write(Terminal.Table(["a"], [["[red]x[/] [bold"]], new HashSet<int>()));

        writer.ToString().Should().Contain("[red]x[/] [bold");
    }

    [Fact]
    public void IsInteractive_StringWriter_IsFalse()
    {
        Terminal.IsInteractive(new StringWriter()).Should().BeFalse();
    }

    [Fact]
    public void TextTable_ChineseRows_LineUp()
    {
        using var writer = new StringWriter();
        new TextTable("No", "指标", "Value").AlignRight(2).Add("1", "出院患者四级手术比例", "19.53%").Add("10", "ALOS", "n/a").WriteTo(writer);

        TableLayout.AssertPlainTablesAligned(writer.ToString().ReplaceLineEndings("\n"), "the table").Should().Be(1);
    }

    [Fact]
    public void TextTable_OnATerminal_IsBorderedAndAligned()
    {
        using var writer = new StringWriter();
        Terminal.RenderAsTerminal(writer, 120);

        new TextTable("No", "指标", "Value").AlignRight(2).Add("1", "出院患者四级手术比例", "19.53%").Add("10", "ALOS", "n/a").WriteTo(writer);

        var text = writer.ToString().ReplaceLineEndings("\n");
        text.Should().Contain("╭").And.Contain("出院患者四级手术比例");
        TableLayout.AssertBorderedTablesAligned(text, "the table").Should().Be(1);
    }
}
