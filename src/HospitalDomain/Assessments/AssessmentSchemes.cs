using HospitalDomain.Indicators;

namespace HospitalDomain.Assessments;

/// <summary>Assessment schemes shipped with the library: examples only, since the official ones are not public.</summary>
public static class AssessmentSchemes
{
    private static readonly Lazy<AssessmentScheme> Example = new(BuildIllustrative2020);

    /// <summary>
    /// Gets an <b>illustrative</b> scheme over the 2020 tertiary edition: every quantitative indicator
    /// scored by percentile rank within the peer group, national monitoring indicators (▲) weighing 2
    /// and the others 1, monitor-only indicators not scored, qualitative and composite indicators
    /// scored from answers (weight 1), missing values renormalised, and grades by share of the cohort
    /// (A++ 1%, A+ 5%, A 14%, B++ 20%, B+ 20%, B 20%, C 15%, D the rest).
    /// </summary>
    /// <remarks>The weights, the rule and the cut-offs are made up to show the mechanism. They are not the national assessment's, which are not published; do not present results under this scheme as official grades.</remarks>
    public static AssessmentScheme Illustrative2020 => Example.Value;

    private static AssessmentScheme BuildIllustrative2020()
    {
        var edition = IndicatorEditions.NationalTertiary2020;
        var rules = edition.Entries.Select(e => new IndicatorScoring(
            e.Code,
            e.NationallyMonitored ? 2m : 1m,
            e.Definition.Kind is IndicatorKind.Qualitative or IndicatorKind.Composite ? ScoringMethod.Qualitative : ScoringMethod.PercentileRank));
        GradeBand[] bands =
        [
            new("A++", 1), new("A+", 5), new("A", 14), new("B++", 20), new("B+", 20), new("B", 20), new("C", 15), new("D", 5),
        ];
        return new AssessmentScheme(
            "illustrative-tertiary-2020",
            "示例评分方案（非官方）: percentile ranks, ▲ weighted double, grades by share",
            edition.Id,
            rules,
            bands,
            GradeBandMode.Share,
            MissingDataRule.Renormalise,
            illustrative: true);
    }
}
