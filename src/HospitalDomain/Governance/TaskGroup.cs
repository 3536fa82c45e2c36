using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>A group of key tasks of a work plan (an aspect), numbered in order.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class TaskGroup
{
    /// <summary>Creates a task group.</summary>
    /// <param name="title">The group's title.</param>
    /// <param name="tasks">The tasks.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    public TaskGroup(string title, IEnumerable<string>? tasks = null)
    {
        Title = Preconditions.CheckNotBlank(title);
        Tasks = ImmutableArrayEquality.ToImmutableOrEmpty(tasks).Select(s => Preconditions.CheckNotBlank(s, nameof(tasks))).ToImmutableArray();
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the tasks.</summary>
    public ImmutableArray<string> Tasks { get; }

    /// <summary>Returns the title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Title;
}
