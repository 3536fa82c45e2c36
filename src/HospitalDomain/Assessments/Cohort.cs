using HospitalDomain.Indicators;

namespace HospitalDomain.Assessments;

/// <summary>
/// The members of one assessment, checked and in entity order (so that the result does not depend
/// on the order they were given in), with their peer groups in name order; and the ranks of their
/// totals within those groups.
/// </summary>
internal sealed class Cohort
{
    private Cohort(CohortMember[] members, (string Name, int[] Members)[] groups)
    {
        Members = members;
        Groups = groups;
        LargestGroup = groups.Length == 0 ? 0 : groups.Max(g => g.Members.Length);
    }

    /// <summary>Gets the members in ordinal order of entity.</summary>
    public CohortMember[] Members { get; }

    /// <summary>Gets the peer groups in ordinal order of name, each with the indices of its members in <see cref="Members"/>, ascending.</summary>
    public (string Name, int[] Members)[] Groups { get; }

    /// <summary>Gets the size of the largest peer group, or 0 for an empty cohort.</summary>
    public int LargestGroup { get; }

    /// <summary>Checks and orders <paramref name="members"/>.</summary>
    /// <param name="members">The hospitals, each evaluated with <paramref name="edition"/>; entities distinct.</param>
    /// <param name="edition">The edition the calculator was prepared for.</param>
    /// <returns>The cohort.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    /// <exception cref="ArgumentException">A member is null, repeats or was evaluated with another edition.</exception>
    public static Cohort Of(IEnumerable<CohortMember> members, IndicatorEdition edition)
    {
        Preconditions.CheckNotNull(members);
        var list = members.ToArray();
        foreach (var member in list)
        {
            Preconditions.CheckArgument(member is not null, nameof(members), "members must not contain null.");
            Preconditions.CheckArgument(ReferenceEquals(member.Evaluation.Edition, edition), nameof(members), $"{member.Entity} was evaluated with the edition {member.Evaluation.Edition.Id}, not {edition.Id}.");
        }

        Array.Sort(list, static (a, b) => string.CompareOrdinal(a.Entity, b.Entity));
        for (var i = 1; i < list.Length; i++)
        {
            if (string.Equals(list[i].Entity, list[i - 1].Entity, StringComparison.Ordinal))
            {
                Preconditions.ThrowArgument(nameof(members), $"members contains the hospital '{list[i].Entity}' more than once.");
            }
        }

        return new Cohort(list, GroupByPeerGroup(list));
    }

    /// <summary>Ranks <paramref name="totals"/> within each peer group, best first; equal totals share a rank (1, 2, 2, 4).</summary>
    /// <param name="totals">Each member's total, by index in <see cref="Members"/>.</param>
    /// <returns>Each member's rank and the size of its peer group.</returns>
    public (int[] Ranks, int[] PeerCounts) RankWithinPeerGroups(decimal[] totals)
    {
        var ranks = new int[Members.Length];
        var peerCounts = new int[Members.Length];
        foreach (var (_, indices) in Groups)
        {
            var ordered = (int[])indices.Clone();
            Array.Sort(ordered, (a, b) => totals[b] != totals[a] ? totals[b].CompareTo(totals[a]) : string.CompareOrdinal(Members[a].Entity, Members[b].Entity));
            for (var p = 0; p < ordered.Length; p++)
            {
                ranks[ordered[p]] = p > 0 && totals[ordered[p]] == totals[ordered[p - 1]] ? ranks[ordered[p - 1]] : p + 1;
                peerCounts[ordered[p]] = ordered.Length;
            }
        }

        return (ranks, peerCounts);
    }

    private static (string Name, int[] Members)[] GroupByPeerGroup(CohortMember[] list)
    {
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < list.Length; i++)
        {
            if (!byName.TryGetValue(list[i].PeerGroup, out var indices))
            {
                byName.Add(list[i].PeerGroup, indices = []);
            }

            indices.Add(i);
        }

        var groups = byName.Select(g => (Name: g.Key, Members: g.Value.ToArray())).ToArray();
        Array.Sort(groups, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return groups;
    }
}
