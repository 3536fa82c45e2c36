using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>A hospital's points in one dimension (医疗质量, 运营效率 …).</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class DimensionTotal
{
    /// <summary>Creates a dimension total.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="points">The points earned.</param>
    /// <param name="weight">The points at stake.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dimension"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> or <paramref name="weight"/> is negative (no scoring rule gives or stakes fewer than none).</exception>
    public DimensionTotal(string dimension, decimal points, decimal weight)
    {
        Dimension = Preconditions.CheckNotBlank(dimension);
        Points = Preconditions.CheckNonNegative(points);
        Weight = Preconditions.CheckNonNegative(weight);
    }

    /// <summary>Gets the dimension.</summary>
    public string Dimension { get; }

    /// <summary>Gets the points earned.</summary>
    public decimal Points { get; }

    /// <summary>Gets the points at stake.</summary>
    public decimal Weight { get; }

    /// <summary>Returns "dimension: points/weight".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Dimension}: {Points}/{Weight}";
}
