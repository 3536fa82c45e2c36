using HospitalDomain.Excel.Tests.TestHelpers;
using HospitalDomain.Metrics;

namespace HospitalDomain.Excel.Tests;

public sealed class MetricWorkbookTests
{
    private static readonly MetricCatalogue Catalogue = MetricCatalogue.Standard;

    [Fact]
    public void Read_MetricRowsWithLabelCells_GivesOneSetPerSheet()
    {
        using var file = new TempFile();
        Workbooks.Write(
            file.Path,
            ("填报表", [
                ["机构", "H1"],
                ["期间", "2023"],
                [],
                ["指标", "数值", "单位"],
                ["出院人次（人次）", 12_345, "人次"],
                ["surgeries", "4,321"],
                ["门急诊人次", null],
            ]));

        var result = MetricWorkbook.Read(file.Path, null);

        result.Problems.Should().BeEmpty();
        var set = result.MetricSets.Should().ContainSingle().Subject;
        set.Entity.Should().Be("H1");
        set.Period.Should().Be(ReportingPeriod.Parse("2023"));
        set.Count.Should().Be(2);
        set["discharges"].Should().Be(12_345m);
        set["surgeries"].Should().Be(4_321m);
        set["outpatientEmergencyVisits"].Should().BeNull("an empty cell is a missing value, not 0");
    }

    [Fact]
    public void Read_MetricRowsWithoutLabels_TakesEntityAndPeriodFromSheetName()
    {
        using var file = new TempFile();
        Workbooks.Write(file.Path, ("H2 2023Q4", [["出院人次", 10], ["门急诊人次", 200]]), ("H3_2024-03", [["discharges", 7]]));

        var sets = MetricWorkbook.Load(file.Path);

        sets.Select(s => (s.Entity, s.Period.ToString(), s.Count)).Should().Equal(("H2", "2023Q4", 2), ("H3", "2024-03", 1));
    }

    [Fact]
    public void Read_EntityRows_GivesOneSetPerRow()
    {
        using var file = new TempFile();
        Workbooks.Write(
            file.Path,
            ("汇总", [
                ["机构", "期间", "出院人次", "门急诊人次（人次）", "surgeries"],
                ["H1", "2023", 100, 2_607_200, null],
                ["H2", 2023, 50, 1_000, 3],
                [],
            ]));

        var result = MetricWorkbook.Read(file.Path, Catalogue);

        result.Problems.Should().BeEmpty();
        result.MetricSets.Should().HaveCount(2);
        result.MetricSets[0].Entity.Should().Be("H1");
        result.MetricSets[0]["outpatientEmergencyVisits"].Should().Be(2_607_200m);
        result.MetricSets[0]["surgeries"].Should().BeNull();
        result.MetricSets[1].Period.Should().Be(ReportingPeriod.Parse("2023"), "a year typed as a number is the year");
        result.MetricSets[1]["discharges"].Should().Be(50m);
    }

    [Fact]
    public void Read_EntityRowsWithoutPeriodColumn_TakesPeriodFromSheetName()
    {
        using var file = new TempFile();
        Workbooks.Write(file.Path, ("2022", [["机构", "出院人次"], ["H1", 1], ["H2", 2]]));

        var sets = MetricWorkbook.Load(file.Path);

        sets.Select(s => (s.Entity, s.Period.ToString())).Should().Equal(("H1", "2022"), ("H2", "2022"));
    }

    [Fact]
    public void Read_BadCells_ReportsEveryOneBySheetAndAddress()
    {
        using var file = new TempFile();
        Workbooks.Write(
            file.Path,
            ("汇总", [
                ["机构", "期间", "出院人次", "床位使用率XYZ", "门急诊人次"],
                ["H1", "2023", "一百", 5, 10],
                ["H2", "2023年", 1, 2, 3],
                [null, "2023", 4, 5, 6],
            ]),
            ("空表", []),
            ("H9 2023", [["指标", "数值"], ["手术台次合计", 3], ["出院人次", "n/a"], ["出院人次", 4], ["出院人次", 5], ["门急诊人次", 2.5]]));

        var result = MetricWorkbook.Read(file.Path, Catalogue);

        result.IsValid.Should().BeFalse();
        result.Problems.Select(p => (p.Sheet, p.Cell, p.Kind)).Should().Equal(
            ("汇总", "D1", WorkbookProblemKind.UnknownMetric),
            ("汇总", "C2", WorkbookProblemKind.NotANumber),
            ("汇总", "B3", WorkbookProblemKind.InvalidPeriod),
            ("汇总", "A4", WorkbookProblemKind.MissingEntity),
            ("空表", "A1", WorkbookProblemKind.EmptySheet),
            ("H9 2023", "A2", WorkbookProblemKind.UnknownMetric),
            ("H9 2023", "B3", WorkbookProblemKind.NotANumber),
            ("H9 2023", "B5", WorkbookProblemKind.DuplicateMetric),
            ("H9 2023", "B6", WorkbookProblemKind.InvalidValue));
        result.Problems[0].Message.Should().Be("'床位使用率XYZ' is not the code or the Chinese name of a metric of the catalogue 'standard'.");
        result.Problems[1].Message.Should().Be("'一百' is not a number.");
        result.Problems[1].ToString().Should().Be("'汇总'!C2: '一百' is not a number.");
        result.Problems[7].Message.Should().Be("出院人次 (discharges) of H9 2023 already has a value, at 'H9 2023'!B4.");
        result.Problems[8].Message.Should().Be("2.5 is not a value of 门急诊人次: outpatientEmergencyVisits is a count and must be a whole number, was 2.5.");
        result.MetricSets.Select(s => s.Entity).Should().Equal(["H1", "H9"], "the good cells are kept");
        result.MetricSets[0]["outpatientEmergencyVisits"].Should().Be(10m);
    }

    [Fact]
    public void Read_MergedHeader_IsReportedAtTheMergedCell()
    {
        using var file = new TempFile();
        Workbooks.Write(file.Path, ("汇总", [["机构", "期间", "出院人次", null], ["H1", "2023", 1, 2]]));
        Workbooks.Merge(file.Path, 1, "C1:D1");

        var result = MetricWorkbook.Read(file.Path, Catalogue);

        var problem = result.Problems.Should().ContainSingle().Subject;
        (problem.Sheet, problem.Cell, problem.Kind).Should().Be(("汇总", "D1", WorkbookProblemKind.MergedHeader));
        problem.Message.Should().Be("The header cell is part of a merged range showing '出院人次'; unmerge it and give each column its own header.");
    }

    [Fact]
    public void Read_EmptyWorkbookSheet_IsReported()
    {
        using var file = new TempFile();
        Workbooks.Write(file.Path, ("Sheet1", []));

        var result = MetricWorkbook.Read(file.Path, Catalogue);

        result.Problems.Should().Equal(new WorkbookProblem("Sheet1", "A1", WorkbookProblemKind.EmptySheet, "The sheet is empty: it has no header and no values."));
        result.MetricSets.Should().BeEmpty();
    }

    [Fact]
    public void Read_MetricRowsWithoutEntityOrPeriod_ReportsBoth()
    {
        using var file = new TempFile();
        Workbooks.Write(file.Path, ("数据", [["出院人次", 1]]));

        var result = MetricWorkbook.Read(file.Path, Catalogue);

        result.Problems.Select(p => (p.Cell, p.Kind)).Should().Equal(("A1", WorkbookProblemKind.MissingEntity), ("A1", WorkbookProblemKind.MissingPeriod));
    }

    [Fact]
    public void Read_PeerGroups_FromColumnAndLabelRow()
    {
        using var file = new TempFile();
        Workbooks.Write(
            file.Path,
            ("汇总", [["机构", "同级组", "期间", "出院人次"], ["H1", "三级综合", "2023", 1], ["H1", "三级综合", "2022", 2], ["H2", "中医", "2023", 3], ["H1", "二级", "2021", 4]]),
            ("H3 2023", [["同级组", "专科"], ["出院人次", 5]]));

        var result = MetricWorkbook.Read(file.Path, Catalogue);

        result.PeerGroups.Should().BeEquivalentTo(new Dictionary<string, string> { ["H1"] = "三级综合", ["H2"] = "中医", ["H3"] = "专科" });
        result.Problems.Should().Equal(new WorkbookProblem("汇总", "B5", WorkbookProblemKind.ConflictingPeerGroup, "H1 is in the peer group '三级综合' at '汇总'!B2, not '二级'."));
        result.MetricSets.Should().HaveCount(5);
    }

    [Fact]
    public void Load_BadCell_ThrowsNamingTheFirst()
    {
        using var file = new TempFile();
        Workbooks.Write(file.Path, ("H1 2023", [["出院人次", "x"], ["未知", 1]]));

        var act = () => MetricWorkbook.Load(file.Path);

        act.Should().Throw<WorkbookFormatException>()
            .WithMessage("'H1 2023'!B1: 'x' is not a number. (and 1 more problems)")
            .Which.Problems.Should().HaveCount(2);
    }

    [Fact]
    public void Read_NotAWorkbook_IsOneProblem()
    {
        using var file = new TempFile();
        File.WriteAllText(file.Path, "机构,期间\nH1,2023\n");

        var result = MetricWorkbook.Read(file.Path, Catalogue);

        result.Problems.Should().ContainSingle().Which.Kind.Should().Be(WorkbookProblemKind.UnreadableWorkbook);
    }

    [Theory]
    [InlineData(WorkbookLayout.MetricRows, false)]
    [InlineData(WorkbookLayout.MetricRows, true)]
    [InlineData(WorkbookLayout.EntityRows, false)]
    [InlineData(WorkbookLayout.EntityRows, true)]
    public void Write_ThenRead_GivesEqualSets(WorkbookLayout layout, bool everyMetric)
    {
        var sets = new[]
        {
            MetricSet.CreateBuilder(Catalogue, "H1/心血管内科", ReportingPeriod.Parse("2023"))
                .Set("discharges", 12_345).Set("outpatientEmergencyVisits", 2_607_200).Set("inpatientRevenue", 123_456_789.12m).Set("surgeries", 0).Build(),
            MetricSet.CreateBuilder(Catalogue, "H2", ReportingPeriod.Parse("2023Q4"))
                .Set("discharges", 5).Set("inpatientRevenue", 0.5m).Set("level4Surgeries", 37_438).Build(),
            MetricSet.CreateBuilder(Catalogue, "H2", ReportingPeriod.Parse("2023-01-01/2023-07-31")).Build(),
        };
        using var file = new TempFile();

        MetricWorkbook.Write(file.Path, sets, layout, everyMetric);
        var back = MetricWorkbook.Read(file.Path, Catalogue);

        back.Problems.Should().BeEmpty();
        if (layout == WorkbookLayout.EntityRows)
        {
            back.MetricSets.Should().Equal(sets, "a row per set, also for a set without values");
        }
        else
        {
            back.MetricSets.Should().Equal(sets);
        }
    }

    [Fact]
    public void Write_Stream_ReadsBackEqual()
    {
        var set = MetricSet.CreateBuilder(Catalogue, "H1", ReportingPeriod.Parse("2023")).Set("discharges", 3).Build();
        using var stream = new MemoryStream();

        MetricWorkbook.Write(stream, [set], WorkbookLayout.EntityRows, everyMetric: false);
        stream.Position = 0;

        MetricWorkbook.Read(stream, Catalogue).GetMetricSetsOrThrow().Should().Equal(set);
    }

    [Fact]
    public void Write_MetricRows_HasLabelsFrozenRowsAndFormats()
    {
        var set = MetricSet.CreateBuilder(Catalogue, "H1", ReportingPeriod.Parse("2023")).Set("outpatientEmergencyVisits", 2_607_200).Build();
        using var file = new TempFile();

        MetricWorkbook.Write(file.Path, [set], WorkbookLayout.MetricRows, everyMetric: false);

        var rows = Workbooks.Rows(file.Path, "H1 2023");
        rows[0]["A"].Should().Be("机构");
        rows[3]["A"].Should().Be("指标");
        rows[4]["A"].Should().Be("门急诊人次");
        rows[4]["B"].Should().Be(2_607_200d);
        var sheet = Workbooks.Part(file.Path, "xl/worksheets/sheet1.xml");
        sheet.Should().Contain("ySplit=\"4\"").And.Contain("state=\"frozen\"");
        Workbooks.Part(file.Path, "xl/styles.xml").Should().Contain("0!.0,&quot;万&quot;");
    }
}
