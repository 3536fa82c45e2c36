using System.Text.RegularExpressions;

namespace HospitalDomain.Text;

/// <summary>Rankings: 居全国第81位, 全国第一, 华南地区第一, 全院第一名, 居全省地市级中医院首位, 五百强, 前50强.</summary>
internal static partial class RankingRules
{
    public static IEnumerable<RankingMention> Find(string text)
    {
        foreach (Match match in Place().Matches(text))
        {
            if (ChineseNumber.TryParse(match.Groups["n"].Value, out var n) && n.Value is >= 1m and <= 100_000m && n.UpperValue is null)
            {
                yield return new RankingMention(Scope(match.Groups["scope"].Value), (int)n.Value, false, match.Value, match.Index);
            }
        }

        foreach (Match match in First().Matches(text))
        {
            yield return new RankingMention(Scope(match.Groups["scope"].Value), 1, false, match.Value, match.Index);
        }

        var layout = new TextLayout(text);
        foreach (Match match in Top().Matches(text))
        {
            if (!layout.InShortQuotation(match.Index + match.Length - 1) && ChineseNumber.TryParse(match.Groups["n"].Value, out var n) && n.Value is >= 1m and <= 100_000m && n.UpperValue is null)
            {
                yield return new RankingMention(Scope(match.Groups["scope"].Value), (int)n.Value, true, match.Value, match.Index);
            }
        }
    }

    private static string? Scope(string scope) => string.IsNullOrWhiteSpace(scope) ? null : scope;

    [GeneratedRegex(@"(?<scope>全国|全省|全市|全区|全县|全院|国内|省内|(?!位列|位居|名列|[排列居在于])[\u4e00-\u9fa5]{2,4}地区)(?:排名|排|名列|位列)?第(?<n>[0-9]{1,5}|[一二三四五六七八九十百]{1,4})(?:位|名)?")]
    private static partial Regex Place();

    [GeneratedRegex(@"居(?<scope>[\u4e00-\u9fa5]{2,12}?)首位")]
    private static partial Regex First();

    [GeneratedRegex(@"(?<scope>全国[\u4e00-\u9fa5]{0,10}?|中国[\u4e00-\u9fa5]{0,10}?)?前?(?<n>[0-9]{1,4}|[一二三四五六七八九十百千]{1,4})强")]
    private static partial Regex Top();
}
