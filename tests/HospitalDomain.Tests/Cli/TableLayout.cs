using HospitalDomain.Cli;

namespace HospitalDomain.Tests.Cli;

/// <summary>
/// Checks that the tables in a text line up on screen: every column starts at the same display
/// column (a Chinese character takes two) on every row.
/// </summary>
internal static class TableLayout
{
    private const string Verticals = "│|┼├┤┬┴╭╮╰╯┌┐└┘";

    /// <summary>
    /// The plain tables (a header, a rule of dashes, rows): each column of the rule is blank-separated
    /// from the next on every row, so no cell runs into its neighbour's column. Returns how many tables were checked.
    /// </summary>
    public static int AssertPlainTablesAligned(string text, string because)
    {
        var lines = text.Split('\n');
        var tables = 0;
        for (var r = 1; r < lines.Length; r++)
        {
            if (!IsRule(lines[r]))
            {
                continue;
            }

            tables++;
            var spans = Spans(lines[r]);
            for (var i = r - 1; i < lines.Length && (i == r - 1 || i == r || (lines[i].Length > 0 && !IsRule(lines[i]))); i++)
            {
                if (i == r)
                {
                    continue;
                }

                var cells = DisplayCells(lines[i]);
                for (var s = 1; s < spans.Count; s++)
                {
                    var gapStart = spans[s - 1].End;
                    for (var c = gapStart; c < spans[s].Start; c++)
                    {
                        (c < cells.Count ? cells[c] : ' ').Should().Be(' ', $"{because}: line '{lines[i]}' runs over the gap before column {s + 1} (display column {c}) of the table at line {r}");
                    }
                }

                cells.Count.Should().BeLessThanOrEqualTo(spans[^1].End, $"{because}: line '{lines[i]}' is wider than its table");
            }
        }

        return tables;
    }

    /// <summary>The bordered tables (Spectre.Console's): the vertical borders are at the same display columns on every row of a table.</summary>
    public static int AssertBorderedTablesAligned(string text, string because)
    {
        var tables = 0;
        List<int>? expected = null;
        foreach (var line in text.Split('\n'))
        {
            var positions = DisplayCells(line).Select((c, i) => (c, i)).Where(x => Verticals.Contains(x.c, StringComparison.Ordinal)).Select(x => x.i).ToList();
            if (positions.Count < 2)
            {
                expected = null;
                continue;
            }

            if (expected is null)
            {
                tables++;
                expected = positions;
                continue;
            }

            positions.Should().Equal(expected, $"{because}: the borders of '{line}' are not where the table's first row has them");
        }

        return tables;
    }

    /// <summary>
    /// Rows without a rule (a sample's report lines): in each run of consecutive lines that all hold
    /// <paramref name="marker"/>, it stands at the same display column. Returns how many runs were checked.
    /// </summary>
    public static int AssertMarkerAligned(string text, string marker, string because)
    {
        var runs = 0;
        int? column = null;
        foreach (var line in text.Split('\n'))
        {
            var at = line.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0)
            {
                column = null;
                continue;
            }

            var display = TextTable.Width(line[..at]);
            if (column is null)
            {
                runs++;
                column = display;
                continue;
            }

            display.Should().Be(column, $"{because}: '{marker}' in '{line}' is not under the one of the line before");
        }

        return runs;
    }

    private static bool IsRule(string line) => line.Length > 0 && line.All(c => c is '-' or ' ') && line.Contains("--", StringComparison.Ordinal);

    private static List<(int Start, int End)> Spans(string rule)
    {
        var spans = new List<(int, int)>();
        for (var i = 0; i < rule.Length;)
        {
            if (rule[i] != '-')
            {
                i++;
                continue;
            }

            var start = i;
            while (i < rule.Length && rule[i] == '-')
            {
                i++;
            }

            spans.Add((start, i));
        }

        return spans;
    }

    /// <summary>The characters of a line by display column: a wide character fills two columns.</summary>
    private static List<char> DisplayCells(string line)
    {
        var cells = new List<char>();
        foreach (var rune in line.TrimEnd('\r').EnumerateRunes())
        {
            var text = rune.ToString();
            var width = TextTable.Width(text);
            cells.Add(text[0]);
            for (var i = 1; i < width; i++)
            {
                cells.Add('\0');
            }
        }

        return cells;
    }
}
