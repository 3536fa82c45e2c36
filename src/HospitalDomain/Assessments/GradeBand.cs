using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>A grade of a scheme (A++ … D) with its lower bound: a minimum score, or a share of the cohort.</summary>
[JsonConverter(typeof(GradeBandJsonConverter))]
public sealed class GradeBand : IEquatable<GradeBand>
{
    /// <summary>Creates a grade band.</summary>
    /// <param name="grade">The grade label, such as A++.</param>
    /// <param name="bound">The minimum score (threshold mode) or the share of the cohort in per cent (share mode); non-negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="grade"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="grade"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bound"/> is negative.</exception>
    public GradeBand(string grade, decimal bound)
    {
        Grade = Preconditions.CheckNotBlank(grade);
        Bound = bound;
        Preconditions.CheckNonNegative(bound);
    }

    /// <summary>Gets the grade label.</summary>
    public string Grade { get; }

    /// <summary>Gets the minimum score (threshold mode) or the share of the cohort in per cent (share mode).</summary>
    public decimal Bound { get; }

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(GradeBand? left, GradeBand? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(GradeBand? left, GradeBand? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(GradeBand? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Grade, other.Grade, StringComparison.Ordinal)
            && Bound == other.Bound));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GradeBand);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Grade, StringComparer.Ordinal);
        hash.Add(Bound);
        return hash.ToHashCode();
    }

    /// <summary>Returns "grade ≥ bound".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Grade} ≥ {Bound}";
}
