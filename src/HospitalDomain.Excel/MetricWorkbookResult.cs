using System.Collections.Immutable;
using HospitalDomain.Metrics;

namespace HospitalDomain.Excel;

/// <summary>What reading a metric workbook gave: the metric sets, and every bad cell.</summary>
/// <remarks>
/// The sets hold every good value, also when other cells are bad; a caller that wants all or
/// nothing checks <see cref="IsValid"/> (or calls <see cref="MetricWorkbook.Load(string, MetricCatalogue?)"/>).
/// Immutable; no value equality.
/// </remarks>
public sealed class MetricWorkbookResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="metricSets">The metric sets, in the order of the workbook.</param>
    /// <param name="problems">The problems, in the order of the workbook.</param>
    /// <param name="peerGroups">The peer group (同级组) of each entity that the workbook gives one; null for none.</param>
    public MetricWorkbookResult(IEnumerable<MetricSet> metricSets, IEnumerable<WorkbookProblem> problems, IEnumerable<KeyValuePair<string, string>>? peerGroups)
    {
        ArgumentNullException.ThrowIfNull(metricSets);
        ArgumentNullException.ThrowIfNull(problems);
        MetricSets = [.. metricSets];
        Problems = [.. problems];
        PeerGroups = peerGroups?.ToImmutableDictionary(StringComparer.Ordinal) ?? ImmutableDictionary.Create<string, string>(StringComparer.Ordinal);
    }

    /// <summary>Gets the metric sets, one per entity and period, in the order they first appear.</summary>
    public ImmutableArray<MetricSet> MetricSets { get; }

    /// <summary>
    /// Gets the peer group (同级组) of each entity that has one: a 同级组 column of a summary table, or a
    /// 同级组 row of a fill-in form. An assessment of the sets groups the entities by it.
    /// </summary>
    public ImmutableDictionary<string, string> PeerGroups { get; }

    /// <summary>Gets every bad cell, sheet by sheet and row by row.</summary>
    public ImmutableArray<WorkbookProblem> Problems { get; }

    /// <summary>Gets whether no cell is bad.</summary>
    public bool IsValid => Problems.IsEmpty;

    /// <summary>Returns the metric sets, or throws when any cell is bad.</summary>
    /// <returns>The metric sets.</returns>
    /// <exception cref="WorkbookFormatException">A cell is bad; the message names the first.</exception>
    public ImmutableArray<MetricSet> GetMetricSetsOrThrow() => IsValid ? MetricSets : throw new WorkbookFormatException(Problems);
}
