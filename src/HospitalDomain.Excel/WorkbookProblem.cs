using System.Globalization;

namespace HospitalDomain.Excel;

/// <summary>One bad cell of a metric workbook: where it is, and what is wrong.</summary>
/// <remarks>Two problems are equal when all their members are.</remarks>
public sealed record WorkbookProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="sheet">The sheet's name; empty for the workbook as a whole.</param>
    /// <param name="cell">The cell's A1 address, such as "B7"; empty for the workbook as a whole.</param>
    /// <param name="kind">What is wrong.</param>
    /// <param name="message">The reason, in one English sentence.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public WorkbookProblem(string sheet, string cell, WorkbookProblemKind kind, string message)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(message);
        Sheet = sheet;
        Cell = cell;
        Kind = kind;
        Message = message;
    }

    /// <summary>Gets the sheet's name; empty for the workbook as a whole.</summary>
    public string Sheet { get; }

    /// <summary>Gets the cell's A1 address, such as "B7"; empty for the workbook as a whole.</summary>
    public string Cell { get; }

    /// <summary>Gets what is wrong.</summary>
    public WorkbookProblemKind Kind { get; }

    /// <summary>Gets the reason, in one English sentence.</summary>
    public string Message { get; }

    /// <summary>Returns the place as a spreadsheet would write it, and the reason: "'2023'!B7: …".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Sheet.Length == 0
        ? Message
        : string.Create(CultureInfo.InvariantCulture, $"'{Sheet.Replace("'", "''", StringComparison.Ordinal)}'!{Cell}: {Message}");
}
