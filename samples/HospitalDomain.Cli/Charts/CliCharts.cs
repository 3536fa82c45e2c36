using HospitalDomain.Assessments;
using HospitalDomain.Indicators;

namespace HospitalDomain.Cli.Charts;

/// <summary>
/// <c>--chart FILE</c> on the command line: the file's extension (.png or .svg) chooses the format,
/// <c>--font NAME|FILE</c> the CJK font. What was written, and the font's fallback when there is one,
/// is said on standard output after the command's own text (not in JSON mode, which prints only JSON).
/// </summary>
internal static class CliCharts
{
    /// <summary>Checks the path before any work is done: a .png or .svg file in an existing folder.</summary>
    public static void Check(string? path)
    {
        if (path is null)
        {
            return;
        }

        if (!ChartImage.IsSupported(path))
        {
            throw new CliException($"{path}: a chart is written as .png or .svg");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new CliException($"{path}: no such folder");
        }

        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a directory, not a file");
        }
    }

    public static void SaveAssessment(TextWriter output, bool json, string path, string? font, CohortAssessment cohort) =>
        Save(output, json, path, font, f =>
        {
            AssessmentChart.Save(cohort, path, f);
            return (AssessmentChart.Width, AssessmentChart.Height);
        });

    public static void SaveChanges(TextWriter output, bool json, string path, string? font, IndicatorEvaluation current, IndicatorEvaluation previous) =>
        Save(output, json, path, font, f => (ChangeChart.Width, ChangeChart.Save(current, previous, path, f)));

    private static void Save(TextWriter output, bool json, string path, string? fontName, Func<ChartFont, (int Width, int Height)> save)
    {
        var font = ChartFont.Resolve(fontName);
        (int Width, int Height) size;
        try
        {
            size = save(font);
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException($"{path}: permission denied");
        }
        catch (IOException e)
        {
            throw new CliException($"{path}: cannot write the file ({e.Message})");
        }

        if (!json)
        {
            output.WriteLine();
            output.WriteLine($"Chart: {path} ({size.Width}×{size.Height}, {Path.GetExtension(path).TrimStart('.').ToUpperInvariant()}, font {font.Family})");
            if (font.Warning is not null)
            {
                output.WriteLine($"Note: {font.Warning}");
            }
        }
    }
}
