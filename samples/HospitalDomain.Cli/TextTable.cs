using System.Globalization;
using System.Text;

namespace HospitalDomain.Cli;

/// <summary>
/// A plain-text table for terminals, aligned by display width: CJK characters take two columns,
/// so Chinese names line up with Latin text.
/// </summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];
    private readonly HashSet<int> _rightAligned = [];

    public TextTable AlignRight(params int[] columns)
    {
        _rightAligned.UnionWith(columns);
        return this;
    }

    public TextTable Add(params string?[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"Expected {headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells.Select(c => c ?? string.Empty).ToArray());
        return this;
    }

    public int Count => _rows.Count;

    /// <summary>
    /// Writes the table: on a terminal through Spectre.Console (borders, bold headers, colour where the
    /// terminal has it); anywhere else (a file, a pipe, a test's writer) as plain aligned text.
    /// </summary>
    public void WriteTo(TextWriter writer)
    {
        if (Rendering.Terminal.IsInteractive(writer))
        {
            var console = Rendering.Terminal.Create(writer, terminal: true);
            if (BorderedWidth() <= console.Profile.Width)
            {
                WriteTo(console);
                return;
            }
        }

        // A table wider than the terminal is written plain rather than squeezed: no cell is cut or wrapped.
        WritePlain(writer);
    }

    /// <summary>The width of the bordered table: each column's widest cell, a space either side, and a border between and around.</summary>
    internal int BorderedWidth() =>
        Enumerable.Range(0, headers.Length).Sum(i => Math.Max(Width(headers[i]), _rows.Count == 0 ? 0 : _rows.Max(r => Width(r[i]))) + 3) + 1;

    /// <summary>Writes the table to a Spectre console as a bordered table; its columns are measured by display width too.</summary>
    public void WriteTo(Spectre.Console.IAnsiConsole console) =>
        console.Write(Rendering.Terminal.Table(headers, _rows, _rightAligned));

    private void WritePlain(TextWriter writer)
    {
        var widths = headers.Select(Width).ToArray();
        foreach (var row in _rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Width(row[i]));
            }
        }

        WriteRow(writer, headers, widths);
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd());
        foreach (var row in _rows)
        {
            WriteRow(writer, row, widths);
        }
    }

    private void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            var padding = new string(' ', widths[i] - Width(cells[i]));
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(_rightAligned.Contains(i) ? padding + cells[i] : cells[i] + padding);
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }

    /// <summary>The number of terminal columns <paramref name="text"/> takes.</summary>
    internal static int Width(string text)
    {
        var width = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var rune = Rune.GetRuneAt((string)enumerator.Current, 0);
            width += IsWide(rune.Value) ? 2 : 1;
        }

        return width;
    }

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F
        or >= 0x2E80 and <= 0x303E
        or >= 0x3041 and <= 0x33FF
        or >= 0x3400 and <= 0x4DBF
        or >= 0x4E00 and <= 0x9FFF
        or >= 0xA000 and <= 0xA4CF
        or >= 0xAC00 and <= 0xD7A3
        or >= 0xF900 and <= 0xFAFF
        or >= 0xFE30 and <= 0xFE4F
        or >= 0xFF00 and <= 0xFF60
        or >= 0xFFE0 and <= 0xFFE6
        or >= 0x20000 and <= 0x3FFFD;
}
