using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Accreditation;

/// <summary>The outcome of one criterion: met, not met with the shortfall, not assessable with the missing inputs, or awaiting evidence.</summary>
[JsonConverter(typeof(CriterionResultJsonConverter))]
public sealed class CriterionResult : IEquatable<CriterionResult>
{
    /// <summary>Creates a criterion result.</summary>
    /// <param name="articleNumber">The number of the article the criterion belongs to.</param>
    /// <param name="criterion">The criterion.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="explanation">Actual versus required, in the criterion's units: "beds 450, at least 500".</param>
    /// <param name="actual">The profile's figure, for a threshold that could be assessed.</param>
    /// <param name="shortfall">What it would take, when not met: "needs 23 more registered nurses".</param>
    /// <param name="missingInputs">The profile inputs that were missing.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public CriterionResult(string articleNumber, Criterion criterion, CriterionOutcome outcome, string explanation, decimal? actual = null, string? shortfall = null, IEnumerable<string>? missingInputs = null)
    {
        ArticleNumber = Preconditions.CheckNotBlank(articleNumber);
        Criterion = Preconditions.CheckNotNull(criterion);
        Outcome = outcome;
        Actual = actual;
        Explanation = Preconditions.CheckNotBlank(explanation);
        Shortfall = string.IsNullOrWhiteSpace(shortfall) ? null : shortfall.Trim();
        MissingInputs = ImmutableArrayEquality.ToImmutableOrEmpty(missingInputs).Select(s => Preconditions.CheckNotBlank(s, nameof(missingInputs))).ToImmutableArray();
    }

    /// <summary>Gets the number of the article.</summary>
    public string ArticleNumber { get; }

    /// <summary>Gets the criterion.</summary>
    public Criterion Criterion { get; }

    /// <summary>Gets the outcome.</summary>
    public CriterionOutcome Outcome { get; }

    /// <summary>Gets the profile's figure, for a threshold that could be assessed.</summary>
    public decimal? Actual { get; }

    /// <summary>Gets actual versus required in the criterion's units, such as "beds 450, at least 500".</summary>
    public string Explanation { get; }

    /// <summary>Gets what it would take, when not met: "needs 23 more registered nurses"; or null.</summary>
    public string? Shortfall { get; }

    /// <summary>Gets the profile inputs that were missing, when not assessable.</summary>
    public ImmutableArray<string> MissingInputs { get; }

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(CriterionResult? left, CriterionResult? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(CriterionResult? left, CriterionResult? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(CriterionResult? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(ArticleNumber, other.ArticleNumber, StringComparison.Ordinal)
            && Equals(Criterion, other.Criterion)
            && Outcome == other.Outcome
            && Actual == other.Actual
            && string.Equals(Explanation, other.Explanation, StringComparison.Ordinal)
            && string.Equals(Shortfall, other.Shortfall, StringComparison.Ordinal)
            && ImmutableArrayEquality.SequenceEqual(MissingInputs, other.MissingInputs)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CriterionResult);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ArticleNumber, StringComparer.Ordinal);
        hash.Add(Criterion);
        hash.Add(Outcome);
        hash.Add(Actual);
        hash.Add(Explanation, StringComparer.Ordinal);
        hash.Add(Shortfall, StringComparer.Ordinal);
        hash.Add(ImmutableArrayEquality.SequenceHash(MissingInputs));
        return hash.ToHashCode();
    }

    /// <summary>Returns "article level id: outcome — explanation".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{ArticleNumber} {Criterion.Level} {Criterion.Id}: {Outcome} — {Explanation}";
}
