using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace HospitalDomain.Excel.Writing;

/// <summary>A column of a written sheet: its header (the key MiniExcel styles it by) and its number format.</summary>
internal sealed record SheetColumn(string Header, string? Format = null);

/// <summary>The rows of one sheet, kept until the workbook is saved.</summary>
internal sealed class SheetTable(string name, params SheetColumn[] columns)
{
    public string Name { get; } = name;

    public IReadOnlyList<SheetColumn> Columns { get; } = columns;

    public List<Dictionary<string, object?>> Rows { get; } = [];

    public void Add(params object?[] values)
    {
        var row = new Dictionary<string, object?>(Columns.Count);
        for (var i = 0; i < Columns.Count; i++)
        {
            row[Columns[i].Header] = i < values.Length ? values[i] : null;
        }

        Rows.Add(row);
    }
}

/// <summary>
/// Saves sheets through MiniExcel: number formats and widths by column header (MiniExcel's dynamic
/// columns), the header rows frozen, widths that fit Chinese text (two columns a character).
/// </summary>
internal static class WorkbookWriter
{
    /// <summary>Percent with two decimals, of a fraction (0.3912 shows 39.12%).</summary>
    public const string Percent = "0.00%";

    /// <summary>Two decimals with thousands separators.</summary>
    public const string TwoDecimals = "#,##0.00";

    /// <summary>A whole number with thousands separators.</summary>
    public const string Whole = "#,##0";

    /// <summary>
    /// From 100,000 up in 万 with one decimal (2,607,200 shows 260.7万), as the reports write large
    /// counts and sums; below that as it is. The cell keeps the exact value.
    /// </summary>
    public const string TenThousands = "[>=100000]0!.0,\"万\";General";

    /// <summary>A change with its sign.</summary>
    public const string Signed = "+#,##0.00;-#,##0.00;0.00";

    private const double MinWidth = 6;
    private const double MaxWidth = 60;

    public static void Save(Stream stream, IReadOnlyList<SheetTable> sheets, bool printHeader = true, int frozenRows = 1)
    {
        var widths = new Dictionary<string, double>(StringComparer.Ordinal);
        var formats = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            foreach (var column in sheet.Columns)
            {
                formats.TryAdd(column.Header, column.Format);
                var width = printHeader ? DisplayWidth.Of(column.Header) : 0;
                foreach (var row in sheet.Rows)
                {
                    width = Math.Max(width, DisplayWidth.Of(Shown(row[column.Header], column.Format)));
                }

                widths[column.Header] = Math.Max(widths.GetValueOrDefault(column.Header), Math.Clamp(width + 2, MinWidth, MaxWidth));
            }
        }

        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = frozenRows,
            TableStyles = printHeader ? TableStyles.Default : TableStyles.None,
            AutoFilter = printHeader,
            DynamicColumns = [.. widths.Select(w => new DynamicExcelColumn(w.Key) { Width = w.Value, Format = formats[w.Key] })],
        };
        var book = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            book.Add(sheet.Name, sheet.Rows);
        }

        MiniExcel.SaveAs(stream, book, printHeader: printHeader, excelType: ExcelType.XLSX, configuration: configuration);
    }

    public static void Save(string path, IReadOnlyList<SheetTable> sheets, bool printHeader = true, int frozenRows = 1)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        Save(stream, sheets, printHeader, frozenRows);
    }

    /// <summary>Roughly what a cell shows, to size its column.</summary>
    private static string Shown(object? value, string? format) => value switch
    {
        null => string.Empty,
        decimal number when format == Percent => (number * 100m).ToString("0.00", CultureInfo.InvariantCulture) + "%",
        decimal number when format == TenThousands && Math.Abs(number) >= 100_000m => (number / 10_000m).ToString("0.0", CultureInfo.InvariantCulture) + "万",
        decimal number => number.ToString(format is null or TenThousands ? "0.##########" : "#,##0.00", CultureInfo.InvariantCulture) + " ",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
