using HospitalDomain.Cli;
using HospitalDomain.Cli.Rendering;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Cli;

/// <summary>
/// Every table the command prints lines up on screen, Chinese rows included: written plain (output
/// redirected) and drawn by Spectre.Console (a terminal 1000 columns wide; a table wider than the terminal is written plain), every column starts at
/// the same display column on every row.
/// </summary>
public sealed class CommandTablesTests
{
    public static TheoryData<string[]> CommandLines() =>
    [
        [],
        ["hospitals"],
        ["metrics"],
        ["editions"],
        ["indicators", "--edition", "national-tertiary-2020"],
        ["evaluate"],
        ["evaluate", "--edition", "national-tertiary-2020", "--metrics", RepositoryFiles.PathOf("samples/Workbooks/fill-in.xlsx")],
        ["standards"],
        ["grade-check", "--profile", RepositoryFiles.PathOf("samples/HospitalDomain.Cli/Samples/county-hospital.profile.json"), "--standard", "basic-standard-1994-general"],
        ["assess", "--top", "5"],
        ["assess", "--hospital", "H0001"],
        ["assess", "--figures", RepositoryFiles.PathOf("samples/Workbooks/cohort.xlsx")],
        ["read", RepositoryFiles.PathOf("samples/HospitalDomain.Cli/Samples/example-2023.report.txt")],
    ];

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void Tables_LineUpPlainAndOnATerminal(string[] args)
    {
        var line = "hospital " + string.Join(" ", args);
        var plain = CliRunner.Run(args).ShouldSucceed().Output;
        var terminal = RunOnTerminal(args);

        var plainTables = TableLayout.AssertPlainTablesAligned(plain, line);
        var borderedTables = TableLayout.AssertBorderedTablesAligned(terminal, line + " on a terminal");

        plainTables.Should().BeGreaterThan(0, $"{line} prints a table");
        borderedTables.Should().Be(plainTables, $"{line} draws each of its tables on a terminal");
        terminal.Should().NotContain("\u001b[", "the test's terminal has no colour");
    }

    [Fact]
    public void Ingest_TableLinesUpPlainAndOnATerminal()
    {
        var export = Path.Combine(Path.GetTempPath(), "hospital-tables-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(export, CliRunner.Run("generate-records", "--rows", "300", "--defects", "0.05").ShouldSucceed().Output);
        try
        {
            Tables_LineUpPlainAndOnATerminal(["ingest", export, "--by", "department"]);
        }
        finally
        {
            File.Delete(export);
        }
    }

    private static string RunOnTerminal(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Terminal.RenderAsTerminal(output, 1000);
        CliApplication.Run(args, output, error, TextReader.Null).Should().Be(0, error.ToString());
        return output.ToString().ReplaceLineEndings("\n");
    }
}
