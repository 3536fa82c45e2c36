using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>A grade of a scheme (A++ … D) with its lower bound: a minimum score, or a share of the cohort.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class GradeBand
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

    /// <summary>Returns "grade ≥ bound".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Grade} ≥ {Bound}";
}
