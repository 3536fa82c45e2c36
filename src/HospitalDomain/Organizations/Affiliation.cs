using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>A link between a hospital and a university or other institution, such as being the affiliated hospital (附属医院) of a medical university.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class Affiliation
{
    /// <summary>Creates an affiliation.</summary>
    /// <param name="kind">The kind of link.</param>
    /// <param name="institution">The name of the other institution, such as 成都中医药大学.</param>
    /// <param name="since">The year the link began, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="institution"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="institution"/> is blank.</exception>
    public Affiliation(AffiliationKind kind, string institution, int? since = null)
    {
        Kind = Preconditions.CheckDefined(kind);
        Institution = Preconditions.CheckNotBlank(institution);
        Since = since;
    }

    /// <summary>Gets the kind of link.</summary>
    public AffiliationKind Kind { get; }

    /// <summary>Gets the name of the other institution.</summary>
    public string Institution { get; }

    /// <summary>Gets the year the link began, or null when not stated.</summary>
    public int? Since { get; }

    /// <summary>Returns "kind of institution".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind} of {Institution}";
}
