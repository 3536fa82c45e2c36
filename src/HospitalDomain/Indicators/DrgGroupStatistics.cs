using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Indicators;

/// <summary>A hospital's figures for one DRG group, with the benchmark (regional or all-hospital) figures it is compared with: the input of <see cref="DrgIndices"/>.</summary>
/// <remarks>
/// Costs are in yuan per case, stays in days per case. The relative weight (RW) is the group's benchmark mean cost over the benchmark mean cost of all cases, as published by the payer.
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class DrgGroupStatistics
{
    /// <summary>Creates a set of group statistics.</summary>
    /// <param name="groupCode">The DRG group code, such as FM19.</param>
    /// <param name="cases">The hospital's cases in the group; non-negative.</param>
    /// <param name="relativeWeight">The group's relative weight; non-negative.</param>
    /// <param name="meanCost">The hospital's mean cost per case, yuan; non-negative.</param>
    /// <param name="meanStay">The hospital's mean length of stay, days; non-negative.</param>
    /// <param name="benchmarkMeanCost">The benchmark mean cost per case, yuan; positive.</param>
    /// <param name="benchmarkMeanStay">The benchmark mean length of stay, days; positive.</param>
    /// <param name="deaths">Deaths among the cases, or null when not reported; at most the cases.</param>
    /// <param name="riskLevel">The group's mortality-risk band, or null.</param>
    /// <param name="name">The group's name, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="groupCode"/> is null.</exception>
    /// <exception cref="ArgumentException">The group code is blank or a benchmark is not positive.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or figure is negative, or deaths exceed cases.</exception>
    public DrgGroupStatistics(string groupCode, long cases, decimal relativeWeight, decimal meanCost, decimal meanStay, decimal benchmarkMeanCost, decimal benchmarkMeanStay, long? deaths = null, DrgRiskLevel? riskLevel = null, string? name = null)
    {
        GroupCode = Preconditions.CheckNotBlank(groupCode);
        Cases = cases;
        RelativeWeight = relativeWeight;
        MeanCost = meanCost;
        MeanStay = meanStay;
        BenchmarkMeanCost = benchmarkMeanCost;
        BenchmarkMeanStay = benchmarkMeanStay;
        Deaths = deaths;
        RiskLevel = Preconditions.CheckDefined(riskLevel);
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        Preconditions.CheckNonNegative(cases);
        Preconditions.CheckNonNegative(relativeWeight);
        Preconditions.CheckNonNegative(meanCost);
        Preconditions.CheckNonNegative(meanStay);
        Preconditions.CheckArgument(benchmarkMeanCost > 0, nameof(benchmarkMeanCost), $"benchmarkMeanCost must be positive, was {benchmarkMeanCost} (group {GroupCode}).");
        Preconditions.CheckArgument(benchmarkMeanStay > 0, nameof(benchmarkMeanStay), $"benchmarkMeanStay must be positive, was {benchmarkMeanStay} (group {GroupCode}).");
        if (deaths is { } d && (d < 0 || d > cases))
        {
            Preconditions.ThrowOutOfRange(nameof(deaths), $"deaths must be from 0 to the cases ({cases}), was {d} (group {GroupCode}).");
        }
    }

    /// <summary>Gets the DRG group code, such as FM19.</summary>
    public string GroupCode { get; }

    /// <summary>Gets the hospital's cases in the group (n).</summary>
    public long Cases { get; }

    /// <summary>Gets the group's relative weight (RW).</summary>
    public decimal RelativeWeight { get; }

    /// <summary>Gets the hospital's mean cost per case (例均费用), yuan.</summary>
    public decimal MeanCost { get; }

    /// <summary>Gets the hospital's mean length of stay, days.</summary>
    public decimal MeanStay { get; }

    /// <summary>Gets the benchmark mean cost per case (区域均费), yuan.</summary>
    public decimal BenchmarkMeanCost { get; }

    /// <summary>Gets the benchmark mean length of stay, days.</summary>
    public decimal BenchmarkMeanStay { get; }

    /// <summary>Gets deaths among the cases, or null when not reported.</summary>
    public long? Deaths { get; }

    /// <summary>Gets the group's mortality-risk band, or null.</summary>
    public DrgRiskLevel? RiskLevel { get; }

    /// <summary>Gets the group's name, or null.</summary>
    public string? Name { get; }

    /// <summary>Returns "code: n cases, RW w".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{GroupCode}: {Cases} cases, RW {RelativeWeight}";
}
