using System.Collections.Immutable;
using System.Globalization;

namespace HospitalDomain.Records;

/// <summary>The count of rows read, accepted and rejected, with the rejections per rule: read = accepted + rejected, always.</summary>
/// <remarks>Blank lines are not rows. Equality compares every count.</remarks>
public sealed class Reconciliation : IEquatable<Reconciliation>
{
    private readonly long[] _byRule;

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

    /// <summary>Compares two reconciliations.</summary>
    /// <param name="left">The first, or null.</param>
    /// <param name="right">The second, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(Reconciliation? left, Reconciliation? right) => Equals(left, right);

    /// <summary>Compares two reconciliations for inequality.</summary>
    /// <param name="left">The first, or null.</param>
    /// <param name="right">The second, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Reconciliation? left, Reconciliation? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(Reconciliation? other) => other is not null && Accepted == other.Accepted && _byRule.AsSpan().SequenceEqual(other._byRule);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Reconciliation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Read, Accepted, Rejected);

    /// <summary>Returns "read N = accepted N + rejected N (Rule N, …)".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var rules = string.Join(", ", ByRule.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value}")));
        return string.Create(CultureInfo.InvariantCulture, $"read {Read} = accepted {Accepted} + rejected {Rejected}") + (rules.Length > 0 ? $" ({rules})" : string.Empty);
    }
}
