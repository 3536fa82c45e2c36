using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Indicators;

/// <summary>
/// The DRG indices of a hospital from its per-group figures: total weight (总权重), case-mix index
/// (CMI), cost and time efficiency indices (费用消耗指数, 时间消耗指数), the number of groups covered
/// (DRG 组数) and the mortality of the low-risk groups (低风险组病例死亡率).
/// </summary>
/// <remarks>
/// <para>
/// With n_i cases, relative weight RW_i, hospital mean cost E_i and stay D_i and benchmark mean cost
/// Ē_i and stay D̄_i in group i: total weight = Σ RW_i·n_i; CMI = Σ RW_i·n_i ÷ Σ n_i; cost efficiency
/// index = Σ (E_i ÷ Ē_i)·n_i ÷ Σ n_i; time efficiency index = Σ (D_i ÷ D̄_i)·n_i ÷ Σ n_i (above 1:
/// costlier or longer than the benchmark); low-risk mortality = deaths ÷ cases over the groups
/// marked <see cref="DrgRiskLevel.Low"/>. The ratios keep their numerators and denominators.
/// </para>
/// <para>
/// Sources: total weight and the per-group ratios E_i ÷ Ē_i and D_i ÷ D̄_i agree with third-party
/// implementations (Secondary); the case-weighted averages for CMI and the two indices are the
/// usual definitions, not verified against an official text (Unconfirmed).
/// </para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class DrgIndices
{
    private DrgIndices(decimal totalWeight, long cases, int groupCount, Ratio cmi, Ratio costEfficiency, Ratio timeEfficiency, Ratio? lowRiskMortality)
    {
        TotalWeight = totalWeight;
        Cases = cases;
        GroupCount = groupCount;
        CaseMixIndex = cmi;
        CostEfficiencyIndex = costEfficiency;
        TimeEfficiencyIndex = timeEfficiency;
        LowRiskMortality = lowRiskMortality;
    }

    /// <summary>Gets the total weight (总权重), Σ RW_i·n_i.</summary>
    public decimal TotalWeight { get; }

    /// <summary>Gets the number of cases, Σ n_i.</summary>
    public long Cases { get; }

    /// <summary>Gets the number of DRG groups with at least one case (DRG 组数).</summary>
    public int GroupCount { get; }

    /// <summary>Gets the case-mix index (CMI): total weight ÷ cases.</summary>
    public Ratio CaseMixIndex { get; }

    /// <summary>Gets the cost efficiency index (费用消耗指数): Σ (E_i ÷ Ē_i)·n_i ÷ Σ n_i.</summary>
    public Ratio CostEfficiencyIndex { get; }

    /// <summary>Gets the time efficiency index (时间消耗指数): Σ (D_i ÷ D̄_i)·n_i ÷ Σ n_i.</summary>
    public Ratio TimeEfficiencyIndex { get; }

    /// <summary>
    /// Gets the low-risk group mortality as deaths ÷ cases (×100 for %) over every group marked low
    /// risk; null when there is no such group, or when one that has cases lacks its deaths (leaving it
    /// out would report the mortality of a subset as the hospital's).
    /// </summary>
    public Ratio? LowRiskMortality { get; }

    /// <summary>Computes the indices.</summary>
    /// <param name="groups">The hospital's figures per group; group codes must be distinct.</param>
    /// <returns>The indices.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is null.</exception>
    /// <exception cref="ArgumentException">A group is null or a group code repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The cases, weights, cost or time of the groups add up beyond the range of their type (long for cases, decimal for the rest); the message names the group where they do.</exception>
    public static DrgIndices Compute(IEnumerable<DrgGroupStatistics> groups)
    {
        Preconditions.CheckNotNull(groups);
        var list = groups as IReadOnlyCollection<DrgGroupStatistics> ?? [.. groups];
        Preconditions.CheckNoDuplicates(list, g => g?.GroupCode ?? throw new ArgumentException("groups must not contain null.", nameof(groups)), nameof(groups), "group");
        decimal weight = 0, cost = 0, time = 0;
        long cases = 0, lowCases = 0, lowDeaths = 0;
        var groupCount = 0;
        var anyLowRisk = false;
        var lowComplete = true;
        foreach (var group in list)
        {
            // Figures of any size meet here: every sum is checked, and one beyond range names its group.
            if (!AddProduct(ref weight, group.RelativeWeight, 1m, group.Cases)
                || !AddProduct(ref cost, group.MeanCost, group.BenchmarkMeanCost, group.Cases)
                || !AddProduct(ref time, group.MeanStay, group.BenchmarkMeanStay, group.Cases)
                || !AddCount(ref cases, group.Cases))
            {
                Preconditions.ThrowOutOfRange(nameof(groups), $"the cases, weights, cost or time of the groups add up beyond the range of their type at group {group.GroupCode}.");
            }

            groupCount += group.Cases > 0 ? 1 : 0;
            if (group.RiskLevel == DrgRiskLevel.Low)
            {
                anyLowRisk = true;
                lowCases += group.Cases; // at most the cases, already summed
                if (group.Deaths is { } deaths)
                {
                    lowDeaths += deaths; // at most the low-risk cases
                }
                else if (group.Cases > 0)
                {
                    lowComplete = false;
                }
            }
        }

        return new DrgIndices(weight, cases, groupCount, Ratio.Of(weight, cases), Ratio.Of(cost, cases), Ratio.Of(time, cases), anyLowRisk && lowComplete ? Ratio.Of(lowDeaths, lowCases) : null);
    }

    /// <summary>Restores computed indices (from JSON); use <see cref="Compute"/> to compute them.</summary>
    // sum += value ÷ benchmark × cases, unless it leaves the decimal range.
    private static bool AddProduct(ref decimal sum, decimal value, decimal benchmark, long cases) =>
        Arithmetic.TryDivide(value, benchmark, out var ratio) && Arithmetic.TryMultiply(ratio, cases, out var product) && Arithmetic.TryAdd(sum, product, out sum);

    private static bool AddCount(ref long sum, long cases)
    {
        if (cases > long.MaxValue - sum)
        {
            return false;
        }

        sum += cases;
        return true;
    }

    [ContractFactory]
    internal static DrgIndices Restore(decimal totalWeight, long cases, int groupCount, Ratio caseMixIndex, Ratio costEfficiencyIndex, Ratio timeEfficiencyIndex, Ratio? lowRiskMortality) =>
        new(totalWeight, cases, groupCount, caseMixIndex, costEfficiencyIndex, timeEfficiencyIndex, lowRiskMortality);

    /// <summary>Returns "CMI 1.2345, cost 0.98, time 1.02, 3 groups".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"CMI {CaseMixIndex.ToString("F4", System.Globalization.CultureInfo.InvariantCulture)}, cost {CostEfficiencyIndex.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)}, time {TimeEfficiencyIndex.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)}, {GroupCount} groups";
}
