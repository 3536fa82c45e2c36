using System.Reflection;

namespace HospitalDomain.Cli;

/// <summary>
/// The <c>hospital</c> command: dispatches to a subcommand, turns bad input into one line on
/// standard error with exit code 1, and never prints a stack trace.
/// </summary>
internal static class CliApplication
{
    public const int Success = 0;
    public const int BadInput = 1;

    /// <summary>The command run when none is named: the embedded sample.</summary>
    public const string DefaultCommand = "overview";

    public static IReadOnlyList<ICommand> Commands { get; } = CommandRegistry.All;

    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader input)
    {
        var context = new CliContext(output, error, input);
        try
        {
            if (args.Length > 0 && args[0] is "--help" or "-h" or "help")
            {
                return Help(args.Skip(1).FirstOrDefault(), output);
            }

            if (args.Length > 0 && args[0] == "--version")
            {
                output.WriteLine(typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
                return Success;
            }

            var name = args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal) ? DefaultCommand : args[0];
            var rest = args.Length == 0 || name == DefaultCommand && args[0] != DefaultCommand ? args : args[1..];
            var command = Commands.FirstOrDefault(c => c.Name == name)
                ?? throw new CliException($"unknown command '{name}' (run 'hospital --help' for the list)");
            if (rest.Contains("--help") || rest.Contains("-h"))
            {
                return Help(command.Name, output);
            }

            var line = CommandLine.Parse(rest, command.ValueOptions);
            return command.Run(line, context);
        }
        catch (CliException e)
        {
            error.WriteLine($"hospital: {e.Message}");
            return BadInput;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or IOException or System.Text.Json.JsonException)
        {
            error.WriteLine($"hospital: {e.Message.ReplaceLineEndings(" ")}");
            return BadInput;
        }
    }

    private static int Help(string? commandName, TextWriter output)
    {
        if (commandName is not null)
        {
            var command = Commands.FirstOrDefault(c => c.Name == commandName)
                ?? throw new CliException($"unknown command '{commandName}' (run 'hospital --help' for the list)");
            output.WriteLine(command.Summary);
            output.WriteLine();
            output.WriteLine("Usage:");
            foreach (var usage in command.Usage.Split('\n'))
            {
                output.WriteLine("  " + usage);
            }

            return Success;
        }

        output.WriteLine("hospital — the HospitalDomain library on the command line.");
        output.WriteLine();
        output.WriteLine("Usage: hospital [COMMAND] [OPTIONS]");
        output.WriteLine($"With no command, runs '{DefaultCommand}' on the embedded sample data.");
        output.WriteLine();
        output.WriteLine("Commands:");
        var width = Commands.Max(c => c.Name.Length);
        foreach (var command in Commands)
        {
            output.WriteLine($"  {command.Name.PadRight(width)}  {command.Summary}");
        }

        output.WriteLine();
        output.WriteLine("Run 'hospital help COMMAND' for a command's options. Every command that prints");
        output.WriteLine("data accepts --json. Exit codes: 0 success, 1 bad input (one line on stderr).");
        return Success;
    }
}
