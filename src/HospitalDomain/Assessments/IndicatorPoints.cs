using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>The points one hospital earned on one indicator, with its value and percentile rank in the peer group.</summary>
/// <remarks>
/// A small immutable value: an assessment of 3,000 hospitals holds 168,000 of them, so they are
/// stored inline in each hospital's array rather than as separate objects. The default value has
/// no indicator code and is not a valid score.
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public readonly partial struct IndicatorPoints
{
    // A reference to where the fields live and a cell index: the calculator stores a cohort's scores
    // as columns and hands out 16-byte views of them, instead of 168,000 objects for 3,000 hospitals.
    private readonly PointsStore? _store;
    private readonly int _cell;

    /// <summary>Creates an indicator score.</summary>
    /// <param name="indicatorCode">The indicator.</param>
    /// <param name="dimension">The dimension the points count towards.</param>
    /// <param name="weight">The points at stake.</param>
    /// <param name="points">The points earned.</param>
    /// <param name="indicatorValue">The indicator value, or null when missing.</param>
    /// <param name="percentileRank">The percentile rank in the peer group, direction-aware, or null.</param>
    /// <param name="missing">Whether the value was missing.</param>
    /// <param name="rank">The rank in the peer group on this indicator (1 = best), or null.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> or <paramref name="points"/> is negative (no scoring rule gives or stakes fewer than none), or <paramref name="rank"/> is below 1.</exception>
    public IndicatorPoints(string indicatorCode, string dimension, decimal weight, decimal points, decimal? indicatorValue = null, decimal? percentileRank = null, bool missing = false, int? rank = null)
    {
        if (rank is { } r)
        {
            Preconditions.CheckRange(r, 1, int.MaxValue, nameof(rank));
        }

        _store = new SinglePoints(
            Preconditions.CheckNotBlank(indicatorCode),
            Preconditions.CheckNotBlank(dimension),
            Preconditions.CheckNonNegative(weight),
            Preconditions.CheckNonNegative(points),
            indicatorValue.GetValueOrDefault(),
            percentileRank.GetValueOrDefault(),
            (byte)((indicatorValue.HasValue ? PointsStore.HasValue : 0) | (percentileRank.HasValue ? PointsStore.HasPercentile : 0) | (missing ? PointsStore.IsMissing : 0)),
            rank ?? 0);
        _cell = 0;
    }

    // For the calculator: a view of one cell of a cohort's columns.
    internal IndicatorPoints(PointsStore store, int cell)
    {
        _store = store;
        _cell = cell;
    }

    /// <summary>Gets the indicator (null only for the default value).</summary>
    public string IndicatorCode => _store?.IndicatorCode(_cell)!;

    /// <summary>Gets the dimension (null only for the default value).</summary>
    public string Dimension => _store?.Dimension(_cell)!;

    /// <summary>Gets the points at stake.</summary>
    public decimal Weight => _store?.Weight(_cell) ?? 0m;

    /// <summary>Gets the points earned.</summary>
    public decimal Points => _store?.Points(_cell) ?? 0m;

    /// <summary>Gets the indicator value, or null when missing.</summary>
    public decimal? IndicatorValue => (Flags & PointsStore.HasValue) != 0 ? _store!.Value(_cell) : null;

    /// <summary>Gets the percentile rank in the peer group (0–100, higher is better), or null when missing.</summary>
    public decimal? PercentileRank => (Flags & PointsStore.HasPercentile) != 0 ? _store!.Percentile(_cell) : null;

    /// <summary>
    /// Gets the rank in the peer group on this indicator, best first (1 = the best value; hospitals
    /// with equal values share the best rank among them: 1, 2, 2, 4), or null when the value is missing.
    /// For a monitor-only indicator the rank only orders the values, highest first.
    /// </summary>
    public int? Rank => _store?.Rank(_cell) is > 0 and var rank ? rank : null;

    /// <summary>Gets whether the value was missing.</summary>
    public bool Missing => (Flags & PointsStore.IsMissing) != 0;

    private byte Flags => _store?.Flags(_cell) ?? 0;

    /// <summary>Returns "code: points/weight".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{IndicatorCode}: {Points.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
