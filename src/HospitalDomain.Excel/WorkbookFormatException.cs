namespace HospitalDomain.Excel;

/// <summary>A metric workbook has bad cells; the message names the first one and how many there are.</summary>
public sealed class WorkbookFormatException : FormatException
{
    /// <summary>Creates the exception for the problems of a workbook.</summary>
    /// <param name="problems">The problems, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public WorkbookFormatException(IReadOnlyList<WorkbookProblem> problems)
        : base(Describe(problems))
    {
        Problems = [.. problems];
    }

    /// <summary>Gets every problem, in the order of the workbook.</summary>
    public IReadOnlyList<WorkbookProblem> Problems { get; }

    private static string Describe(IReadOnlyList<WorkbookProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("problems must not be empty.", nameof(problems));
        }

        return problems.Count == 1 ? problems[0].ToString() : $"{problems[0]} (and {problems.Count - 1} more problems)";
    }
}
