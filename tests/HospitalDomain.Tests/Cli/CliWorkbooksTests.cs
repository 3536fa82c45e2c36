using HospitalDomain.Cli;
using HospitalDomain.Excel;
using HospitalDomain.Metrics;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Cli;

public sealed class CliWorkbooksTests
{
    private static readonly CliContext Context = new(TextWriter.Null, TextWriter.Null, TextReader.Null);

    [Fact]
    public void ReadMetricSet_FillInForm_IsItsSet()
    {
        var set = CliWorkbooks.ReadMetricSet(Context, RepositoryFiles.PathOf("samples/Workbooks/fill-in.xlsx"));

        (set.Entity, set.Period.ToString()).Should().Be(("县人民医院", "2023"));
        set["discharges"].Should().Be(35_120m);
    }

    [Fact]
    public void ReadMetricSet_SeveralSets_IsOneLine()
    {
        var path = RepositoryFiles.PathOf("samples/Workbooks/summary.xlsx");

        var act = () => CliWorkbooks.ReadMetricSet(Context, path);

        act.Should().Throw<CliException>().WithMessage($"{path}: holds 4 metric sets; give a workbook with one (a fill-in form, or a summary table of one row)");
    }

    [Fact]
    public void ReadMetricSet_BadCell_NamesFileSheetAndCell()
    {
        var path = Path.Combine(Path.GetTempPath(), "hospital-bad-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            var set = MetricSet.CreateBuilder(MetricCatalogue.Standard, "H1", ReportingPeriod.Parse("2023")).Set("discharges", 1).Build();
            MetricWorkbook.Write(path, [set], WorkbookLayout.EntityRows, everyMetric: false);
            var rows = MiniExcelLibs.MiniExcel.Query(path, useHeaderRow: false).Cast<IDictionary<string, object?>>().Select(r => r.ToDictionary()).ToList();
            rows[1]["C"] = "一百";
            File.Delete(path);
            MiniExcelLibs.MiniExcel.SaveAs(path, rows, printHeader: false);

            var act = () => CliWorkbooks.ReadMetricSet(Context, path);

            act.Should().Throw<CliException>().WithMessage($"{path}: 'Sheet1'!C2: '一百' is not a number.");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadFigures_CohortWorkbook_GivesCurrentAndPreviousWithPeerGroups()
    {
        var figures = CliWorkbooks.ReadFigures(RepositoryFiles.PathOf("samples/Workbooks/cohort.xlsx")).ToList();

        figures.Select(f => (f.Entity, f.PeerGroup, f.Current.Period.ToString(), f.Previous?.Period.ToString())).Should().Equal(
            ("县人民医院", "综合", "2023", "2022"), ("县中医院", "中医", "2023", null), ("市第二医院", "综合", "2023", null));
    }

    [Fact]
    public void ReadFigures_WithoutPeerGroups_IsOneLine()
    {
        var path = RepositoryFiles.PathOf("samples/Workbooks/summary.xlsx");

        var act = () => CliWorkbooks.ReadFigures(path).ToList();

        act.Should().Throw<CliException>().WithMessage($"{path}: 县人民医院 has no peer group (give a 同级组 column)");
    }

    [Theory]
    [InlineData("result.csv", "result.csv: a workbook is written as .xlsx")]
    [InlineData("no-such-folder/result.xlsx", "no-such-folder/result.xlsx: no such folder")]
    public void Write_BadPath_IsOneLine(string path, string message)
    {
        var act = () => CliWorkbooks.Write(path, p => File.WriteAllText(p, string.Empty));

        act.Should().Throw<CliException>().WithMessage(message);
    }
}
