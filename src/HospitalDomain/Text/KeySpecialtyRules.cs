using System.Text.RegularExpressions;
using HospitalDomain.Departments;

namespace HospitalDomain.Text;

/// <summary>
/// Key specialties: the names listed before a programme word in one sentence (心病科、肾病科成功申报市级重点中医专科建设单位;
/// “国重”针灸科), or a count without names (七大专科通过省级重点专科验收, 新增3个重点专科).
/// </summary>
internal static partial class KeySpecialtyRules
{
    private static readonly string[] ProgrammeWords = ["重点中医专科", "中医重点专科", "临床重点专科", "重点专科", "中医优势专科", "优势专科", "精品专科"];

    public static IEnumerable<KeySpecialtyMention> Find(TextLayout layout)
    {
        var text = layout.Text;
        var seen = new HashSet<(string, KeySpecialtyLevel?)>();
        foreach (var word in ProgrammeWords)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                if (ProgrammeWords.Any(longer => longer.Length > word.Length && longer.Contains(word, StringComparison.Ordinal) && IsInside(text, at, word, longer)))
                {
                    continue;
                }

                var sentenceStart = Math.Max(layout.SentenceStart(at), PreviousProgrammeWordEnd(text, at));
                var before = layout.Slice(sentenceStart, at);
                var level = LevelOf(before[Math.Max(0, before.Length - 8)..] + word);
                var programme = ProgrammeOf(word, before);
                foreach (Match match in Name().Matches(before))
                {
                    var name = match.Groups["name"].Value;
                    if (name is not ("名科" or "学科" or "专科" or "本科") && !name.EndsWith("专科", StringComparison.Ordinal) && seen.Add((name, level)))
                    {
                        yield return new KeySpecialtyMention(name, null, level, programme, name, sentenceStart + match.Groups["name"].Index);
                    }
                }

                if (Count().Match(before + word) is { Success: true } count && !layout.InShortQuotation(sentenceStart + count.Index) && ChineseNumber.TryParse(count.Groups["n"].Value, out var n) && n.Value is >= 1m and <= 1000m && n.UpperValue is null)
                {
                    yield return new KeySpecialtyMention(null, (int)n.Value, level, programme, count.Value, sentenceStart + count.Index);
                }
            }
        }

        // “国重”针灸科, “省重”骨科、肛肠、老年病等专科
        foreach (Match match in Abbreviated().Matches(text))
        {
            var level = match.Groups["level"].Value switch { "国" => KeySpecialtyLevel.National, "省" => KeySpecialtyLevel.Provincial, _ => KeySpecialtyLevel.Municipal };
            var list = match.Groups["list"];
            var offset = list.Index;
            foreach (var part in list.Value.Split('、'))
            {
                var name = part.Trim();
                if (name.Length >= 2 && seen.Add((name, level)))
                {
                    yield return new KeySpecialtyMention(name, null, level, null, name, offset);
                }

                offset += part.Length + 1;
            }
        }
    }

    /// <summary>Where the last programme word before <paramref name="at"/> ends: names before it belong to it.</summary>
    private static int PreviousProgrammeWordEnd(string text, int at)
    {
        var end = 0;
        foreach (var word in ProgrammeWords)
        {
            var previous = at > 0 ? text.LastIndexOf(word, at - 1, StringComparison.Ordinal) : -1;
            if (previous >= 0 && previous + word.Length <= at)
            {
                end = Math.Max(end, previous + word.Length);
            }
        }

        return end;
    }

    private static bool IsInside(string text, int at, string word, string longer)
    {
        var shift = longer.IndexOf(word, StringComparison.Ordinal);
        return at - shift >= 0 && text.AsSpan(at - shift).StartsWith(longer, StringComparison.Ordinal);
    }

    private static KeySpecialtyLevel? LevelOf(string words) =>
        words.Contains("国家", StringComparison.Ordinal) ? KeySpecialtyLevel.National
        : words.Contains('省', StringComparison.Ordinal) ? KeySpecialtyLevel.Provincial
        : words.Contains('市', StringComparison.Ordinal) ? KeySpecialtyLevel.Municipal
        : words.Contains('县', StringComparison.Ordinal) ? KeySpecialtyLevel.County
        : words.Contains("院级", StringComparison.Ordinal) ? KeySpecialtyLevel.Hospital
        : null;

    private static KeySpecialtyProgramme? ProgrammeOf(string word, string before) => word switch
    {
        "中医优势专科" or "优势专科" => KeySpecialtyProgramme.TcmAdvantageSpecialty,
        "精品专科" => KeySpecialtyProgramme.PremiumSpecialty,
        "重点中医专科" or "中医重点专科" => KeySpecialtyProgramme.TcmKeySpecialty,
        "临床重点专科" => KeySpecialtyProgramme.ClinicalKeySpecialty,
        _ => before.EndsWith("中医", StringComparison.Ordinal) ? KeySpecialtyProgramme.TcmKeySpecialty : null,
    };

    /// <summary>A department name in a list: 重症医学科, 妇产中心, “肺病科”; the words before it in the list item are dropped.</summary>
    [GeneratedRegex(@"(?:^|[、，,“”\s]|了|等|和|及)(?<name>[\u4e00-\u9fa5]{1,8}?(?:科|中心))(?=[、，,“”]|等|和|及|在|成功|先后|经|$)")]
    private static partial Regex Name();

    [GeneratedRegex(@"(?<n>[0-9]{1,3}|[一二三四五六七八九十两]{1,3})(?:个|大)(?:[\u4e00-\u9fa5]{0,6}?)(?:专科|学科)")]
    private static partial Regex Count();

    [GeneratedRegex(@"“(?<level>国|省|市)重”(?<list>[\u4e00-\u9fa5]{1,8}?(?:、[\u4e00-\u9fa5]{1,8}?){0,8}?)(?=、?“|等|，|,|。)")]
    private static partial Regex Abbreviated();
}
