using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Commendations;

/// <summary>A department taking part in an award quota allocation: its headcount, the staff not eligible (hospital leaders, heads of administrative departments) and an optional cap.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class QuotaDepartment
{
    /// <summary>Creates a department.</summary>
    /// <param name="code">The department's code; ties are broken by it, ordinal.</param>
    /// <param name="headcount">The staff; non-negative.</param>
    /// <param name="excluded">Staff not eligible; from 0 to the headcount.</param>
    /// <param name="cap">The most awards the department may receive, or null.</param>
    /// <param name="name">The department's name, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public QuotaDepartment(string code, int headcount, int excluded = 0, int? cap = null, string? name = null)
    {
        Code = Preconditions.CheckNotBlank(code);
        Headcount = headcount;
        Excluded = excluded;
        Cap = cap;
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        Preconditions.CheckNonNegative(headcount);
        Preconditions.CheckRange(excluded, 0, headcount, nameof(excluded));
        if (Cap is { } c)
        {
            Preconditions.CheckNonNegative(c, nameof(cap));
        }
    }

    /// <summary>Gets the department's code.</summary>
    public string Code { get; }

    /// <summary>Gets the staff.</summary>
    public int Headcount { get; }

    /// <summary>Gets the staff not eligible.</summary>
    public int Excluded { get; }

    /// <summary>Gets the most awards the department may receive, or null.</summary>
    public int? Cap { get; }

    /// <summary>Gets the department's name, or null.</summary>
    public string? Name { get; }

    /// <summary>Gets the eligible staff: headcount less the excluded.</summary>
    public int Eligible => Headcount - Excluded;

    /// <summary>Returns "code: eligible/headcount".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code}: {Eligible}/{Headcount}";
}
