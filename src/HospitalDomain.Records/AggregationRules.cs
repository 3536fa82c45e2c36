using System.Collections.Immutable;

namespace HospitalDomain.Records;

/// <summary>
/// How accepted front-page rows become metric values: the default rules of docs/records.md, each of
/// which can be changed here or replaced by a <see cref="RecordMetricRule"/>.
/// </summary>
/// <remarks>
/// <para>The defaults (<see cref="Default"/>):</para>
/// <list type="bullet">
/// <item><c>discharges</c> (出院人次): accepted rows; <c>dischargedPatientBedDays</c>: Σ SJZYTS;
/// <c>inpatientDeaths</c>: rows whose LYFS is in <see cref="DeathDischargeMethods"/> (5 死亡).</item>
/// <item>An operation is a procedure entry whose level SSJBn is 1 to 4, or, when
/// <see cref="OperationCodes"/> is set, whose code is in it. <c>surgeries</c>: rows with at least one
/// operation (once per stay); <c>level4Surgeries</c> / <c>level3Surgeries</c>: rows whose highest
/// operation level is 4 / 3; <c>minimallyInvasiveSurgeries</c>: rows with an operation whose code is
/// in <see cref="MinimallyInvasiveCodes"/> (left missing when that is not set).</item>
/// <item><c>classOneIncisionSurgeries</c>: operations whose RC014 code is in
/// <see cref="ClassOneIncisionCodes"/>; <c>classOneIncisionInfections</c>: rows with such an operation
/// whose code is in <see cref="InfectionHealingCodes"/> (Ⅰ/丙).</item>
/// <item><c>inpatientRevenue</c>: Σ ZFY; <c>inpatientDrugRevenue</c>: Σ <see cref="DrugCostFields"/>;
/// <c>consumablesRevenue</c>: Σ <see cref="ConsumableCostFields"/> (the inpatient part only).</item>
/// <item>With <see cref="DrgGroupField"/> and <see cref="LowRiskDrgGroups"/>: <c>lowRiskGroupCases</c>
/// and <c>lowRiskGroupDeaths</c>; with <see cref="DrgWeightField"/>: the DRG totals of
/// <see cref="DrgTotals"/> (total weight, CMI).</item>
/// </list>
/// <para>A metric whose source columns are all absent from the export is left missing, not set to 0.
/// Instances are immutable (init-only properties): state the rules wanted in an object initializer,
/// <c>new AggregationRules { MinimallyInvasiveCodes = codes }</c>; equality is by reference.</para>
/// </remarks>
public sealed class AggregationRules
{
    /// <summary>Gets the default rules.</summary>
    public static AggregationRules Default { get; } = new();

    /// <summary>Gets the national operation dictionary as a set of procedure codes, or null to take every entry with a level 1 to 4 as an operation (the default).</summary>
    public ImmutableHashSet<string>? OperationCodes { get; init; }

    /// <summary>Gets the procedure codes of minimally invasive operations (微创手术目录), or null (the default: the metric is left missing).</summary>
    public ImmutableHashSet<string>? MinimallyInvasiveCodes { get; init; }

    /// <summary>Gets the RC014 codes of a class I incision (1 Ⅰ/甲, 2 Ⅰ/乙, 3 Ⅰ/丙, 10 Ⅰ/其他).</summary>
    public ImmutableHashSet<int> ClassOneIncisionCodes { get; init; } = [1, 2, 3, 10];

    /// <summary>Gets the RC014 codes that count as a surgical-site infection of a class I incision (3 Ⅰ/丙).</summary>
    public ImmutableHashSet<int> InfectionHealingCodes { get; init; } = [3];

    /// <summary>Gets the LYFS (RC019) codes that count as a death (5 死亡).</summary>
    public ImmutableHashSet<int> DeathDischargeMethods { get; init; } = [5];

    /// <summary>Gets the cost fields of inpatient drug revenue: XYF 西药费, ZCYF 中成药费, ZCYF1 中草药费.</summary>
    public ImmutableArray<string> DrugCostFields { get; init; } = ["XYF", "ZCYF", "ZCYF1"];

    /// <summary>Gets the cost fields of consumables: HCYYCLF 检查用, YYCLF 治疗用, YCXYYCLF 手术用一次性医用材料费.</summary>
    public ImmutableArray<string> ConsumableCostFields { get; init; } = ["HCYYCLF", "YYCLF", "YCXYYCLF"];

    /// <summary>Gets the column holding the DRG group code, or null when the export has none.</summary>
    public string? DrgGroupField { get; init; }

    /// <summary>Gets the column holding the DRG relative weight, or null when the export has none.</summary>
    public string? DrgWeightField { get; init; }

    /// <summary>Gets the DRG groups counted as low risk (低风险组), or null (the default: the low-risk metrics are left missing).</summary>
    public ImmutableHashSet<string>? LowRiskDrgGroups { get; init; }

    /// <summary>Gets rules of the user's, each replacing the default rule of its metric or adding a metric.</summary>
    public ImmutableArray<RecordMetricRule> CustomRules { get; init; } = [];

    /// <summary>Gets the metrics whose default rule is switched off (left missing unless a custom rule sets them).</summary>
    public ImmutableHashSet<string> DisabledMetrics { get; init; } = [];
}
