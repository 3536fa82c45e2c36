using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Commendations;

/// <summary>One department's share of an allocation.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class QuotaAllocationLine
{
    /// <summary>Creates a allocation line.</summary>
    /// <param name="code">The department's code.</param>
    /// <param name="eligible">Its eligible staff.</param>
    /// <param name="limit">The most it could receive (eligible staff, cap and per-K rule).</param>
    /// <param name="awards">The awards allocated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public QuotaAllocationLine(string code, int eligible, int limit, int awards)
    {
        Code = Preconditions.CheckNotBlank(code);
        Eligible = Preconditions.CheckNonNegative(eligible);
        Limit = Preconditions.CheckNonNegative(limit);
        Awards = Preconditions.CheckNonNegative(awards);
    }

    /// <summary>Gets the department's code.</summary>
    public string Code { get; }

    /// <summary>Gets its eligible staff.</summary>
    public int Eligible { get; }

    /// <summary>Gets the most it could receive: the smallest of its eligible staff, its cap and the per-K limit.</summary>
    public int Limit { get; }

    /// <summary>Gets the awards allocated.</summary>
    public int Awards { get; }

    /// <summary>Returns "code: awards".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code}: {Awards}";
}
