using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Indicators;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>How a scheme scores one indicator: its weight, the dimension its points count towards, and the method.</summary>
/// <remarks>
/// Monitor-only indicators (监测指标) score nothing unless <see cref="ScoreMonitorOnly"/> is set, because they have no better direction; a percentile rule for them then ranks higher values higher.
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class IndicatorScoring
{
    /// <summary>The largest weight of a rule or a dimension: a bound far above any real scheme (the national one totals 1,000 points) that keeps every sum in range.</summary>
    internal const decimal MaxWeight = 1_000_000m;

    /// <summary>Creates an indicator scoring rule.</summary>
    /// <param name="indicatorCode">The stable indicator code.</param>
    /// <param name="weight">The points at stake; positive, at most 1,000,000 (so that a scheme's sums and percentages stay exact).</param>
    /// <param name="method">How points are scored.</param>
    /// <param name="dimension">The dimension the points count towards, or null for the edition entry's.</param>
    /// <param name="bands">For Bands: the bands, points not above the weight.</param>
    /// <param name="floor">For Linear: the value earning nothing.</param>
    /// <param name="target">For Linear: the value earning the weight; for PassFail: the threshold.</param>
    /// <param name="scoreMonitorOnly">Whether a monitor-only indicator scores.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicatorCode"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The weight is not positive or above 1,000,000, or the parameters do not fit the method.</exception>
    public IndicatorScoring(string indicatorCode, decimal weight, ScoringMethod method, string? dimension = null, IEnumerable<ScoreBand>? bands = null, decimal? floor = null, decimal? target = null, bool scoreMonitorOnly = false)
    {
        IndicatorCode = Preconditions.CheckNotBlank(indicatorCode);
        Weight = weight;
        Method = Preconditions.CheckDefined(method);
        Dimension = string.IsNullOrWhiteSpace(dimension) ? null : dimension.Trim();
        Bands = ImmutableArrayEquality.ToImmutableOrEmpty(bands);
        foreach (var item in Bands)
        {
            Preconditions.CheckArgument(item is not null, nameof(bands), "bands must not contain null.");
        }
        Floor = floor;
        Target = target;
        ScoreMonitorOnly = scoreMonitorOnly;
        Preconditions.CheckArgument(Weight > 0 && Weight <= MaxWeight, nameof(weight), $"weight of {IndicatorCode} must be positive and at most {MaxWeight}, was {Weight}.");
        Preconditions.CheckArgument(Method != ScoringMethod.Bands || (!Bands.IsEmpty && Bands.All(b => b.Points <= Weight)), nameof(bands), $"bands of {IndicatorCode} must be given, with points not above the weight {Weight}.");
        Preconditions.CheckArgument(Method != ScoringMethod.Linear || (Floor is not null && Target is not null && Floor != Target), nameof(target), $"a Linear rule for {IndicatorCode} needs a floor and a different target.");
        Preconditions.CheckArgument(Method != ScoringMethod.PassFail || Target is not null, nameof(target), $"a PassFail rule for {IndicatorCode} needs a target.");
    }

    /// <summary>Gets the stable indicator code.</summary>
    public string IndicatorCode { get; }

    /// <summary>Gets the points at stake.</summary>
    public decimal Weight { get; }

    /// <summary>Gets how points are scored.</summary>
    public ScoringMethod Method { get; }

    /// <summary>Gets the dimension the points count towards, or null for the edition entry's.</summary>
    public string? Dimension { get; }

    /// <summary>Gets the bands of a Bands rule.</summary>
    public ImmutableArray<ScoreBand> Bands { get; }

    /// <summary>Gets the value earning nothing, for a Linear rule.</summary>
    public decimal? Floor { get; }

    /// <summary>Gets the value earning the weight (Linear) or the pass threshold (PassFail).</summary>
    public decimal? Target { get; }

    /// <summary>Gets whether a monitor-only indicator scores.</summary>
    public bool ScoreMonitorOnly { get; }

    /// <summary>Returns "code: method weight".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{IndicatorCode}: {Method} {Weight}";
}
