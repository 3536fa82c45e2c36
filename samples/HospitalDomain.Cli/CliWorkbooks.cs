using HospitalDomain.Accreditation;
using HospitalDomain.Assessments;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Records;
#if !NATIVE
using HospitalDomain.Excel;
#endif

namespace HospitalDomain.Cli;

/// <summary>
/// Workbooks on the command line: metric sets and cohort figures read from .xlsx (HospitalDomain.Excel),
/// results written as .xlsx; every failure is one line naming the file (and the sheet and cell).
/// The native build leaves workbooks out (MiniExcel reads and writes through reflection, which Native
/// AOT cannot analyse): there a workbook path is bad input naming the build that reads it.
/// </summary>
internal static class CliWorkbooks
{
    private const string NotInNativeBuild = "workbooks (.xlsx) are not in the native build of hospital (MiniExcel works through reflection, which Native AOT does not support); the .NET tool has them: dotnet tool install --global HospitalDomain.Cli";

    /// <summary>Whether an input path names a workbook rather than JSON: by its extension, .xlsx.</summary>
    public static bool IsWorkbook(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>A metric set from a JSON file (or standard input) or from a workbook that holds exactly one.</summary>
    public static MetricSet ReadMetricSet(CliContext context, string path)
    {
        if (!IsWorkbook(path))
        {
            return context.ReadJson<MetricSet>(path);
        }

#if NATIVE
        throw new CliException($"{path}: {NotInNativeBuild}");
#else
        var sets = Read(path).MetricSets;
        return sets.Length == 1
            ? sets[0]
            : throw new CliException($"{path}: holds {sets.Length} metric sets; give a workbook with one (a fill-in form, or a summary table of one row)");
#endif
    }

    /// <summary>
    /// A cohort's figures from a workbook: each entity with its peer group (a 同级组 column or row), its
    /// latest set as the current figures and the set before it, when there is one, as the previous.
    /// </summary>
    public static IEnumerable<CohortFigures> ReadFigures(string path)
    {
#if NATIVE
        throw new CliException($"{path}: {NotInNativeBuild}");
#else
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
#endif
    }

    /// <summary>Writes an indicator evaluation (and the previous year's) as a workbook.</summary>
    public static void WriteEvaluation(string path, IndicatorEvaluation evaluation, IndicatorEvaluation? previous) =>
#if NATIVE
        Write(path, _ => { });
#else
        Write(path, p => ResultWorkbooks.WriteEvaluation(p, evaluation, previous));
#endif

    /// <summary>Writes a cohort's assessment as a workbook.</summary>
    public static void WriteAssessment(string path, CohortAssessment cohort, IndicatorEdition? edition) =>
#if NATIVE
        Write(path, _ => { });
#else
        Write(path, p => ResultWorkbooks.WriteAssessment(p, cohort, edition));
#endif

    /// <summary>Writes a grade check's result as a workbook.</summary>
    public static void WriteAccreditation(string path, AccreditationResult result) =>
#if NATIVE
        Write(path, _ => { });
#else
        Write(path, p => ResultWorkbooks.WriteAccreditation(p, result));
#endif

    /// <summary>Writes an ingest's reconciliation as a workbook.</summary>
    public static void WriteReconciliation(string path, IngestResult result) =>
#if NATIVE
        Write(path, _ => { });
#else
        Write(path, p => ResultWorkbooks.WriteReconciliation(p, result));
#endif

    /// <summary>Writes a result workbook to <paramref name="path"/>, which must end in .xlsx; a file that cannot be written is bad input.</summary>
    public static void Write(string path, Action<string> write)
    {
#if NATIVE
        _ = write;
        throw new CliException($"{path}: {NotInNativeBuild}");
#else
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
#endif
    }

#if !NATIVE
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
#endif
}
