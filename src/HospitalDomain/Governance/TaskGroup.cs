using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>A group of key tasks of a work plan (an aspect), numbered in order.</summary>
[JsonConverter(typeof(TaskGroupJsonConverter))]
public sealed class TaskGroup : IEquatable<TaskGroup>
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

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(TaskGroup? left, TaskGroup? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(TaskGroup? left, TaskGroup? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(TaskGroup? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Title, other.Title, StringComparison.Ordinal)
            && ImmutableArrayEquality.SequenceEqual(Tasks, other.Tasks)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TaskGroup);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Title, StringComparer.Ordinal);
        hash.Add(ImmutableArrayEquality.SequenceHash(Tasks));
        return hash.ToHashCode();
    }

    /// <summary>Returns the title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Title;
}
