using System.Reflection;
using System.Text.Json;

namespace HospitalDomain.Cli;

/// <summary>
/// The <c>hospital</c> command: dispatches to a subcommand and keeps its error contract. Bad input
/// is one line on standard error with exit code 1; anything else that goes wrong is a defect of the
/// library or the command, reported as one line saying so, with exit code 2 (and the stack trace
/// only when <c>--debug</c> asks for it). A raw stack trace is never printed.
/// </summary>
internal static class CliApplication
{
    public const int Success = 0;
    public const int BadInput = 1;
    public const int InternalError = 2;

    /// <summary>The command run when none is named: the embedded sample.</summary>
    public const string DefaultCommand = "overview";

    /// <summary>The option, accepted anywhere on the line, that prints the stack trace of an internal error.</summary>
    public const string DebugOption = "--debug";

    /// <summary>Where a defect is reported.</summary>
    public const string IssuesUrl = "https://github.com/hospitaldomain/HospitalDomain/issues";

    public static IReadOnlyList<ICommand> Commands { get; } = CommandRegistry.All;

    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader input) => Run(args, output, error, input, Commands);

    /// <summary>Runs the command line with <paramref name="commands"/> (the registry's, or a test's).</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, TextReader input, IReadOnlyList<ICommand> commands)
    {
        var debug = args.Contains(DebugOption);
        args = [.. args.Where(a => a != DebugOption)];
        var context = new CliContext(output, error, input);
        try
        {
            return Dispatch(args, context, commands);
        }
        catch (CliException e)
        {
            error.WriteLine($"hospital: {OneLine(e.Message)}");
            return BadInput;
        }
        catch (Exception e) when (IsBadInput(e))
        {
            error.WriteLine($"hospital: {OneLine(e.Message)}");
            return BadInput;
        }
        catch (Exception e)
        {
            error.WriteLine($"hospital: internal error ({e.GetType().Name}: {OneLine(e.Message)}); this is a defect in HospitalDomain, not in your input: please report it with the command line at {IssuesUrl}{(debug ? string.Empty : $" (run again with {DebugOption} for the stack trace)")}");
            if (debug)
            {
                error.WriteLine(e.ToString());
            }

            return InternalError;
        }
    }

    /// <summary>
    /// The exceptions that mean the input was wrong: the library's validation (ArgumentException and
    /// its kin), text that is not a value (FormatException), a document that does not read
    /// (JsonException) and a file that cannot be read or written. Everything else is a defect.
    /// </summary>
    internal static bool IsBadInput(Exception e) => e is ArgumentException or FormatException or JsonException or IOException or UnauthorizedAccessException;

    private static int Dispatch(string[] args, CliContext context, IReadOnlyList<ICommand> commands)
    {
        var output = context.Output;
        if (args.Length > 0 && args[0] is "--help" or "-h" or "help")
        {
            if (args.Length > 2)
            {
                throw new CliException($"unexpected argument '{args[2]}' (run 'hospital --help')");
            }

            return Help(args.Skip(1).FirstOrDefault(), output, commands);
        }

        if (args.Length > 0 && args[0] == "--version")
        {
            if (args.Length > 1)
            {
                throw new CliException($"unexpected argument '{args[1]}' after --version");
            }

            output.WriteLine(typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
            return Success;
        }

        var name = args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal) ? DefaultCommand : args[0];
        var rest = args.Length == 0 || name == DefaultCommand && args[0] != DefaultCommand ? args : args[1..];
        var command = commands.FirstOrDefault(c => c.Name == name)
            ?? throw new CliException($"unknown command '{name}' (run 'hospital --help' for the list)");
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            return Help(command.Name, output, commands);
        }

        var line = CommandLine.Parse(rest, command.ValueOptions);
        return command.Run(line, context);
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    private static int Help(string? commandName, TextWriter output, IReadOnlyList<ICommand> commands)
    {
        if (commandName is not null)
        {
            var command = commands.FirstOrDefault(c => c.Name == commandName)
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
        var width = commands.Max(c => c.Name.Length);
        foreach (var command in commands)
        {
            output.WriteLine($"  {command.Name.PadRight(width)}  {command.Summary}");
        }

        output.WriteLine();
        output.WriteLine("Run 'hospital help COMMAND' for a command's options. Every command that prints");
        output.WriteLine("data accepts --json. Exit codes: 0 success, 1 bad input (one line on stderr),");
        output.WriteLine($"2 internal error (a defect: one line on stderr; {DebugOption} adds the stack trace).");
        return Success;
    }
}
