using System.Collections.Immutable;
using System.Globalization;
using HospitalDomain.Records;

namespace HospitalDomain.EntityFrameworkCore.Records;

/// <summary>What a <see cref="DischargeRecordLoader"/> did: rows read, loaded and rejected, with the count per rule and the first rejections.</summary>
/// <remarks>Immutable. <see cref="Read"/> = <see cref="Loaded"/> + <see cref="Rejected"/>, as an ingest's reconciliation.</remarks>
public sealed class RecordLoadResult
{
    internal RecordLoadResult(RecordLoadMethod method, long loaded, ImmutableArray<KeyValuePair<RejectionRule, long>> byRule, ImmutableArray<RecordRejection> rejections, bool stopped)
    {
        Method = method;
        Loaded = loaded;
        ByRule = byRule;
        Rejections = rejections;
        Stopped = stopped;
        Rejected = byRule.Sum(p => p.Value);
    }

    /// <summary>Gets how the rows were written.</summary>
    public RecordLoadMethod Method { get; }

    /// <summary>Gets the rows read: loaded plus rejected.</summary>
    public long Read => Loaded + Rejected;

    /// <summary>Gets the rows written to <c>discharge_records</c> (the rows an ingest accepts).</summary>
    public long Loaded { get; }

    /// <summary>Gets the rows rejected, each for the first rule it broke; a stay already loaded is a <see cref="RejectionRule.DuplicateStay"/>.</summary>
    public long Rejected { get; }

    /// <summary>Gets the rejections per rule, for the rules with any, in the order of <see cref="RejectionRule"/>.</summary>
    public ImmutableArray<KeyValuePair<RejectionRule, long>> ByRule { get; }

    /// <summary>Gets the rows rejected for <paramref name="rule"/>.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The count, 0 when none.</returns>
    public long this[RejectionRule rule] => ByRule.FirstOrDefault(p => p.Key == rule).Value;

    /// <summary>Gets the first rejections in file order (at most <see cref="RecordIngestOptions.KeptRejections"/>).</summary>
    public ImmutableArray<RecordRejection> Rejections { get; }

    /// <summary>Gets whether loading stopped at the first rejection (<see cref="RejectionPolicy.StopAtFirstError"/>).</summary>
    public bool Stopped { get; }

    /// <summary>Returns "read N = loaded N + rejected N".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"read {Read} = loaded {Loaded} + rejected {Rejected}");
}
