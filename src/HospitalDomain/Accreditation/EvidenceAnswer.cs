using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Accreditation;

/// <summary>A person's answer to an evidence item of a standard.</summary>
[JsonConverter(typeof(EvidenceAnswerJsonConverter))]
public sealed class EvidenceAnswer : IEquatable<EvidenceAnswer>
{
    /// <summary>Creates an answer.</summary>
    /// <param name="itemId">The criterion id of the evidence item.</param>
    /// <param name="answer">Whether the evidence is there.</param>
    /// <exception cref="ArgumentNullException"><paramref name="itemId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="itemId"/> is blank.</exception>
    public EvidenceAnswer(string itemId, bool answer)
    {
        ItemId = Preconditions.CheckNotBlank(itemId);
        Answer = answer;
    }

    /// <summary>Gets the criterion id of the evidence item.</summary>
    public string ItemId { get; }

    /// <summary>Gets whether the evidence is there.</summary>
    public bool Answer { get; }

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(EvidenceAnswer? left, EvidenceAnswer? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(EvidenceAnswer? left, EvidenceAnswer? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(EvidenceAnswer? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(ItemId, other.ItemId, StringComparison.Ordinal)
            && Answer == other.Answer));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EvidenceAnswer);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ItemId, StringComparer.Ordinal);
        hash.Add(Answer);
        return hash.ToHashCode();
    }

    /// <summary>Returns "id: yes/no".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{ItemId}: {(Answer ? "yes" : "no")}";
}
