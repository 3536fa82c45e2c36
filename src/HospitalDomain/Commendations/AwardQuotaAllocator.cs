namespace HospitalDomain.Commendations;

/// <summary>
/// Distributes a number of awards across departments in proportion to their eligible staff, by the
/// largest-remainder (Hamilton) method, within each department's limit.
/// </summary>
/// <remarks>
/// <para>
/// A department's limit is the smallest of its eligible staff (headcount less the excluded: hospital
/// leaders, heads of administrative departments), its cap, and, under a "one nominee per K staff"
/// rule, its eligible staff ÷ K rounded down. Each department first receives the whole part of its
/// proportional quota N × eligible ÷ Σ eligible; the remaining awards go one each by the largest
/// remainder. Ties are broken by larger eligible staff, then by department code (ordinal), so the
/// same input gives the same output whatever the order of the departments. Limits are settled before
/// any rounding: a department whose exact quota reaches its limit is given its limit, and the quotas
/// of the others are worked out again over what is left, until no quota reaches a limit; only then
/// are the quotas rounded, once. Awards that fit nowhere are reported as the allocation's shortfall.
/// </para>
/// <para>The allocator is stateless and thread-safe.</para>
/// </remarks>
public static class AwardQuotaAllocator
{
    /// <summary>Allocates <paramref name="awards"/> across <paramref name="departments"/>.</summary>
    /// <param name="awards">The number of awards, 0 or more.</param>
    /// <param name="departments">The departments; codes must be distinct.</param>
    /// <param name="staffPerNominee">K of a "one nominee per K eligible staff" rule, or null for none; 1 or more.</param>
    /// <returns>The allocation, one line per department in the input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="departments"/> is null.</exception>
    /// <exception cref="ArgumentException">A department is null or a code repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="awards"/> is negative or <paramref name="staffPerNominee"/> below 1.</exception>
    public static QuotaAllocation Allocate(int awards, IEnumerable<QuotaDepartment> departments, int? staffPerNominee = null)
    {
        Preconditions.CheckNonNegative(awards);
        Preconditions.CheckNotNull(departments);
        if (staffPerNominee is { } k)
        {
            Preconditions.CheckRange(k, 1, int.MaxValue, nameof(staffPerNominee));
        }

        var list = departments.ToList();
        Preconditions.CheckArgument(list.TrueForAll(d => d is not null), nameof(departments), "departments must not contain null.");
        Preconditions.CheckNoDuplicates(list, d => d.Code, nameof(departments), "department");
        var limits = list.Select(d => Math.Min(Math.Min(d.Eligible, d.Cap ?? int.MaxValue), staffPerNominee is { } per ? d.Eligible / per : int.MaxValue)).ToArray();
        var given = new int[list.Count];
        var open = Enumerable.Range(0, list.Count).Where(i => limits[i] > 0).ToList();
        var left = awards;

        // A department whose exact quota of what is left reaches its limit gets its limit and leaves;
        // repeat until every remaining quota is below its limit. Rounding then happens once, so no
        // rounded share can exceed a limit and a larger remainder is never passed over.
        while (open.Count > 0)
        {
            long total = open.Sum(i => (long)list[i].Eligible);
            var reached = open.Where(i => (Int128)left * list[i].Eligible >= (Int128)limits[i] * total).ToList();
            if (reached.Count == 0)
            {
                break;
            }

            foreach (var i in reached)
            {
                given[i] = limits[i];
                left -= limits[i];
            }

            open = open.Except(reached).ToList();
        }

        if (open.Count > 0 && left > 0)
        {
            long total = open.Sum(i => (long)list[i].Eligible);
            var remainders = new List<(int Index, long Remainder)>(open.Count);
            foreach (var i in open)
            {
                var exact = (long)left * list[i].Eligible;
                given[i] = (int)(exact / total);
                remainders.Add((i, exact % total));
            }

            var rest = left - open.Sum(i => given[i]);
            foreach (var (i, _) in remainders
                .OrderByDescending(r => r.Remainder)
                .ThenByDescending(r => list[r.Index].Eligible)
                .ThenBy(r => list[r.Index].Code, StringComparer.Ordinal)
                .Take(rest))
            {
                given[i]++;
            }
        }

        return new QuotaAllocation(awards, list.Select((d, i) => new QuotaAllocationLine(d.Code, d.Eligible, limits[i], given[i])));
    }
}
