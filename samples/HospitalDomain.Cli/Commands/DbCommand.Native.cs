namespace HospitalDomain.Cli.Commands;

/// <summary>
/// <c>hospital db</c> in the native build, which leaves out the database: Entity Framework Core builds
/// its model and queries at run time, which Native AOT does not support. The command answers as bad
/// input and names the build that has it.
/// </summary>
internal sealed class DbCommand : ICommand
{
    private const string Message = "db is not in the native build of hospital (Entity Framework Core builds its model and queries at run time, which Native AOT does not support); the .NET tool has it: dotnet tool install --global HospitalDomain.Cli";

    public string Name => "db";

    public string Summary => "Keep discharge records in a database: not in the native build; the .NET tool has it.";

    public string Usage => "hospital db init|load-records|aggregate ...\n" + Message;

    public IReadOnlyCollection<string> ValueOptions =>
        ["connection", "by", "period", "encoding", "header-map", "drg-group", "drg-weight", "low-risk", "minimally-invasive", "operations"];

    public int Run(CommandLine line, CliContext context) => throw new CliException(Message);
}
