using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Accreditation;
using HospitalDomain.Cli.Commands;

namespace HospitalDomain.Cli;

/// <summary>
/// Source-generated JSON metadata for what the command writes beyond the library's own types (its
/// lists and summaries), so that no output depends on reflection-based serialization.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ImmutableArray<EditionSummary>))]
[JsonSerializable(typeof(ImmutableArray<AccreditationStandard>))]
[JsonSerializable(typeof(OverviewDocument))]
[JsonSerializable(typeof(ImmutableArray<HospitalDomain.Assessments.IndicatorStatistics>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
