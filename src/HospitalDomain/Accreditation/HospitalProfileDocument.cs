using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Accreditation;

/// <summary>
/// The JSON form of a <see cref="HospitalProfile"/>: its figures as flat properties named by metric
/// code (every property that is not <c>departments</c> or <c>answers</c>), then its departments and answers.
/// </summary>
/// <param name="Figures">The figures by metric code, in document order; a name given twice is rejected when reading.</param>
/// <param name="Departments">The departments.</param>
/// <param name="Answers">The answers to evidence items.</param>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
internal sealed record HospitalProfileDocument(
    [property: JsonExtensionData] ImmutableArray<KeyValuePair<string, decimal>> Figures,
    ImmutableArray<DepartmentResources> Departments = default,
    ImmutableArray<EvidenceAnswer> Answers = default);
