using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Metrics;
using HospitalDomain.Serialization;

namespace HospitalDomain.Indicators;

/// <summary>
/// The JSON form of an <see cref="IndicatorEdition"/>, the shape of the shipped edition files:
/// entries name their indicators by code; definitions that are not shipped, or differ from the
/// shipped ones, are given in <see cref="Definitions"/>.
/// </summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
internal sealed record IndicatorEditionDocument(
    string Id,
    string Title,
    string? EnglishTitle,
    int Year,
    string Publisher,
    string? Basis,
    string Source,
    SourceStatus Status,
    [property: JsonPropertyOrder(1)] ImmutableArray<IndicatorEntryDocument> Entries,
    ImmutableArray<IndicatorDefinition> Definitions = default,
    [property: JsonPropertyOrder(1)] ImmutableArray<IndicatorAlias> Aliases = default);

/// <summary>One entry of an edition document: the indicator by code, with its place in the edition.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
internal sealed record IndicatorEntryDocument(string Serial, string Code, string Dimension, string? SubDimension = null, bool NationallyMonitored = false, string? Name = null);

/// <summary>
/// The JSON form of an <see cref="IndicatorResult"/>: the entry by serial number and code, with the
/// definition's name and unit written for the reader (and ignored when read back).
/// </summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
internal sealed record IndicatorResultDocument(
    string Serial,
    string Code,
    string? Name,
    IndicatorStatus Status,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    Unit? Unit,
    ImmutableArray<string> MissingMetrics = default);

/// <summary>The JSON form of an <see cref="IndicatorEvaluation"/>: the edition by id.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
internal sealed record IndicatorEvaluationDocument(string Edition, string Entity, ReportingPeriod Period, ImmutableArray<IndicatorResultDocument> Results);
