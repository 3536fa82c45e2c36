using HospitalDomain.Accreditation;
using HospitalDomain.Assessments;
using HospitalDomain.Excel.Writing;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Records;

namespace HospitalDomain.Excel;

/// <summary>
/// Results as workbooks (.xlsx) for Chinese readers: an indicator evaluation, a cohort assessment,
/// an accreditation result and a front-page reconciliation, each with Chinese headers, number
/// formats (percent with two decimals; large counts and sums in 万, the cell keeping the exact
/// value), the header row frozen and column widths that fit the text.
/// </summary>
/// <remarks>
/// Every method has a file and a stream form; the file is replaced if it exists, the stream is
/// written and left open. Nothing about a patient is written: a reconciliation's rejections show the
/// value of a personal field masked, as <see cref="RecordRejection"/> keeps it. Stateless and thread-safe.
/// </remarks>
public static class ResultWorkbooks
{
    /// <summary>Writes an indicator evaluation: a sheet of the entity, period and counts, and a sheet of every indicator.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="previous">The same entity's evaluation of an earlier period, for the change of each indicator; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="evaluation"/> is null.</exception>
    public static void WriteEvaluation(string path, IndicatorEvaluation evaluation, IndicatorEvaluation? previous) =>
        WorkbookWriter.Save(path, EvaluationSheets(evaluation, previous));

    /// <summary>Writes an indicator evaluation: a sheet of the entity, period and counts, and a sheet of every indicator.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="previous">The same entity's evaluation of an earlier period, for the change of each indicator; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="evaluation"/> is null.</exception>
    public static void WriteEvaluation(Stream stream, IndicatorEvaluation evaluation, IndicatorEvaluation? previous)
    {
        ArgumentNullException.ThrowIfNull(stream);
        WorkbookWriter.Save(stream, EvaluationSheets(evaluation, previous));
    }

    /// <summary>Writes a cohort assessment: a sheet of totals and grades, and a sheet of the points per indicator.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="cohort">The assessment.</param>
    /// <param name="edition">The indicator edition, for the indicators' Chinese names; without it the codes stand alone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="cohort"/> is null.</exception>
    public static void WriteAssessment(string path, CohortAssessment cohort, IndicatorEdition? edition) =>
        WorkbookWriter.Save(path, AssessmentSheets(cohort, edition));

    /// <summary>Writes a cohort assessment: a sheet of totals and grades, and a sheet of the points per indicator.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cohort">The assessment.</param>
    /// <param name="edition">The indicator edition, for the indicators' Chinese names; without it the codes stand alone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="cohort"/> is null.</exception>
    public static void WriteAssessment(Stream stream, CohortAssessment cohort, IndicatorEdition? edition)
    {
        ArgumentNullException.ThrowIfNull(stream);
        WorkbookWriter.Save(stream, AssessmentSheets(cohort, edition));
    }

    /// <summary>Writes an accreditation result: a sheet per level's counts and the highest level attained, and a sheet of every criterion.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="result">The result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="result"/> is null.</exception>
    public static void WriteAccreditation(string path, AccreditationResult result) =>
        WorkbookWriter.Save(path, AccreditationSheets(result));

    /// <summary>Writes an accreditation result: a sheet per level's counts and the highest level attained, and a sheet of every criterion.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="result">The result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="result"/> is null.</exception>
    public static void WriteAccreditation(Stream stream, AccreditationResult result)
    {
        ArgumentNullException.ThrowIfNull(stream);
        WorkbookWriter.Save(stream, AccreditationSheets(result));
    }

    /// <summary>Writes the reconciliation of a front-page ingest: the counts per rule, the rejections kept, and the metric sets' entity and period counts.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="result">The ingest result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="result"/> is null.</exception>
    public static void WriteReconciliation(string path, IngestResult result) =>
        WorkbookWriter.Save(path, ReconciliationSheets(result));

    /// <summary>Writes the reconciliation of a front-page ingest: the counts per rule, the rejections kept, and the metric sets' entity and period counts.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="result">The ingest result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="result"/> is null.</exception>
    public static void WriteReconciliation(Stream stream, IngestResult result)
    {
        ArgumentNullException.ThrowIfNull(stream);
        WorkbookWriter.Save(stream, ReconciliationSheets(result));
    }

    private static List<SheetTable> EvaluationSheets(IndicatorEvaluation evaluation, IndicatorEvaluation? previous)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var summary = new SheetTable("概况", new SheetColumn("项目"), new SheetColumn("内容"));
        summary.Add("机构", evaluation.Entity);
        summary.Add("期间", evaluation.Period.ToString());
        summary.Add("指标版本", evaluation.Edition.Title);
        if (previous is not null)
        {
            summary.Add("对比期间", previous.Period.ToString());
        }

        foreach (var status in Enum.GetValues<IndicatorStatus>())
        {
            summary.Add(ChineseLabels.Of(status), evaluation.Results.Count(r => r.Status == status).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        List<SheetColumn> columns =
        [
            new("序号"), new("指标"), new("代码"), new("维度"), new("状态"), new("数值", WorkbookWriter.TwoDecimals), new("单位"),
            new("分子", WorkbookWriter.TenThousands), new("分母", WorkbookWriter.TenThousands), new("导向"),
        ];
        if (previous is not null)
        {
            columns.AddRange([new("上期数值", WorkbookWriter.TwoDecimals), new("变化", WorkbookWriter.Signed), new("变化率", WorkbookWriter.Percent), new("判断")]);
        }

        var table = new SheetTable("指标结果", [.. columns]);
        foreach (var result in evaluation.Results)
        {
            var definition = result.Definition;
            List<object?> row =
            [
                result.Entry.Serial, definition.ChineseName, definition.Code, result.Entry.Dimension, ChineseLabels.Of(result.Status),
                result.Value, definition.Unit.Symbol(), result.Numerator, result.Denominator, ChineseLabels.Of(definition.Direction),
            ];
            if (previous is not null)
            {
                var before = previous.Results.FirstOrDefault(r => r.Definition.Code == definition.Code)?.Value;
                if (before is { } was && result.Value is { } now)
                {
                    var change = Change.Between(was, now, definition.Unit == Unit.Percent ? ChangeValueKind.Percentage : ChangeValueKind.Quantity, definition.Direction, definition.Unit);
                    row.AddRange([was, change.Absolute, change.Relative / 100m, ChineseLabels.Of(change.Assessment)]);
                }
                else
                {
                    row.AddRange([before, null, null, null]);
                }
            }

            table.Add([.. row]);
        }

        return [summary, table];
    }

    private static List<SheetTable> AssessmentSheets(CohortAssessment cohort, IndicatorEdition? edition)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var totals = new SheetTable(
            "总分与等级",
            new SheetColumn("机构"), new SheetColumn("同级组"), new SheetColumn("总分", WorkbookWriter.TwoDecimals), new SheetColumn("等级"),
            new SheetColumn("组内排名"), new SheetColumn("组内机构数"), new SheetColumn("上期总分", WorkbookWriter.TwoDecimals), new SheetColumn("上期等级"));
        var points = new SheetTable(
            "指标得分",
            new SheetColumn("机构"), new SheetColumn("指标代码"), new SheetColumn("指标"), new SheetColumn("维度"), new SheetColumn("权重", WorkbookWriter.TwoDecimals),
            new SheetColumn("得分", WorkbookWriter.TwoDecimals), new SheetColumn("指标值", WorkbookWriter.TwoDecimals), new SheetColumn("百分位", WorkbookWriter.Percent),
            new SheetColumn("组内排名"), new SheetColumn("缺少数据"));
        foreach (var assessment in cohort.Assessments)
        {
            totals.Add(assessment.Entity, assessment.PeerGroup, assessment.Total, assessment.Grade, assessment.Rank, assessment.PeerCount, assessment.PreviousTotal, assessment.PreviousGrade);
            foreach (var item in assessment.Points)
            {
                var name = edition is not null && edition.TryGet(item.IndicatorCode, out var entry) ? entry.Definition.ChineseName : null;
                points.Add(
                    assessment.Entity, item.IndicatorCode, name, item.Dimension, item.Weight, item.Points, item.IndicatorValue,
                    item.PercentileRank / 100m, item.Rank, item.Missing ? "是" : "否");
            }
        }

        return [totals, points];
    }

    private static List<SheetTable> AccreditationSheets(AccreditationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var summary = new SheetTable(
            "概况",
            new SheetColumn("级别"), new SheetColumn("条款数"), new SheetColumn(ChineseLabels.Of(CriterionOutcome.Met)), new SheetColumn(ChineseLabels.Of(CriterionOutcome.NotMet)),
            new SheetColumn(ChineseLabels.Of(CriterionOutcome.NotAssessable)), new SheetColumn(ChineseLabels.Of(CriterionOutcome.NeedsEvidence)), new SheetColumn("是否达到"));
        foreach (var level in result.Levels)
        {
            var own = result.Results.Where(r => r.Criterion.Level == level).ToList();
            summary.Add(
                level, own.Count,
                own.Count(r => r.Outcome == CriterionOutcome.Met), own.Count(r => r.Outcome == CriterionOutcome.NotMet),
                own.Count(r => r.Outcome == CriterionOutcome.NotAssessable), own.Count(r => r.Outcome == CriterionOutcome.NeedsEvidence),
                result.Gaps(level).IsEmpty ? "是" : "否");
        }

        summary.Add("最高达到级别", result.HighestLevel ?? "未达到任何级别");
        var criteria = new SheetTable(
            "条款结果",
            new SheetColumn("条款"), new SheetColumn("级别"), new SheetColumn("类型"), new SheetColumn("要求"), new SheetColumn("结果"),
            new SheetColumn("实际值", WorkbookWriter.TwoDecimals), new SheetColumn("差距"), new SheetColumn("说明"));
        foreach (var item in result.Results)
        {
            criteria.Add(item.ArticleNumber, item.Criterion.Level, ChineseLabels.Of(item.Criterion.Kind), item.Criterion.Description, ChineseLabels.Of(item.Outcome), item.Actual, item.Shortfall, item.Explanation);
        }

        return [summary, criteria];
    }

    private static List<SheetTable> ReconciliationSheets(IngestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var reconciliation = result.Reconciliation;
        decimal? Share(long count) => reconciliation.Read == 0 ? null : (decimal)count / reconciliation.Read;
        var counts = new SheetTable("核对", new SheetColumn("项目"), new SheetColumn("行数", WorkbookWriter.Whole), new SheetColumn("占读取行数", WorkbookWriter.Percent));
        counts.Add("读取", reconciliation.Read, Share(reconciliation.Read));
        counts.Add("接收", reconciliation.Accepted, Share(reconciliation.Accepted));
        counts.Add("拒收", reconciliation.Rejected, Share(reconciliation.Rejected));
        foreach (var (rule, count) in reconciliation.ByRule)
        {
            counts.Add("拒收：" + ChineseLabels.Of(rule), count, Share(count));
        }

        if (result.Stopped)
        {
            counts.Add("在第一条拒收处停止", null, null);
        }

        var rejections = new SheetTable("拒收明细", new SheetColumn("行号"), new SheetColumn("字段"), new SheetColumn("值"), new SheetColumn("规则"), new SheetColumn("说明"));
        foreach (var rejection in result.Rejections)
        {
            rejections.Add(rejection.Line, rejection.Field, rejection.Value, ChineseLabels.Of(rejection.Rule), rejection.Message);
        }

        var sets = new SheetTable("指标集", new SheetColumn("机构"), new SheetColumn("期间"), new SheetColumn("出院人次", WorkbookWriter.Whole), new SheetColumn("指标数"));
        foreach (var set in result.MetricSets)
        {
            sets.Add(set.Entity, set.Period.ToString(), set["discharges"], set.Count);
        }

        return [counts, rejections, sets];
    }
}
