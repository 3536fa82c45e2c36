using HospitalDomain.Accreditation;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Organizations;
using HospitalDomain.Records;

namespace HospitalDomain.Excel;

/// <summary>
/// The Chinese labels that workbooks (and tables for Chinese readers) show for the library's enums:
/// 已计算, 达标, 改善, 重复住院记录 ….
/// </summary>
/// <remarks>Every switch is exhaustive: a value that is not defined throws. Stateless and thread-safe.</remarks>
public static class ChineseLabels
{
    /// <summary>Gets the label of an indicator result's status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>已计算, 无法计算 (zero denominator), 缺少数据, 定性指标 or 不适用.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public static string Of(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Computed => "已计算",
        IndicatorStatus.NotComputable => "无法计算",
        IndicatorStatus.MissingData => "缺少数据",
        IndicatorStatus.Qualitative => "定性指标",
        IndicatorStatus.NotApplicable => "不适用",
        _ => throw Undefined(status),
    };

    /// <summary>Gets the label of an indicator's direction.</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>监测比较, 逐步提高 or 逐步降低, as the manual words them.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not defined.</exception>
    public static string Of(IndicatorDirection direction) => direction switch
    {
        IndicatorDirection.MonitorOnly => "监测比较",
        IndicatorDirection.HigherIsBetter => "逐步提高",
        IndicatorDirection.LowerIsBetter => "逐步降低",
        _ => throw Undefined(direction),
    };

    /// <summary>Gets the label of a change's judgement.</summary>
    /// <param name="assessment">The judgement.</param>
    /// <returns>持平, 改善, 变差 or 不评价.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="assessment"/> is not defined.</exception>
    public static string Of(ChangeAssessment assessment) => assessment switch
    {
        ChangeAssessment.Unchanged => "持平",
        ChangeAssessment.Improved => "改善",
        ChangeAssessment.Worsened => "变差",
        ChangeAssessment.NotJudged => "不评价",
        _ => throw Undefined(assessment),
    };

    /// <summary>Gets the label of a criterion's outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>达标, 未达标, 无法评估 or 待核实证据.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not defined.</exception>
    public static string Of(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.Met => "达标",
        CriterionOutcome.NotMet => "未达标",
        CriterionOutcome.NotAssessable => "无法评估",
        CriterionOutcome.NeedsEvidence => "待核实证据",
        _ => throw Undefined(outcome),
    };

    /// <summary>Gets the label of a criterion's kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>数量标准, 科室设置 or 佐证材料.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string Of(CriterionKind kind) => kind switch
    {
        CriterionKind.Threshold => "数量标准",
        CriterionKind.Departments => "科室设置",
        CriterionKind.Evidence => "佐证材料",
        _ => throw Undefined(kind),
    };

    /// <summary>Gets the label of a front-page validation rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>列数不符, 必填项为空, 日期无效 ….</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> is not defined.</exception>
    public static string Of(RejectionRule rule) => rule switch
    {
        RejectionRule.ColumnCount => "列数不符",
        RejectionRule.MissingValue => "必填项为空",
        RejectionRule.InvalidDate => "日期无效",
        RejectionRule.InvalidNumber => "数值无效",
        RejectionRule.NotInValueTable => "不在值域内",
        RejectionRule.OperationLevel => "手术级别无效",
        RejectionRule.DischargeBeforeAdmission => "出院早于入院",
        RejectionRule.LengthOfStayMismatch => "住院天数不符",
        RejectionRule.NegativeCost => "费用为负",
        RejectionRule.CostPartsExceedTotal => "分项费用超过总费用",
        RejectionRule.DuplicateStay => "重复住院记录",
        _ => throw Undefined(rule),
    };

    /// <summary>Gets the label of a workbook problem's kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>无法读取, 空工作表, 表头含合并单元格 ….</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string Of(WorkbookProblemKind kind) => kind switch
    {
        WorkbookProblemKind.UnreadableWorkbook => "无法读取",
        WorkbookProblemKind.EmptySheet => "空工作表",
        WorkbookProblemKind.MergedHeader => "表头含合并单元格",
        WorkbookProblemKind.NotANumber => "不是数值",
        WorkbookProblemKind.InvalidValue => "数值不符合指标要求",
        WorkbookProblemKind.UnknownMetric => "未知指标",
        WorkbookProblemKind.DuplicateMetric => "指标重复",
        WorkbookProblemKind.MissingEntity => "缺少机构",
        WorkbookProblemKind.MissingPeriod => "缺少期间",
        WorkbookProblemKind.InvalidPeriod => "期间无效",
        WorkbookProblemKind.ConflictingPeerGroup => "同级组不一致",
        _ => throw Undefined(kind),
    };

    /// <summary>Gets the label of a source status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>官方文件, 第三方资料 or 未经核实.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public static string Of(SourceStatus status) => status switch
    {
        SourceStatus.Official => "官方文件",
        SourceStatus.Secondary => "第三方资料",
        SourceStatus.Unconfirmed => "未经核实",
        _ => throw Undefined(status),
    };

    /// <summary>Gets the label of a metric's kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>计数, 金额, 天数, 面积, 分值, 等级, 时长 or 平均数.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string Of(MetricKind kind) => kind switch
    {
        MetricKind.Count => "计数",
        MetricKind.Money => "金额",
        MetricKind.Days => "天数",
        MetricKind.Area => "面积",
        MetricKind.Score => "分值",
        MetricKind.Level => "等级",
        MetricKind.Duration => "时长",
        MetricKind.Average => "平均数",
        _ => throw Undefined(kind),
    };

    /// <summary>Gets the label of a group of medical institutions' kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>医疗集团, 县域医共体, 医联体, 专科联盟 or 远程医疗协作网.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string Of(MedicalGroupKind kind) => kind switch
    {
        MedicalGroupKind.MedicalGroup => "医疗集团",
        MedicalGroupKind.CountyMedicalCommunity => "县域医共体",
        MedicalGroupKind.MedicalAlliance => "医联体",
        MedicalGroupKind.SpecialtyAlliance => "专科联盟",
        MedicalGroupKind.TelemedicineNetwork => "远程医疗协作网",
        _ => throw Undefined(kind),
    };

    /// <summary>Gets the label of a designation's status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>已获批, 建设中, 申报中, 入围 or 通过验收.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public static string Of(DesignationStatus status) => status switch
    {
        DesignationStatus.Granted => "已获批",
        DesignationStatus.UnderConstruction => "建设中",
        DesignationStatus.Applied => "申报中",
        DesignationStatus.Shortlisted => "入围",
        DesignationStatus.Accepted => "通过验收",
        _ => throw Undefined(status),
    };

    /// <summary>Gets the label of an administrative tier.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>国家级, 省级, 地市级, 县级 or 乡镇.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not defined.</exception>
    public static string Of(AdministrativeTier tier) => tier switch
    {
        AdministrativeTier.National => "国家级",
        AdministrativeTier.Provincial => "省级",
        AdministrativeTier.Municipal => "地市级",
        AdministrativeTier.County => "县级",
        AdministrativeTier.Township => "乡镇",
        _ => throw Undefined(tier),
    };

    private static ArgumentOutOfRangeException Undefined<T>(T value)
        where T : struct, Enum => new(typeof(T).Name[..1].ToLowerInvariant() + typeof(T).Name[1..], value, $"The value is not a defined {typeof(T).Name} value.");
}
