using System.Text.RegularExpressions;
using HospitalDomain.Accreditation;
using HospitalDomain.Assessments;
using HospitalDomain.Excel.Tests.TestHelpers;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Records;
using HospitalDomain.Records.Generation;

namespace HospitalDomain.Excel.Tests;

public sealed partial class ResultWorkbooksTests
{
    [Fact]
    public void WriteEvaluation_WithPrevious_HasChineseHeadersChangesAndFormats()
    {
        var calculator = new IndicatorCalculator(IndicatorEditions.NationalTertiary2020);
        var current = calculator.Evaluate(Figures(2023, 37_438, 95_700));
        var previous = calculator.Evaluate(Figures(2022, 30_000, 90_000));
        using var file = new TempFile();

        ResultWorkbooks.WriteEvaluation(file.Path, current, previous);

        var summary = Workbooks.Rows(file.Path, "概况");
        summary[0]["A"].Should().Be("项目");
        summary.Should().Contain(r => (string?)r["A"] == "机构" && (string?)r["B"] == "H1");
        var rows = Workbooks.Rows(file.Path, "指标结果");
        rows[0].Values.Should().Equal("序号", "指标", "代码", "维度", "状态", "数值", "单位", "分子", "分母", "导向", "上期数值", "变化", "变化率", "判断");
        rows.Should().HaveCount(current.Results.Length + 1);
        var level4 = current.Results.First(r => r.Definition.Code == "level4SurgeryShare");
        var row = rows.Single(r => (string?)r["C"] == "level4SurgeryShare");
        row["B"].Should().Be(level4.Definition.ChineseName);
        row["E"].Should().Be("已计算");
        row["F"].Should().Be((double)level4.Value!.Value);
        row["N"].Should().Be("改善");
        rows.Skip(1).Select(r => (string?)r["E"]).Should().BeSubsetOf(["已计算", "无法计算", "缺少数据", "定性指标", "不适用"]);
        AssertLaidOut(file.Path, 2);
        Workbooks.Part(file.Path, "xl/styles.xml").Should().Contain("formatCode=\"0.00%\"").And.Contain("formatCode=\"#,##0.00\"");
    }

    [Fact]
    public void WriteAssessment_HasTotalsAndPointsSheets()
    {
        var cohort = new CohortAssessment(
            "illustrative",
            [
                new Assessment("H1", "三级综合", 91.25m, "A+", 1, 2, [new IndicatorPoints("level4SurgeryShare", "医疗质量", 10m, 9.5m, 39.12m, 95m, rank: 1)]),
                new Assessment("H2", "三级综合", 80m, "B", 2, 2, [new IndicatorPoints("level4SurgeryShare", "医疗质量", 10m, 0m, missing: true)], previousTotal: 78.5m, previousGrade: "B"),
            ]);
        using var file = new TempFile();

        ResultWorkbooks.WriteAssessment(file.Path, cohort, IndicatorEditions.NationalTertiary2020);

        var totals = Workbooks.Rows(file.Path, "总分与等级");
        totals[0].Values.Should().Equal("机构", "同级组", "总分", "等级", "组内排名", "组内机构数", "上期总分", "上期等级");
        totals[1].Values.Should().Equal("H1", "三级综合", 91.25d, "A+", 1d, 2d, null, null);
        var points = Workbooks.Rows(file.Path, "指标得分");
        points[0].Values.Should().Equal("机构", "指标代码", "指标", "维度", "权重", "得分", "指标值", "百分位", "组内排名", "缺少数据");
        points[1]["C"].Should().Be(IndicatorEditions.NationalTertiary2020["level4SurgeryShare"].Definition.ChineseName);
        points[1]["H"].Should().Be(0.95d, "the percentile rank is written as a fraction shown as a percent");
        points[2]["J"].Should().Be("是");
        AssertLaidOut(file.Path, 2);
    }

    [Fact]
    public void WriteAccreditation_HasSummaryAndEveryCriterion()
    {
        var result = AccreditationStandards.BasicStandard1994General.Check(new HospitalProfile(
            [new(StandardMetrics.ApprovedBeds, 600), new(StandardMetrics.HealthTechnicians, 640), new(StandardMetrics.RegisteredNurses, 300)]));
        using var file = new TempFile();

        ResultWorkbooks.WriteAccreditation(file.Path, result);

        var summary = Workbooks.Rows(file.Path, "概况");
        summary[0].Values.Should().Equal("级别", "条款数", "达标", "未达标", "无法评估", "待核实证据", "是否达到");
        summary.Last()["A"].Should().Be("最高达到级别");
        var criteria = Workbooks.Rows(file.Path, "条款结果");
        criteria.Should().HaveCount(result.Results.Length + 1);
        criteria.Skip(1).Select(r => (string?)r["E"]).Should().BeSubsetOf(["达标", "未达标", "无法评估", "待核实证据"]);
        AssertLaidOut(file.Path, 2);
    }

    [Fact]
    public void WriteReconciliation_CountsAddUpAndNoPatientIsWritten()
    {
        using var export = new MemoryStream();
        FrontPageExportGenerator.Write(export, new FrontPageExportOptions { Rows = 400, DefectShare = 0.1 });
        export.Position = 0;
        var aggregator = new FrontPageAggregator();
        aggregator.Read(export, "export.csv");
        var result = aggregator.ToResult();
        using var file = new TempFile();

        ResultWorkbooks.WriteReconciliation(file.Path, result);

        var counts = Workbooks.Rows(file.Path, "核对");
        counts[0].Values.Should().Equal("项目", "行数", "占读取行数");
        counts[1].Values.Should().Equal("读取", 400d, 1d);
        counts[2]["B"].Should().Be((double)result.Reconciliation.Accepted);
        counts.Where(r => ((string?)r["A"])!.StartsWith("拒收：", StringComparison.Ordinal)).Sum(r => (double)r["B"]!).Should().Be(result.Reconciliation.Rejected);
        Workbooks.Rows(file.Path, "拒收明细").Should().HaveCount(result.Rejections.Length + 1);
        var text = string.Concat(Enumerable.Range(1, 3).Select(i => Workbooks.Part(file.Path, $"xl/worksheets/sheet{i}.xml"))) + Workbooks.Part(file.Path, "xl/sharedStrings.xml");
        text.Should().NotContain("测试患者").And.NotContain("虚构省");
        AssertLaidOut(file.Path, 3);
    }

    private static MetricSet Figures(int year, long level4, long surgeries) =>
        MetricSet.CreateBuilder(MetricCatalogue.Standard, "H1", ReportingPeriod.Parse(year.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Set("level4Surgeries", level4).Set("surgeries", surgeries).Set("discharges", 60_000).Set("outpatientEmergencyVisits", 2_607_200).Build();

    /// <summary>Every sheet: the header row frozen, and a width for every column that fits its header.</summary>
    private static void AssertLaidOut(string path, int sheets)
    {
        for (var i = 1; i <= sheets; i++)
        {
            var xml = Workbooks.Part(path, $"xl/worksheets/sheet{i}.xml");
            xml.Should().Contain("ySplit=\"1\"").And.Contain("state=\"frozen\"");
            var widths = WidthPattern().Matches(xml).Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            widths.Should().NotBeEmpty().And.OnlyContain(w => w >= 6);
        }
    }

    [GeneratedRegex("<x:col [^>]*width=\"([0-9.]+)\"")]
    private static partial Regex WidthPattern();
}
