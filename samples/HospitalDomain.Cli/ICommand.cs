namespace HospitalDomain.Cli;

/// <summary>One subcommand of <c>hospital</c>.</summary>
internal interface ICommand
{
    /// <summary>The word that selects the command.</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>The usage lines shown by <c>hospital help NAME</c>.</summary>
    string Usage { get; }

    /// <summary>Options that take a value (all other <c>--x</c> are switches).</summary>
    IReadOnlyCollection<string> ValueOptions { get; }

    /// <summary>Runs the command; bad input is reported by throwing <see cref="CliException"/>.</summary>
    int Run(CommandLine line, CliContext context);
}
