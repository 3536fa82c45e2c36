using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Commendations;

/// <summary>The result of an award quota allocation: the awards per department and any shortfall when the limits make the total unreachable.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class QuotaAllocation
{
    /// <summary>Creates a allocation.</summary>
    /// <param name="requested">The awards to allocate.</param>
    /// <param name="lines">One line per department, in the input order.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="requested"/> is negative, or the lines' awards add up beyond 2,147,483,647.</exception>
    /// <exception cref="ArgumentException"><paramref name="lines"/> contains null.</exception>
    public QuotaAllocation(int requested, IEnumerable<QuotaAllocationLine>? lines = null)
    {
        Requested = Preconditions.CheckNonNegative(requested);
        Lines = ImmutableArrayEquality.ToImmutableOrEmpty(lines);
        foreach (var item in Lines)
        {
            Preconditions.CheckArgument(item is not null, nameof(lines), "lines must not contain null.");
        }

        var allocated = Lines.Sum(l => (long)l.Awards);
        if (allocated > int.MaxValue)
        {
            Preconditions.ThrowOutOfRange(nameof(lines), $"the awards of the lines add up to {allocated}, more than 2147483647.");
        }
    }

    /// <summary>Gets the awards requested.</summary>
    public int Requested { get; }

    /// <summary>Gets one line per department, in the input order.</summary>
    public ImmutableArray<QuotaAllocationLine> Lines { get; }

    /// <summary>Gets the awards allocated in total.</summary>
    public int Allocated => Lines.Sum(l => l.Awards);

    /// <summary>Gets the awards that could not be placed because every department reached its limit.</summary>
    public int Shortfall => Requested - Allocated;

    /// <summary>Gets the awards of the department with <paramref name="code"/>.</summary>
    /// <param name="code">The department's code.</param>
    /// <returns>The awards.</returns>
    /// <exception cref="KeyNotFoundException">No line has the code.</exception>
    public int this[string code] => Lines.FirstOrDefault(l => l.Code == code)?.Awards ?? throw new KeyNotFoundException($"'{code}' is not a department of the allocation.");

    /// <summary>Returns "allocated of requested".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Allocated} of {Requested} allocated";
}
