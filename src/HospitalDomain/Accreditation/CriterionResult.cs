using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Accreditation;

/// <summary>The outcome of one criterion: met, not met with the shortfall, not assessable with the missing inputs, or awaiting evidence.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class CriterionResult
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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not a defined value.</exception>
    public CriterionResult(string articleNumber, Criterion criterion, CriterionOutcome outcome, string explanation, decimal? actual = null, string? shortfall = null, IEnumerable<string>? missingInputs = null)
    {
        ArticleNumber = Preconditions.CheckNotBlank(articleNumber);
        Criterion = Preconditions.CheckNotNull(criterion);
        Outcome = Preconditions.CheckDefined(outcome);
        Actual = actual;
        Explanation = Preconditions.CheckNotBlank(explanation);
        Shortfall = string.IsNullOrWhiteSpace(shortfall) ? null : shortfall.Trim();
        MissingInputs = ImmutableArrayEquality.ToImmutableOrEmpty(missingInputs).Select(s => Preconditions.CheckNotBlank(s, nameof(missingInputs))).ToImmutableArray();
    }

    /// <summary>Gets the number of the article.</summary>
    [JsonPropertyOrder(-1)]
    public string ArticleNumber { get; }

    /// <summary>Gets the criterion.</summary>
    [JsonPropertyOrder(-1)]
    public Criterion Criterion { get; }

    /// <summary>Gets the outcome.</summary>
    [JsonPropertyOrder(-1)]
    public CriterionOutcome Outcome { get; }

    /// <summary>Gets the profile's figure, for a threshold that could be assessed.</summary>
    [JsonPropertyOrder(-1)]
    public decimal? Actual { get; }

    /// <summary>Gets actual versus required in the criterion's units, such as "beds 450, at least 500".</summary>
    public string Explanation { get; }

    /// <summary>Gets what it would take, when not met: "needs 23 more registered nurses"; or null.</summary>
    public string? Shortfall { get; }

    /// <summary>Gets the profile inputs that were missing, when not assessable.</summary>
    public ImmutableArray<string> MissingInputs { get; }

    /// <summary>Returns "article level id: outcome — explanation".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{ArticleNumber} {Criterion.Level} {Criterion.Id}: {Outcome} — {Explanation}";
}
