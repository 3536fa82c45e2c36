using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>
/// The points a dimension (医疗质量, 运营效率 …) is worth in a scheme: its indicators' weights are
/// scaled in proportion so that together they are worth exactly this.
/// </summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class DimensionWeight
{
    /// <summary>Creates a dimension weight.</summary>
    /// <param name="dimension">The dimension, as the edition or the scheme's rules name it.</param>
    /// <param name="weight">The points the dimension is worth; positive, at most 1,000,000.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dimension"/> is blank or <paramref name="weight"/> is not positive or above 1,000,000.</exception>
    public DimensionWeight(string dimension, decimal weight)
    {
        Dimension = Preconditions.CheckNotBlank(dimension);
        Preconditions.CheckArgument(weight > 0m && weight <= IndicatorScoring.MaxWeight, nameof(weight), $"the weight of {Dimension} must be positive and at most {IndicatorScoring.MaxWeight}, was {weight}.");
        Weight = weight;
    }

    /// <summary>Gets the dimension.</summary>
    public string Dimension { get; }

    /// <summary>Gets the points the dimension is worth.</summary>
    public decimal Weight { get; }

    /// <summary>Returns "dimension: weight".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Dimension}: {Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
