using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>The points one hospital earned on one indicator, with its value and percentile rank in the peer group.</summary>
[JsonConverter(typeof(IndicatorPointsJsonConverter))]
public sealed class IndicatorPoints : IEquatable<IndicatorPoints>
{
    /// <summary>Creates an indicator score.</summary>
    /// <param name="indicatorCode">The indicator.</param>
    /// <param name="dimension">The dimension the points count towards.</param>
    /// <param name="weight">The points at stake.</param>
    /// <param name="points">The points earned.</param>
    /// <param name="indicatorValue">The indicator value, or null when missing.</param>
    /// <param name="percentileRank">The percentile rank in the peer group, direction-aware, or null.</param>
    /// <param name="missing">Whether the value was missing.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public IndicatorPoints(string indicatorCode, string dimension, decimal weight, decimal points, decimal? indicatorValue = null, decimal? percentileRank = null, bool missing = false)
    {
        IndicatorCode = Preconditions.CheckNotBlank(indicatorCode);
        Dimension = Preconditions.CheckNotBlank(dimension);
        Weight = weight;
        Points = points;
        IndicatorValue = indicatorValue;
        PercentileRank = percentileRank;
        Missing = missing;
    }

    /// <summary>Gets the indicator.</summary>
    public string IndicatorCode { get; }

    /// <summary>Gets the dimension.</summary>
    public string Dimension { get; }

    /// <summary>Gets the points at stake.</summary>
    public decimal Weight { get; }

    /// <summary>Gets the points earned.</summary>
    public decimal Points { get; }

    /// <summary>Gets the indicator value, or null when missing.</summary>
    public decimal? IndicatorValue { get; }

    /// <summary>Gets the percentile rank in the peer group (0–100, higher is better), or null when missing.</summary>
    public decimal? PercentileRank { get; }

    /// <summary>Gets whether the value was missing.</summary>
    public bool Missing { get; }

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(IndicatorPoints? left, IndicatorPoints? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(IndicatorPoints? left, IndicatorPoints? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(IndicatorPoints? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(IndicatorCode, other.IndicatorCode, StringComparison.Ordinal)
            && string.Equals(Dimension, other.Dimension, StringComparison.Ordinal)
            && Weight == other.Weight
            && Points == other.Points
            && IndicatorValue == other.IndicatorValue
            && PercentileRank == other.PercentileRank
            && Missing == other.Missing));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorPoints);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(IndicatorCode, StringComparer.Ordinal);
        hash.Add(Dimension, StringComparer.Ordinal);
        hash.Add(Weight);
        hash.Add(Points);
        hash.Add(IndicatorValue);
        hash.Add(PercentileRank);
        hash.Add(Missing);
        return hash.ToHashCode();
    }

    /// <summary>Returns "code: points/weight".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{IndicatorCode}: {Points}/{Weight}";
}
