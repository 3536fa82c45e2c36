using HospitalDomain.Cli.Commands;

namespace HospitalDomain.Cli;

/// <summary>Every subcommand, in the order <c>hospital --help</c> lists them.</summary>
internal static class CommandRegistry
{
    public static IReadOnlyList<ICommand> All { get; } =
    [
        new OverviewCommand(),
        new HospitalsCommand(),
        new ValidateCodeCommand(),
        new MetricsCommand(),
        new EditionsCommand(),
        new IndicatorsCommand(),
        new EvaluateCommand(),
        new StandardsCommand(),
        new GradeCheckCommand(),
        new ConferenceCommand(),
        new ReadCommand(),
        new WriteCommand(),
        new AssessCommand(),
        new IngestCommand(),
        new GenerateRecordsCommand(),
        new DbCommand(),
    ];
}
