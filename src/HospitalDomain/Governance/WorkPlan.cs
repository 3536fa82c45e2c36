using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>The next year's plan (工作部署): key tasks in groups, with the counts as the source states them ("6个方面16个任务").</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class WorkPlan
{
    /// <summary>Creates a work plan.</summary>
    /// <param name="year">The year planned.</param>
    /// <param name="groups">The groups of tasks.</param>
    /// <param name="statedGroupCount">The number of groups the source states, or null.</param>
    /// <param name="statedTaskCount">The number of tasks the source states, or null.</param>
    /// <param name="targets">The figures the plan sets as targets (目标), each marked <see cref="ReportedFigure.IsTarget"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1949 to 9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="groups"/> contains null, or <paramref name="targets"/> holds null or a figure not marked as a target.</exception>
    public WorkPlan(int year, IEnumerable<TaskGroup>? groups = null, int? statedGroupCount = null, int? statedTaskCount = null, IEnumerable<ReportedFigure>? targets = null)
    {
        Targets = ImmutableArrayEquality.ToImmutableOrEmpty(targets);
        foreach (var item in Targets)
        {
            Preconditions.CheckArgument(item is { IsTarget: true }, nameof(targets), $"targets must hold figures marked as targets, was '{item}'.");
        }

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

    /// <summary>Gets the figures the plan sets as targets.</summary>
    public ImmutableArray<ReportedFigure> Targets { get; }

    /// <summary>Gets the number of groups: the stated count, or the groups listed if more.</summary>
    public int GroupCount => Math.Max(StatedGroupCount ?? 0, Groups.Length);

    /// <summary>Gets the number of tasks: the stated count, or the tasks listed if more.</summary>
    public int TaskCount => Math.Max(StatedTaskCount ?? 0, Groups.Sum(g => g.Tasks.Length));

    /// <summary>Returns "year: n groups, m tasks".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Year}: {GroupCount} groups, {TaskCount} tasks";
}
