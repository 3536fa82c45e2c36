using HospitalDomain.Assessments;
using HospitalDomain.Excel;
using HospitalDomain.Metrics;

namespace HospitalDomain.Cli;

/// <summary>
/// Workbooks on the command line: metric sets and cohort figures read from .xlsx (HospitalDomain.Excel),
/// results written as .xlsx; every failure is one line naming the file (and the sheet and cell).
/// </summary>
internal static class CliWorkbooks
{
    /// <summary>Whether an input path names a workbook rather than JSON: by its extension, .xlsx.</summary>
    public static bool IsWorkbook(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>A metric set from a JSON file (or standard input) or from a workbook that holds exactly one.</summary>
    public static MetricSet ReadMetricSet(CliContext context, string path)
    {
        if (!IsWorkbook(path))
        {
            return context.ReadJson<MetricSet>(path);
        }

        var sets = Read(path).MetricSets;
        return sets.Length == 1
            ? sets[0]
            : throw new CliException($"{path}: holds {sets.Length} metric sets; give a workbook with one (a fill-in form, or a summary table of one row)");
    }

    /// <summary>
    /// A cohort's figures from a workbook: each entity with its peer group (a 同级组 column or row), its
    /// latest set as the current figures and the set before it, when there is one, as the previous.
    /// </summary>
    public static IEnumerable<CohortFigures> ReadFigures(string path)
    {
        var result = Read(path);
        foreach (var entity in result.MetricSets.GroupBy(s => s.Entity, StringComparer.Ordinal))
        {
            if (!result.PeerGroups.TryGetValue(entity.Key, out var group))
            {
                throw new CliException($"{path}: {entity.Key} has no peer group (give a 同级组 column)");
            }

            var sets = entity.OrderByDescending(s => s.Period.End).ThenByDescending(s => s.Period.Start).ToList();
            yield return new CohortFigures(group, sets[0], sets.Count > 1 ? sets[1] : null);
        }
    }

    /// <summary>Writes a result workbook to <paramref name="path"/>, which must end in .xlsx; a file that cannot be written is bad input.</summary>
    public static void Write(string path, Action<string> write)
    {
        if (!IsWorkbook(path))
        {
            throw new CliException($"{path}: a workbook is written as .xlsx");
        }

        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a directory, not a file");
        }

        try
        {
            write(path);
        }
        catch (DirectoryNotFoundException)
        {
            throw new CliException($"{path}: no such folder");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException($"{path}: permission denied");
        }
        catch (IOException e)
        {
            throw new CliException($"{path}: cannot write the file ({e.Message})");
        }
    }

    private static MetricWorkbookResult Read(string path)
    {
        if (path == "-")
        {
            throw new CliException("a workbook is read from a file, not from standard input");
        }

        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a directory, not a file");
        }

        MetricWorkbookResult result;
        try
        {
            result = MetricWorkbook.Read(path, MetricCatalogue.Standard);
        }
        catch (FileNotFoundException)
        {
            throw new CliException($"{path}: no such file");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException($"{path}: permission denied");
        }
        catch (IOException e)
        {
            throw new CliException($"{path}: cannot read the file ({e.Message})");
        }

        if (!result.IsValid)
        {
            var more = result.Problems.Length > 1 ? $" (and {result.Problems.Length - 1} more problems)" : string.Empty;
            throw new CliException($"{path}: {result.Problems[0]}{more}");
        }

        return result;
    }
}
