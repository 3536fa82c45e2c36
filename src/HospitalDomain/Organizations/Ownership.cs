using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Organizations;

/// <summary>Who owns a hospital (所有制 / 举办主体).</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum Ownership
{
    /// <summary>Publicly owned (公立), run by a government, a university or a state-owned enterprise.</summary>
    Public = 0,

    /// <summary>Privately owned (民营 / 社会办).</summary>
    Private,

    /// <summary>Mixed ownership (混合所有制).</summary>
    Mixed,
}
