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
/// same input gives the same output whatever the order of the departments. A department that would
/// exceed its limit keeps its limit, and the awards left over are distributed again among the others
/// in the same way; awards that fit nowhere are reported as the allocation's shortfall.
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
        while (left > 0 && open.Count > 0)
        {
            long total = open.Sum(i => (long)list[i].Eligible);
            var share = new int[list.Count];
            var remainders = new List<(int Index, long Remainder)>();
            foreach (var i in open)
            {
                var exact = (long)left * list[i].Eligible;
                share[i] = (int)(exact / total);
                remainders.Add((i, exact % total));
            }

            var rest = left - open.Sum(i => share[i]);
            foreach (var (i, _) in remainders
                .OrderByDescending(r => r.Remainder)
                .ThenByDescending(r => list[r.Index].Eligible)
                .ThenBy(r => list[r.Index].Code, StringComparer.Ordinal)
                .Take(rest))
            {
                share[i]++;
            }

            var placed = 0;
            foreach (var i in open)
            {
                var take = Math.Min(share[i], limits[i] - given[i]);
                given[i] += take;
                placed += take;
            }

            left -= placed;
            var stillOpen = open.Where(i => given[i] < limits[i]).ToList();
            if (placed == 0 || stillOpen.Count == open.Count && left > 0 && placed == 0)
            {
                break;
            }

            open = stillOpen;
        }

        return new QuotaAllocation(awards, list.Select((d, i) => new QuotaAllocationLine(d.Code, d.Eligible, limits[i], given[i])));
    }
}
