using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using HospitalDomain.Records.Serialization;

namespace HospitalDomain.Records;

/// <summary>The count of rows read, accepted and rejected, with the rejections per rule: read = accepted + rejected, always.</summary>
/// <remarks>Blank lines are not rows. Equality compares every count.</remarks>
[JsonConverter(typeof(RecordsJsonConverter)), ValueEquality]
public sealed partial class Reconciliation
{
    private readonly long[] _byRule;

    [JsonConstructor]
    internal Reconciliation(long accepted, long[] byRule)
    {
        Accepted = accepted;
        _byRule = byRule;
        Rejected = byRule.Sum();
        Read = Accepted + Rejected;
    }

    /// <summary>Gets the rows read (data rows, the header and blank lines excluded).</summary>
    public long Read { get; }

    /// <summary>Gets the rows accepted into the metric sets.</summary>
    public long Accepted { get; }

    /// <summary>Gets the rows rejected.</summary>
    public long Rejected { get; }

    /// <summary>Gets the rejections per rule, for the rules with any, in rule order.</summary>
    public ImmutableArray<KeyValuePair<RejectionRule, long>> ByRule =>
        [.. Enum.GetValues<RejectionRule>().Where(r => _byRule[(int)r] > 0).Select(r => KeyValuePair.Create(r, _byRule[(int)r]))];

    /// <summary>Gets the rows rejected for <paramref name="rule"/>.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> is not a defined rule.</exception>
    public long this[RejectionRule rule] => Enum.IsDefined(rule) ? _byRule[(int)rule] : throw new ArgumentOutOfRangeException(nameof(rule), rule, "rule is not a defined RejectionRule.");






    /// <summary>The JSON form: the counts, and the rejections per rule.</summary>
    internal ReconciliationDocument ToDocument() => new(Read, Accepted, Rejected, [.. ByRule.Select(p => new RuleCountDocument(p.Key, p.Value))]);

    /// <summary>Reads a JSON form: every rule at most once, every count non-negative, and read = accepted + rejected = accepted + the sum per rule.</summary>
    /// <exception cref="ArgumentException">The counts do not add up, a rule repeats or a count is negative.</exception>
    internal static Reconciliation FromDocument(ReconciliationDocument document)
    {
        var byRule = new long[Enum.GetValues<RejectionRule>().Length];
        foreach (var (rule, count) in document.ByRule)
        {
            if (!Enum.IsDefined(rule) || byRule[(int)rule] != 0 || count <= 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"byRule must name each rule once with a positive count, was {rule} {count}."), "byRule");
            }

            byRule[(int)rule] = count;
        }

        if (document.Accepted < 0)
        {
            throw new ArgumentOutOfRangeException("accepted", document.Accepted, "accepted must be non-negative.");
        }

        var result = new Reconciliation(document.Accepted, byRule);
        return result.Rejected == document.Rejected && result.Read == document.Read
            ? result
            : throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"the counts do not add up: read {document.Read}, accepted {document.Accepted}, rejected {document.Rejected}, rejections per rule {result.Rejected}."),
                "read");
    }

    /// <summary>Returns "read N = accepted N + rejected N (Rule N, …)".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var rules = string.Join(", ", ByRule.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value}")));
        return string.Create(CultureInfo.InvariantCulture, $"read {Read} = accepted {Accepted} + rejected {Rejected}") + (rules.Length > 0 ? $" ({rules})" : string.Empty);
    }
}

/// <summary>The JSON form of a <see cref="Reconciliation"/>.</summary>
[JsonConverter(typeof(RecordsJsonConverter))]
internal sealed record ReconciliationDocument(long Read, long Accepted, long Rejected, ImmutableArray<RuleCountDocument> ByRule = default);

/// <summary>The rejections of one rule.</summary>
[JsonConverter(typeof(RecordsJsonConverter))]
internal sealed record RuleCountDocument(RejectionRule Rule, long Count);
