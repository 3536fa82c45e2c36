using System.Runtime.CompilerServices;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace HospitalDomain.Cli.Rendering;

/// <summary>
/// Output through Spectre.Console when it goes to a terminal: tables with borders whose columns are
/// measured by display width (a Chinese character takes two columns), bar charts,
/// and colour only where the terminal supports it (NO_COLOR is honoured). Output that is redirected
/// to a file or a pipe, and output to any other writer, stays plain text.
/// </summary>
internal static class Terminal
{
    /// <summary>The width a table is laid out in when the terminal does not say.</summary>
    public const int DefaultWidth = 160;

    /// <summary>Writers shown as a terminal of the given width although they are not one: how a test sees what a terminal shows.</summary>
    private static readonly ConditionalWeakTable<TextWriter, StrongBox<int>> AsTerminal = [];

    /// <summary>Whether <paramref name="writer"/> is the process's standard output (or error) and that is a terminal, not a file or a pipe.</summary>
    public static bool IsInteractive(TextWriter writer) =>
        AsTerminal.TryGetValue(writer, out _)
        || (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected)
        || (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);

    /// <summary>Renders what goes to <paramref name="writer"/> as on a terminal <paramref name="width"/> columns wide, without colour codes.</summary>
    public static void RenderAsTerminal(TextWriter writer, int width) => AsTerminal.AddOrUpdate(writer, new StrongBox<int>(width));

    /// <summary>A Spectre console over <paramref name="writer"/>: with colour detection for a terminal, plain without.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool terminal, int? width = null)
    {
        if (AsTerminal.TryGetValue(writer, out var shown))
        {
            terminal = false;
            width = shown.Value;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width ?? (terminal && console.Profile.Width > 0 ? console.Profile.Width : DefaultWidth);
        if (!terminal)
        {
            // Box-drawing borders also when the output is captured, so that a rendered table looks as it does on screen.
            console.Profile.Capabilities.Unicode = true;
        }

        return console;
    }

    /// <summary>A table of plain cells (never parsed as markup), the columns in <paramref name="rightAligned"/> aligned right.</summary>
    public static Table Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlySet<int> rightAligned)
    {
        var table = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
        for (var i = 0; i < headers.Count; i++)
        {
            var column = new TableColumn(new Spectre.Console.Text(headers[i], new Style(decoration: Decoration.Bold))) { NoWrap = true };
            table.AddColumn(rightAligned.Contains(i) ? column.RightAligned() : column);
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => (IRenderable)new Spectre.Console.Text(cell)).ToArray());
        }

        return table;
    }

    /// <summary>Horizontal bars with their values: label, value and a colour index into a short palette.</summary>
    public static BarChart Bars(string label, IEnumerable<(string Label, double Value, Color Color)> items)
    {
        var chart = new BarChart().Label(label).Width(60);
        foreach (var (itemLabel, value, color) in items)
        {
            chart.AddItem(itemLabel, value, color);
        }

        return chart;
    }
}
