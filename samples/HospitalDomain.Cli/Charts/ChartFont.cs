using ScottPlot;

namespace HospitalDomain.Cli.Charts;

/// <summary>
/// The font a chart's labels are drawn with. Chinese labels need a CJK font: the one the user names
/// (a family name or a font file), else the first installed of the usual ones (Noto Sans CJK SC from
/// Debian's fonts-noto-cjk first). With none, the chart is drawn with English labels instead, and
/// <see cref="Warning"/> says so, rather than drawing Chinese characters as empty boxes.
/// </summary>
internal sealed class ChartFont
{
    /// <summary>The CJK families tried in order when the user names none.</summary>
    public static IReadOnlyList<string> Candidates { get; } =
        ["Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "SimHei", "Noto Serif CJK SC"];

    private const string Probe = "等级分布医院总分指标变化改善";

    private ChartFont(string family, bool chinese, string? warning)
    {
        Family = family;
        Chinese = chinese;
        Warning = warning;
    }

    /// <summary>The font family set on every text of the chart.</summary>
    public string Family { get; }

    /// <summary>Whether the font draws Chinese, so that the chart's labels are Chinese; English otherwise.</summary>
    public bool Chinese { get; }

    /// <summary>What the user should know about the choice (no CJK font, the named font not found), or null.</summary>
    public string? Warning { get; }

    /// <summary>Picks the font: <paramref name="requested"/> (a family or a .ttf/.otf/.ttc file) when given, else the first CJK candidate installed.</summary>
    public static ChartFont Resolve(string? requested)
    {
        string? warning = null;
        if (!string.IsNullOrWhiteSpace(requested))
        {
            if (File.Exists(requested))
            {
                var family = "hospital-chart-font";
                try
                {
                    Fonts.AddFontFile(family, Path.GetFullPath(requested), bold: false, italic: false);
                    warning = IsInstalled(family) && DrawsChinese(family) ? null : $"the font file '{requested}' has no Chinese characters";
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or NullReferenceException)
                {
                    warning = $"the font file '{requested}' cannot be read";
                }

                if (warning is null)
                {
                    return new ChartFont(family, true, null);
                }
            }
            else if (IsInstalled(requested))
            {
                if (DrawsChinese(requested))
                {
                    return new ChartFont(requested, true, null);
                }

                warning = $"the font '{requested}' has no Chinese characters";
            }
            else
            {
                warning = $"the font '{requested}' is not installed";
            }
        }

        foreach (var candidate in Candidates)
        {
            if (IsInstalled(candidate) && DrawsChinese(candidate))
            {
                return new ChartFont(candidate, true, warning is null ? null : $"{warning}; the chart uses {candidate}.");
            }
        }

        return Fallback(warning ?? "no CJK font is installed");
    }

    /// <summary>The label in Chinese, or in English when the font cannot draw Chinese.</summary>
    public string Text(string chinese, string english) => Chinese ? chinese : english;

    private static ChartFont Fallback(string reason) =>
        new(Fonts.Default, false, $"{reason}: the chart's labels are in English. Install a CJK font (Debian/Ubuntu: apt-get install fonts-noto-cjk) or name one with --font.");

    /// <summary>SkiaSharp answers any family name with some font: the name must be the one found.</summary>
    private static bool IsInstalled(string family) =>
        string.Equals(Fonts.GetTypeface(family, bold: false, italic: false)?.FamilyName, family, StringComparison.OrdinalIgnoreCase);

    private static bool DrawsChinese(string family) =>
        Fonts.CountMissingGlyphs(family, Fonts.GetStandaloneCodePoints(Probe)) == 0;
}
