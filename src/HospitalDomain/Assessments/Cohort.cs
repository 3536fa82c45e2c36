using HospitalDomain.Indicators;

namespace HospitalDomain.Assessments;

/// <summary>
/// The members of one assessment, checked and in entity order (so that the result does not depend
/// on the order they were given in), with their peer groups in name order, the values of the scored
/// indicators as columns; and the ranks of their totals within those groups.
/// </summary>
/// <remarks>
/// The members are read once, one at a time: of each, only its entity, its peer group and the values
/// the scheme scores are kept, so that a cohort streamed from a file (each member evaluated as it is
/// read) never holds more than one member's evaluation at a time.
/// </remarks>
internal sealed class Cohort
{
    private Cohort(string[] entities, string[] peerGroups, (string Name, int[] Members)[] groups, decimal[] values, byte[] flags)
    {
        Entities = entities;
        PeerGroups = peerGroups;
        Groups = groups;
        Values = values;
        Flags = flags;
        LargestGroup = groups.Length == 0 ? 0 : groups.Max(g => g.Members.Length);
    }

    /// <summary>Gets the number of members.</summary>
    public int Count => Entities.Length;

    /// <summary>Gets the members' entities in ordinal order.</summary>
    public string[] Entities { get; }

    /// <summary>Gets each member's peer group, in the order of <see cref="Entities"/>.</summary>
    public string[] PeerGroups { get; }

    /// <summary>Gets the peer groups in ordinal order of name, each with the indices of its members in <see cref="Entities"/>, ascending.</summary>
    public (string Name, int[] Members)[] Groups { get; }

    /// <summary>Gets the value of rule r for member i at r × <see cref="Count"/> + i, where the result was computed.</summary>
    public decimal[] Values { get; }

    /// <summary>Gets, in the layout of <see cref="Values"/>, <see cref="PointsStore.HasValue"/> | <see cref="PointsStore.HasPercentile"/> where the result was computed, else 0.</summary>
    public byte[] Flags { get; }

    /// <summary>Gets the size of the largest peer group, or 0 for an empty cohort.</summary>
    public int LargestGroup { get; }

    /// <summary>Checks <paramref name="members"/>, reading each once, and keeps what <paramref name="entries"/> needs of them, in entity order.</summary>
    /// <param name="members">The hospitals, each evaluated with <paramref name="edition"/>; entities distinct.</param>
    /// <param name="edition">The edition the calculator was prepared for.</param>
    /// <param name="entries">The index in the edition of each scored indicator, in rule order.</param>
    /// <returns>The cohort.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    /// <exception cref="ArgumentException">A member is null, repeats or was evaluated with another edition.</exception>
    public static Cohort Of(IEnumerable<CohortMember> members, IndicatorEdition edition, int[] entries)
    {
        Preconditions.CheckNotNull(members);
        var entities = new List<string>();
        var peerGroups = new List<string>();
        var rows = new List<(decimal[] Values, byte[] Flags)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            Preconditions.CheckArgument(member is not null, nameof(members), "members must not contain null.");
            Preconditions.CheckArgument(ReferenceEquals(member.Evaluation.Edition, edition), nameof(members), $"{member.Entity} was evaluated with the edition {member.Evaluation.Edition.Id}, not {edition.Id}.");
            if (!seen.Add(member.Entity))
            {
                Preconditions.ThrowArgument(nameof(members), $"members contains the hospital '{member.Entity}' more than once.");
            }

            entities.Add(member.Entity);
            peerGroups.Add(member.PeerGroup);
            rows.Add(Row(member.Evaluation.Results, entries));
        }

        // Entity order, so that the result does not depend on the order of the input.
        var order = Enumerable.Range(0, entities.Count).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(entities[a], entities[b]));
        var n = order.Length;
        var values = new decimal[entries.Length * n];
        var flags = new byte[entries.Length * n];
        var sortedEntities = new string[n];
        var sortedPeerGroups = new string[n];
        for (var i = 0; i < n; i++)
        {
            var (rowValues, rowFlags) = rows[order[i]];
            rows[order[i]] = default;
            sortedEntities[i] = entities[order[i]];
            sortedPeerGroups[i] = peerGroups[order[i]];
            var next = 0;
            for (var r = 0; r < entries.Length; r++)
            {
                flags[(r * n) + i] = rowFlags[r];
                if (rowFlags[r] != 0)
                {
                    values[(r * n) + i] = rowValues[next++];
                }
            }
        }

        return new Cohort(sortedEntities, sortedPeerGroups, GroupByPeerGroup(sortedPeerGroups), values, flags);
    }

    /// <summary>Ranks <paramref name="totals"/> within each peer group, best first; equal totals share a rank.</summary>
    /// <param name="totals">Each member's total, in the order of <see cref="Entities"/>.</param>
    /// <returns>Each member's rank and the size of its peer group.</returns>
    public (int[] Ranks, int[] PeerCounts) RankWithinPeerGroups(decimal[] totals)
    {
        var ranks = new int[Count];
        var peerCounts = new int[Count];
        foreach (var (_, indices) in Groups)
        {
            var ordered = (int[])indices.Clone();
            Array.Sort(ordered, (a, b) => totals[b] != totals[a] ? totals[b].CompareTo(totals[a]) : string.CompareOrdinal(Entities[a], Entities[b]));
            for (var p = 0; p < ordered.Length; p++)
            {
                ranks[ordered[p]] = p > 0 && totals[ordered[p]] == totals[ordered[p - 1]] ? ranks[ordered[p - 1]] : p + 1;
                peerCounts[ordered[p]] = ordered.Length;
            }
        }

        return (ranks, peerCounts);
    }

    // One member's scored indicators, read once: a flag per rule, and the computed values alone, in rule order (a member reporting few figures keeps little).
    private static (decimal[] Values, byte[] Flags) Row(System.Collections.Immutable.ImmutableArray<IndicatorResult> results, int[] entries)
    {
        var flags = new byte[entries.Length];
        var computed = 0;
        for (var r = 0; r < entries.Length; r++)
        {
            if (results[entries[r]].Status == IndicatorStatus.Computed)
            {
                flags[r] = PointsStore.HasValue | PointsStore.HasPercentile;
                computed++;
            }
        }

        var values = new decimal[computed];
        var next = 0;
        for (var r = 0; r < entries.Length; r++)
        {
            if (flags[r] != 0)
            {
                values[next++] = results[entries[r]].Value.GetValueOrDefault();
            }
        }

        return (values, flags);
    }

    private static (string Name, int[] Members)[] GroupByPeerGroup(string[] peerGroups)
    {
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < peerGroups.Length; i++)
        {
            if (!byName.TryGetValue(peerGroups[i], out var indices))
            {
                byName.Add(peerGroups[i], indices = []);
            }

            indices.Add(i);
        }

        var groups = byName.Select(g => (Name: g.Key, Members: g.Value.ToArray())).ToArray();
        Array.Sort(groups, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return groups;
    }
}
