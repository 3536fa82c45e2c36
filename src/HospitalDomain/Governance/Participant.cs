using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>A person at a conference with their post, such as 杨虎, 市卫生健康委党组成员、副主任.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class Participant
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

    /// <summary>Returns "post name".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Post is null ? Name : $"{Post}{Name}";
}
