using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>The distribution of one indicator in one peer group: count, median, quartiles and deciles.</summary>
/// <remarks>
/// Percentiles use linear interpolation between the closest ranks (the "type 7" definition of Hyndman and Fan, as spreadsheets compute them): the p-th percentile of n sorted values sits at position p × (n − 1). Missing values are left out.
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class IndicatorStatistics
{
    /// <summary>Creates a set of indicator statistics.</summary>
    /// <param name="indicatorCode">The indicator.</param>
    /// <param name="peerGroup">The peer group.</param>
    /// <param name="count">The hospitals with a value.</param>
    /// <param name="deciles">The 0th, 10th … 100th percentiles (11 values), or empty when no hospital has a value.</param>
    /// <param name="lowerQuartile">The 25th percentile.</param>
    /// <param name="median">The median.</param>
    /// <param name="upperQuartile">The 75th percentile.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public IndicatorStatistics(string indicatorCode, string peerGroup, int count, IEnumerable<decimal>? deciles = null, decimal? lowerQuartile = null, decimal? median = null, decimal? upperQuartile = null)
    {
        IndicatorCode = Preconditions.CheckNotBlank(indicatorCode);
        PeerGroup = Preconditions.CheckNotBlank(peerGroup);
        Count = Preconditions.CheckNonNegative(count);
        Deciles = ImmutableArrayEquality.ToImmutableOrEmpty(deciles);
        LowerQuartile = lowerQuartile;
        Median = median;
        UpperQuartile = upperQuartile;
    }

    /// <summary>Gets the indicator.</summary>
    public string IndicatorCode { get; }

    /// <summary>Gets the peer group.</summary>
    public string PeerGroup { get; }

    /// <summary>Gets the hospitals with a value.</summary>
    public int Count { get; }

    /// <summary>Gets the 0th, 10th … 100th percentiles, or empty when no hospital has a value.</summary>
    public ImmutableArray<decimal> Deciles { get; }

    /// <summary>Gets the 25th percentile.</summary>
    public decimal? LowerQuartile { get; }

    /// <summary>Gets the median.</summary>
    public decimal? Median { get; }

    /// <summary>Gets the 75th percentile.</summary>
    public decimal? UpperQuartile { get; }

    /// <summary>Returns "code (group): median".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{IndicatorCode} ({PeerGroup}): median {Median}";
}
