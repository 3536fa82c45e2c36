using System.Text.RegularExpressions;
using HospitalDomain.Assessments;
using HospitalDomain.Indicators;

namespace HospitalDomain.Cli;

/// <summary>An assessment's explanation for a Chinese reader: each indicator named by its Chinese name rather than its code.</summary>
internal static partial class ChineseExplanation
{
    public static string Of(Assessment assessment, IndicatorEdition edition) =>
        CodePattern().Replace(assessment.Explain(), m => edition.TryGet(m.Value, out var entry) ? entry.Definition.ChineseName : m.Value);

    /// <summary>An indicator code: a camel-case word (level4SurgeryShare, averageLengthOfStay).</summary>
    [GeneratedRegex(@"\b[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+\b")]
    private static partial Regex CodePattern();
}
