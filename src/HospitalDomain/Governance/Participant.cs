using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>A person at a conference with their post, such as 杨虎, 市卫生健康委党组成员、副主任.</summary>
[JsonConverter(typeof(ParticipantJsonConverter))]
public sealed class Participant : IEquatable<Participant>
{
    /// <summary>Creates a participant.</summary>
    /// <param name="name">The person's name.</param>
    /// <param name="post">Their post, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public Participant(string name, string? post = null)
    {
        Name = Preconditions.CheckNotBlank(name);
        Post = string.IsNullOrWhiteSpace(post) ? null : post.Trim();
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the post, or null.</summary>
    public string? Post { get; }

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(Participant? left, Participant? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Participant? left, Participant? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(Participant? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Name, other.Name, StringComparison.Ordinal)
            && string.Equals(Post, other.Post, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Participant);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(Post, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Returns "post name".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Post is null ? Name : $"{Post}{Name}";
}
