using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Accreditation;

/// <summary>A person's answer to an evidence item of a standard.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class EvidenceAnswer
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

    /// <summary>Returns "id: yes/no".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{ItemId}: {(Answer ? "yes" : "no")}";
}
