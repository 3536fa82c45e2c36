using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Metrics;

/// <summary>
/// The JSON form of a <see cref="MetricSet"/>: the catalogue by id (absent for the standard one), the
/// entity, the period, and the values by metric code in catalogue order.
/// </summary>
/// <param name="Catalogue">The catalogue's id, or null for the standard catalogue.</param>
/// <param name="Entity">The entity.</param>
/// <param name="Period">The period.</param>
/// <param name="Values">The values by metric code; duplicate codes are rejected when reading.</param>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
internal sealed record MetricSetDocument(string? Catalogue, string Entity, ReportingPeriod Period, ImmutableArray<KeyValuePair<string, decimal>> Values);
