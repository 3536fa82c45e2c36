using System.IO.Compression;
using MiniExcelLibs;

namespace HospitalDomain.Excel.Tests.TestHelpers;

/// <summary>Builds the workbooks people send, through MiniExcel: sheets of rows given cell by cell, no header of MiniExcel's.</summary>
public static class Workbooks
{
    /// <summary>Writes sheets whose rows are given as arrays of cell values (column A first).</summary>
    public static void Write(string path, params (string Sheet, object?[][] Rows)[] sheets)
    {
        var book = new Dictionary<string, object>();
        foreach (var (sheet, rows) in sheets)
        {
            var width = rows.Length == 0 ? 1 : rows.Max(r => r.Length);
            book.Add(sheet, rows.Select(r => Enumerable.Range(0, width).ToDictionary(i => ((char)('A' + i)).ToString(), i => i < r.Length ? r[i] : null)).ToList());
        }

        MiniExcel.SaveAs(path, book, printHeader: false);
    }

    /// <summary>
    /// Merges a range of the sheet at <paramref name="sheetIndex"/> (1-based), as a spreadsheet program
    /// saves it: MiniExcel writes no merged ranges of its own, so the range is added to the sheet's XML.
    /// </summary>
    public static void Merge(string path, int sheetIndex, string range)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry($"xl/worksheets/sheet{sheetIndex}.xml") ?? throw new InvalidOperationException("no sheet " + sheetIndex);
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        var prefix = xml.Contains("<x:sheetData", StringComparison.Ordinal) ? "x:" : string.Empty;
        xml = xml.Replace($"</{prefix}sheetData>", $"</{prefix}sheetData><{prefix}mergeCells count=\"1\"><{prefix}mergeCell ref=\"{range}\"/></{prefix}mergeCells>", StringComparison.Ordinal);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry($"xl/worksheets/sheet{sheetIndex}.xml").Open());
        writer.Write(xml);
    }

    /// <summary>The XML of a part of the workbook, such as "xl/styles.xml".</summary>
    public static string Part(string path, string part)
    {
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry(part)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>The rows of a sheet as MiniExcel reads them, keyed by column letter.</summary>
    public static List<IDictionary<string, object?>> Rows(string path, string sheet) =>
        [.. MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>()];
}
