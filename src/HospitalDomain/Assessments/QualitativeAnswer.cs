using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>Points a scheme gives a hospital for a qualitative indicator.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class QualitativeAnswer
{
    /// <summary>Creates a qualitative answer.</summary>
    /// <param name="entity">The hospital.</param>
    /// <param name="indicatorCode">The qualitative indicator.</param>
    /// <param name="points">The points, non-negative.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
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

    /// <summary>Returns "entity code: points".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Entity} {IndicatorCode}: {Points}";
}
