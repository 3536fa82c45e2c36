using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>A band of a threshold scoring rule: values reaching the threshold (in the indicator's better direction) earn the points.</summary>
[JsonConverter(typeof(ScoreBandJsonConverter))]
public sealed class ScoreBand : IEquatable<ScoreBand>
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

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(ScoreBand? left, ScoreBand? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ScoreBand? left, ScoreBand? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(ScoreBand? other) =>
        other is not null && (ReferenceEquals(this, other) || (Threshold == other.Threshold
            && Points == other.Points));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScoreBand);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Threshold);
        hash.Add(Points);
        return hash.ToHashCode();
    }

    /// <summary>Returns "threshold → points".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Threshold} → {Points}";
}
