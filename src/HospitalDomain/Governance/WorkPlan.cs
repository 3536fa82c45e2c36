using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>The next year's plan (工作部署): key tasks in groups, with the counts as the source states them ("6个方面16个任务").</summary>
[JsonConverter(typeof(WorkPlanJsonConverter))]
public sealed class WorkPlan : IEquatable<WorkPlan>
{
    /// <summary>Creates a work plan.</summary>
    /// <param name="year">The year planned.</param>
    /// <param name="groups">The groups of tasks.</param>
    /// <param name="statedGroupCount">The number of groups the source states, or null.</param>
    /// <param name="statedTaskCount">The number of tasks the source states, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1949 to 9999.</exception>
    public WorkPlan(int year, IEnumerable<TaskGroup>? groups = null, int? statedGroupCount = null, int? statedTaskCount = null)
    {
        Year = year;
        Groups = ImmutableArrayEquality.ToImmutableOrEmpty(groups);
        foreach (var item in Groups)
        {
            Preconditions.CheckArgument(item is not null, nameof(groups), "groups must not contain null.");
        }
        StatedGroupCount = statedGroupCount;
        StatedTaskCount = statedTaskCount;
        Preconditions.CheckRange(year, 1949, 9999);
    }

    /// <summary>Gets the year planned.</summary>
    public int Year { get; }

    /// <summary>Gets the groups of tasks.</summary>
    public ImmutableArray<TaskGroup> Groups { get; }

    /// <summary>Gets the number of groups the source states, or null.</summary>
    public int? StatedGroupCount { get; }

    /// <summary>Gets the number of tasks the source states, or null.</summary>
    public int? StatedTaskCount { get; }

    /// <summary>Gets the number of groups: the stated count, or the groups listed if more.</summary>
    public int GroupCount => Math.Max(StatedGroupCount ?? 0, Groups.Length);

    /// <summary>Gets the number of tasks: the stated count, or the tasks listed if more.</summary>
    public int TaskCount => Math.Max(StatedTaskCount ?? 0, Groups.Sum(g => g.Tasks.Length));

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(WorkPlan? left, WorkPlan? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(WorkPlan? left, WorkPlan? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(WorkPlan? other) =>
        other is not null && (ReferenceEquals(this, other) || (Year == other.Year
            && ImmutableArrayEquality.SequenceEqual(Groups, other.Groups)
            && StatedGroupCount == other.StatedGroupCount
            && StatedTaskCount == other.StatedTaskCount));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WorkPlan);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Year);
        hash.Add(ImmutableArrayEquality.SequenceHash(Groups));
        hash.Add(StatedGroupCount);
        hash.Add(StatedTaskCount);
        return hash.ToHashCode();
    }

    /// <summary>Returns "year: n groups, m tasks".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Year}: {GroupCount} groups, {TaskCount} tasks";
}
