using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>A hospital's points in one dimension (医疗质量, 运营效率 …).</summary>
[JsonConverter(typeof(DimensionTotalJsonConverter))]
public sealed class DimensionTotal : IEquatable<DimensionTotal>
{
    /// <summary>Creates a dimension total.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="points">The points earned.</param>
    /// <param name="weight">The points at stake.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    public DimensionTotal(string dimension, decimal points, decimal weight)
    {
        Dimension = Preconditions.CheckNotBlank(dimension);
        Points = points;
        Weight = weight;
    }

    /// <summary>Gets the dimension.</summary>
    public string Dimension { get; }

    /// <summary>Gets the points earned.</summary>
    public decimal Points { get; }

    /// <summary>Gets the points at stake.</summary>
    public decimal Weight { get; }

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(DimensionTotal? left, DimensionTotal? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(DimensionTotal? left, DimensionTotal? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(DimensionTotal? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Dimension, other.Dimension, StringComparison.Ordinal)
            && Points == other.Points
            && Weight == other.Weight));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DimensionTotal);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Dimension, StringComparer.Ordinal);
        hash.Add(Points);
        hash.Add(Weight);
        return hash.ToHashCode();
    }

    /// <summary>Returns "dimension: points/weight".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Dimension}: {Points}/{Weight}";
}
