using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>Points a scheme gives a hospital for a qualitative indicator.</summary>
[JsonConverter(typeof(QualitativeAnswerJsonConverter))]
public sealed class QualitativeAnswer : IEquatable<QualitativeAnswer>
{
    /// <summary>Creates a qualitative answer.</summary>
    /// <param name="entity">The hospital.</param>
    /// <param name="indicatorCode">The qualitative indicator.</param>
    /// <param name="points">The points, non-negative.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is negative.</exception>
    public QualitativeAnswer(string entity, string indicatorCode, decimal points)
    {
        Entity = Preconditions.CheckNotBlank(entity);
        IndicatorCode = Preconditions.CheckNotBlank(indicatorCode);
        Points = points;
        Preconditions.CheckNonNegative(points);
    }

    /// <summary>Gets the hospital.</summary>
    public string Entity { get; }

    /// <summary>Gets the qualitative indicator.</summary>
    public string IndicatorCode { get; }

    /// <summary>Gets the points.</summary>
    public decimal Points { get; }

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(QualitativeAnswer? left, QualitativeAnswer? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(QualitativeAnswer? left, QualitativeAnswer? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(QualitativeAnswer? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Entity, other.Entity, StringComparison.Ordinal)
            && string.Equals(IndicatorCode, other.IndicatorCode, StringComparison.Ordinal)
            && Points == other.Points));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as QualitativeAnswer);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Entity, StringComparer.Ordinal);
        hash.Add(IndicatorCode, StringComparer.Ordinal);
        hash.Add(Points);
        return hash.ToHashCode();
    }

    /// <summary>Returns "entity code: points".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Entity} {IndicatorCode}: {Points}";
}
