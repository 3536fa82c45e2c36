using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>A band of a threshold scoring rule: values reaching the threshold (in the indicator's better direction) earn the points.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class ScoreBand
{
    /// <summary>Creates a score band.</summary>
    /// <param name="threshold">The threshold, in the indicator's unit.</param>
    /// <param name="points">The points; non-negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is negative.</exception>
    public ScoreBand(decimal threshold, decimal points)
    {
        Threshold = threshold;
        Points = points;
        Preconditions.CheckNonNegative(points);
    }

    /// <summary>Gets the threshold.</summary>
    public decimal Threshold { get; }

    /// <summary>Gets the points.</summary>
    public decimal Points { get; }

    /// <summary>Returns "threshold → points".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Threshold} → {Points}";
}
