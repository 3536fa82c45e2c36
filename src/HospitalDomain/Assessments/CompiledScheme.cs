using HospitalDomain.Indicators;

namespace HospitalDomain.Assessments;

/// <summary>
/// An assessment scheme compiled against an indicator edition: its rules in scheme order and its
/// dimensions in order of first use, and the same facts as the columns a cohort's scores are stored
/// by (codes, dimensions, weights, edition entries), with the weights in ten-billionths when they
/// allow exact fixed-point sums.
/// </summary>
internal sealed class CompiledScheme
{
    /// <summary>The most rules whose points in ten-billionths (each below 10⁶) can be summed in a long without overflow.</summary>
    private const int MostFixedPointRules = 900;

    /// <summary>Compiles <paramref name="scheme"/> for <paramref name="edition"/>.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="edition">The edition.</param>
    /// <exception cref="ArgumentException">The scheme does not fit the edition.</exception>
    public CompiledScheme(AssessmentScheme scheme, IndicatorEdition edition)
    {
        var scored = scheme.Weigh(edition);
        var dimensions = Dimensions = [.. scored.Select(w => w.Dimension).Distinct(StringComparer.Ordinal)];
        Rules = [.. scheme.Rules.Select((rule, r) =>
        {
            var (index, dimension, weight) = scored[r];
            var lowerIsBetter = edition.Entries[index].Definition.Direction == IndicatorDirection.LowerIsBetter;
            return new CompiledRule(rule, index, dimension, Array.IndexOf(dimensions, dimension), lowerIsBetter, weight);
        })];
        Codes = [.. Rules.Select(r => r.Rule.IndicatorCode)];
        RuleDimensions = [.. Rules.Select(r => r.Dimension)];
        Weights = [.. Rules.Select(r => r.EffectiveWeight)];
        Entries = [.. Rules.Select(r => r.EntryIndex)];

        var fixedWeights = new long[Rules.Length];
        var fits = Rules.Length <= MostFixedPointRules;
        for (var r = 0; r < Rules.Length && fits; r++)
        {
            fits = CohortPoints.TryToFixed(Rules[r].EffectiveWeight, out fixedWeights[r]);
        }

        FixedWeights = fits ? fixedWeights : null;
        DimensionWeights = new decimal[Dimensions.Length];
        foreach (var rule in Rules)
        {
            DimensionWeights[rule.DimensionIndex] += rule.EffectiveWeight;
            WeightTotal += rule.EffectiveWeight;
        }

        Renormalise = scheme.MissingData switch
        {
            MissingDataRule.Renormalise => true,
            MissingDataRule.Zero => false,
            _ => throw Preconditions.Unhandled(scheme.MissingData),
        };
    }

    /// <summary>Gets the rules, in scheme order.</summary>
    public CompiledRule[] Rules { get; }

    /// <summary>Gets the dimensions, in order of first use by the rules.</summary>
    public string[] Dimensions { get; }

    /// <summary>Gets each rule's indicator code.</summary>
    public string[] Codes { get; }

    /// <summary>Gets each rule's dimension.</summary>
    public string[] RuleDimensions { get; }

    /// <summary>Gets each rule's effective weight.</summary>
    public decimal[] Weights { get; }

    /// <summary>Gets each rule's index in the edition.</summary>
    public int[] Entries { get; }

    /// <summary>Gets each rule's effective weight in ten-billionths, or null when one has no exact form or there are too many rules for long sums.</summary>
    public long[]? FixedWeights { get; }

    /// <summary>Gets each dimension's weight: the sum of its rules' effective weights.</summary>
    public decimal[] DimensionWeights { get; }

    /// <summary>Gets the sum of the effective weights.</summary>
    public decimal WeightTotal { get; }

    /// <summary>Gets whether the weight of a missing value is taken out of a total rather than scored as nothing.</summary>
    public bool Renormalise { get; }

    /// <summary>Creates the empty score columns for <paramref name="cohort"/>, over its value and flag columns.</summary>
    /// <param name="cohort">The cohort.</param>
    /// <returns>The store.</returns>
    public CohortPoints CreateStore(Cohort cohort) => new(Codes, RuleDimensions, Weights, cohort);
}
