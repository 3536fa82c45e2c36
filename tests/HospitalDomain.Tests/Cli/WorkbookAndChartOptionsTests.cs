using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Cli;

/// <summary>--xlsx, --chart and workbook inputs on the command line.</summary>
public sealed class WorkbookAndChartOptionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hospital-xlsx-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Evaluate_WorkbooksInWorkbookAndChartOut()
    {
        var xlsx = Path.Combine(_folder, "evaluation.xlsx");
        var chart = Path.Combine(_folder, "evaluation.svg");

        var run = CliRunner.Run(
            "evaluate", "--edition", "national-tertiary-2020", "--metrics", Sample("fill-in.xlsx"), "--previous", Sample("fill-in-2022.xlsx"), "--xlsx", xlsx, "--chart", chart).ShouldSucceed();

        run.Output.Should().StartWith("县人民医院 2023").And.Contain($"Workbook: {xlsx}").And.Contain($"Chart: {chart} (1000×");
        run.Output.Should().Contain("缺少数据：").And.NotContain("missing:");
        File.Exists(xlsx).Should().BeTrue();
        File.ReadAllText(chart).Should().StartWith("<?xml").And.Contain("<svg");
    }

    [Fact]
    public void Evaluate_ChartWithoutPrevious_IsOneLine() =>
        CliRunner.Run("evaluate", "--metrics", Sample("fill-in.xlsx"), "--chart", Path.Combine(_folder, "x.png"))
            .ShouldFailWithOneLine().Should().Be("hospital: --chart needs --previous too: it shows each indicator's change");

    [Fact]
    public void Evaluate_WorkbookOfSeveralSets_IsOneLine() =>
        CliRunner.Run("evaluate", "--metrics", Sample("summary.xlsx"))
            .ShouldFailWithOneLine().Should().EndWith("holds 4 metric sets; give a workbook with one (a fill-in form, or a summary table of one row)");

    [Theory]
    [InlineData("--xlsx", "result.csv", "a workbook is written as .xlsx")]
    [InlineData("--chart", "chart.jpg", "a chart is written as .png or .svg")]
    public void Assess_OutputWithAnotherExtension_IsOneLine(string option, string name, string reason)
    {
        var path = Path.Combine(_folder, name);

        CliRunner.Run("assess", option, path).ShouldFailWithOneLine().Should().Be($"hospital: {path}: {reason}");
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public void Assess_FiguresFromAWorkbook_WritesWorkbookAndChart()
    {
        var xlsx = Path.Combine(_folder, "assessment.xlsx");
        var chart = Path.Combine(_folder, "assessment.png");

        var run = CliRunner.Run("assess", "--figures", Sample("cohort.xlsx"), "--xlsx", xlsx, "--chart", chart).ShouldSucceed();

        run.Output.Should().Contain("县人民医院").And.Contain("排名").And.Contain($"Chart: {chart} (1400×600, PNG");
        File.ReadAllBytes(chart).Take(4).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');
        File.Exists(xlsx).Should().BeTrue();
    }

    [Fact]
    public void Assess_Json_WithChart_PrintsOnlyJson()
    {
        var chart = Path.Combine(_folder, "assessment.png");

        var run = CliRunner.Run("assess", "--top", "1", "--chart", chart, "--json").ShouldSucceed();

        System.Text.Json.JsonDocument.Parse(run.Output).Dispose();
        File.Exists(chart).Should().BeTrue();
    }

    [Fact]
    public void GradeCheck_Xlsx_WritesTheResult()
    {
        var xlsx = Path.Combine(_folder, "grade-check.xlsx");

        var run = CliRunner.Run("grade-check", "--profile", RepositoryFiles.PathOf("samples/HospitalDomain.Cli/Samples/county-hospital.profile.json"), "--standard", "basic-standard-1994-general", "--xlsx", xlsx).ShouldSucceed();

        run.Output.Should().Contain("未达标").And.Contain($"Workbook: {xlsx}");
        File.Exists(xlsx).Should().BeTrue();
    }

    [Fact]
    public void Ingest_Xlsx_WritesTheReconciliation()
    {
        var export = Path.Combine(_folder, "export.csv");
        File.WriteAllText(export, CliRunner.Run("generate-records", "--rows", "200", "--defects", "0.1").ShouldSucceed().Output);
        var xlsx = Path.Combine(_folder, "ingest.xlsx");

        var run = CliRunner.Run("ingest", export, "--xlsx", xlsx).ShouldSucceed();

        run.Output.Should().Contain("重复住院记录").And.Contain($"Workbook: {xlsx}");
        File.Exists(xlsx).Should().BeTrue();
    }

    private static string Sample(string name) => RepositoryFiles.PathOf("samples/Workbooks/" + name);
}
