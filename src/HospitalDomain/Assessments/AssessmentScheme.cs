using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Indicators;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>How a cohort is assessed: the edition, per-indicator scoring rules and weights, the rule for missing data, and the grade bands (A++ … D).</summary>
/// <remarks>
/// <para>The official weights, scoring rules and grade cut-offs of the national assessment are not public. No scheme is presented as the official one: <see cref="Illustrative"/> says whether a scheme is an example, and the shipped one (<see cref="AssessmentSchemes.Illustrative2020"/>) is.</para>
/// <para>Grade bands are listed from the best grade down. In threshold mode each band gives its grade to totals at or above its bound, bounds strictly falling; in share mode each band takes the given per cent of the cohort, best first, the last taking the rest.</para>
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class AssessmentScheme
{
    /// <summary>Creates an assessment scheme.</summary>
    /// <param name="id">A stable id.</param>
    /// <param name="title">The title.</param>
    /// <param name="editionId">The indicator edition the rules refer to.</param>
    /// <param name="rules">The rules; at least one, indicator codes distinct.</param>
    /// <param name="gradeBands">The grade bands, best first; at least one.</param>
    /// <param name="gradeMode">How the bands are defined.</param>
    /// <param name="missingData">What missing values do.</param>
    /// <param name="illustrative">Whether the scheme is an example rather than one in force.</param>
    /// <param name="dimensionWeights">The points each dimension is worth, or none to let the indicators' weights add up as they are; when given, every dimension the rules score needs one.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, a rule repeats an indicator, a grade or a dimension weight repeats, or the bands are not ordered or add up to more than 100%.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The grade mode or the missing-data rule is not defined.</exception>
    public AssessmentScheme(string id, string title, string editionId, IEnumerable<IndicatorScoring>? rules, IEnumerable<GradeBand>? gradeBands, GradeBandMode gradeMode = default, MissingDataRule missingData = default, bool illustrative = true, IEnumerable<DimensionWeight>? dimensionWeights = null)
    {
        Id = Preconditions.CheckNotBlank(id);
        Title = Preconditions.CheckNotBlank(title);
        EditionId = Preconditions.CheckNotBlank(editionId);
        Rules = ImmutableArrayEquality.ToImmutableOrEmpty(rules);
        foreach (var item in Rules)
        {
            Preconditions.CheckArgument(item is not null, nameof(rules), "rules must not contain null.");
        }
        GradeBands = ImmutableArrayEquality.ToImmutableOrEmpty(gradeBands);
        foreach (var item in GradeBands)
        {
            Preconditions.CheckArgument(item is not null, nameof(gradeBands), "gradeBands must not contain null.");
        }
        GradeMode = Preconditions.CheckDefined(gradeMode);
        MissingData = Preconditions.CheckDefined(missingData);
        Illustrative = illustrative;
        DimensionWeights = ImmutableArrayEquality.ToImmutableOrEmpty(dimensionWeights);
        foreach (var item in DimensionWeights)
        {
            Preconditions.CheckArgument(item is not null, nameof(dimensionWeights), "dimensionWeights must not contain null.");
        }

        Preconditions.CheckNoDuplicates(DimensionWeights, w => w.Dimension, nameof(dimensionWeights), "dimension");
        Preconditions.CheckArgument(!Rules.IsEmpty, nameof(rules), "rules must score at least one indicator.");
        Preconditions.CheckNoDuplicates(Rules, r => r.IndicatorCode, nameof(rules), "indicator");
        Preconditions.CheckArgument(!GradeBands.IsEmpty, nameof(gradeBands), "gradeBands must define at least one grade.");
        Preconditions.CheckNoDuplicates(GradeBands, b => b.Grade, nameof(gradeBands), "grade");
        if (GradeMode == GradeBandMode.Threshold)
        {
            for (var i = 1; i < GradeBands.Length; i++)
            {
                Preconditions.CheckArgument(GradeBands[i].Bound < GradeBands[i - 1].Bound, nameof(gradeBands), $"gradeBands must have falling minimum scores, but {GradeBands[i].Grade} ({GradeBands[i].Bound}) is not below {GradeBands[i - 1].Grade} ({GradeBands[i - 1].Bound}).");
            }
        }
        else
        {
            var fits = Arithmetic.TrySum(GradeBands, b => b.Bound, out var shares);
            Preconditions.CheckArgument(fits && shares <= 100, nameof(gradeBands), $"gradeBands shares must not add up to more than 100%, was {(fits ? shares.ToString(System.Globalization.CultureInfo.InvariantCulture) : "beyond the decimal range")}.");
        }
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the indicator edition the rules refer to.</summary>
    public string EditionId { get; }

    /// <summary>Gets the scoring rules.</summary>
    public ImmutableArray<IndicatorScoring> Rules { get; }

    /// <summary>Gets the grade bands, best first.</summary>
    public ImmutableArray<GradeBand> GradeBands { get; }

    /// <summary>Gets how the bands are defined.</summary>
    public GradeBandMode GradeMode { get; }

    /// <summary>Gets what missing values do.</summary>
    public MissingDataRule MissingData { get; }

    /// <summary>Gets whether the scheme is an example rather than one in force.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public bool Illustrative { get; }

    /// <summary>
    /// Gets the points each dimension is worth, or none. When given, the weight of each scored
    /// indicator becomes its share of its dimension's weight: weight × dimension weight ÷ the sum of
    /// the scored weights in that dimension (monitor-only indicators that score nothing take no share).
    /// </summary>
    public ImmutableArray<DimensionWeight> DimensionWeights { get; }

    /// <summary>Checks the scheme against <paramref name="edition"/>: every rule must name one of its indicators, qualitative or composite indicators need a fitting method, and dimension weights must fit the dimensions the rules score.</summary>
    /// <param name="edition">The edition.</param>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException">A rule names an unknown indicator or does not fit it, or a dimension weight does not fit the rules; the message names it.</exception>
    public void CheckAgainst(IndicatorEdition edition) => _ = Weigh(Preconditions.CheckNotNull(edition));

    /// <summary>
    /// Checks the scheme against <paramref name="edition"/> (see <see cref="CheckAgainst"/>) and gives,
    /// in rule order, each rule's entry in the edition, its dimension and the weight it scores with:
    /// nothing for a monitor-only indicator unless the rule says otherwise, and scaled to the dimension
    /// weights when there are any.
    /// </summary>
    internal ScoredRule[] Weigh(IndicatorEdition edition)
    {
        var weights = new ScoredRule[Rules.Length];
        for (var r = 0; r < Rules.Length; r++)
        {
            var rule = Rules[r];
            if (!edition.TryGetIndex(rule.IndicatorCode, out var index))
            {
                Preconditions.ThrowArgument(nameof(edition), $"the scheme {Id} scores '{rule.IndicatorCode}', which is not an indicator of the edition {edition.Id}.");
            }

            var entry = edition.Entries[index];
            var qualitative = entry.Definition.Kind is IndicatorKind.Qualitative or IndicatorKind.Composite;
            Preconditions.CheckArgument(qualitative == (rule.Method == ScoringMethod.Qualitative), nameof(edition), $"the scheme {Id} scores {rule.IndicatorCode} ({entry.Definition.Kind}) with the method {rule.Method}; qualitative and composite indicators, and only they, take the Qualitative method.");
            var scored = entry.Definition.Direction != IndicatorDirection.MonitorOnly || rule.ScoreMonitorOnly || rule.Method == ScoringMethod.Qualitative;
            weights[r] = new ScoredRule(index, rule.Dimension ?? entry.Dimension, scored ? rule.Weight : 0m);
        }

        if (DimensionWeights.IsEmpty)
        {
            return weights;
        }

        foreach (var dimension in DimensionWeights)
        {
            Preconditions.CheckArgument(weights.Any(w => w.Dimension == dimension.Dimension), nameof(edition), $"the scheme {Id} weighs the dimension '{dimension.Dimension}', which none of its rules scores.");
        }

        var sums = weights.GroupBy(w => w.Dimension, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(w => w.Weight), StringComparer.Ordinal);
        for (var r = 0; r < weights.Length; r++)
        {
            var dimension = weights[r].Dimension;
            var given = DimensionWeights.FirstOrDefault(w => w.Dimension == dimension)
                ?? throw new ArgumentException($"the scheme {Id} weighs dimensions but not '{dimension}', which {Rules[r].IndicatorCode} counts towards.", nameof(edition));
            Preconditions.CheckArgument(sums[dimension] > 0m, nameof(edition), $"the scheme {Id} gives the dimension '{dimension}' {given.Weight} points, but none of its indicators is scored.");
            weights[r] = weights[r] with { Weight = weights[r].Weight * given.Weight / sums[dimension] };
        }

        return weights;
    }

    /// <summary>Loads a scheme from JSON of the shape of docs/json.md, checking it against its edition when that is a shipped one.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="System.Text.Json.JsonException">The JSON is malformed or describes an invalid scheme; the message names the problem.</exception>
    public static AssessmentScheme Load(string json)
    {
        Preconditions.CheckNotNull(json);
        var scheme = JsonContract.Read<AssessmentScheme>(json);
        if (IndicatorEditions.All.FirstOrDefault(e => e.Id == scheme.EditionId) is { } edition)
        {
            try
            {
                scheme.CheckAgainst(edition);
            }
            catch (ArgumentException e)
            {
                throw JsonPaths.Invalid(nameof(AssessmentScheme), e);
            }
        }

        return scheme;
    }

    /// <summary>Returns "id: title".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Title}";

    /// <summary>A rule as it scores under an edition: the entry's index, the dimension and the weight.</summary>
    internal readonly record struct ScoredRule(int EntryIndex, string Dimension, decimal Weight);
}
