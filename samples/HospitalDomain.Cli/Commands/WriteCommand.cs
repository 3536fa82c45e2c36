using HospitalDomain.Metrics;
using HospitalDomain.Text;

namespace HospitalDomain.Cli.Commands;

/// <summary><c>hospital write --metrics FILE [--previous FILE] [--basis WORD]</c>: a year's figures as work-report sentences.</summary>
internal sealed class WriteCommand : ICommand
{
    public string Name => "write";

    public string Summary => "Write a year's metric set against the previous year's as the sentences of a work report.";

    public string Usage =>
        "hospital write --metrics FILE [--previous FILE] [--basis 同比|较上年同期]     FILE is a MetricSet as JSON (docs/json.md), - for standard input, or an .xlsx workbook holding one set\n" +
        "Example: hospital write --metrics samples/HospitalDomain.Cli/Samples/example-2023.metrics.json --previous samples/HospitalDomain.Cli/Samples/example-2022.metrics.json";

    public IReadOnlyCollection<string> ValueOptions => ["metrics", "previous", "basis"];

    public int Run(CommandLine line, CliContext context)
    {
        var metricsPath = line.Option("metrics") ?? throw new CliException("--metrics is required");
        var previousPath = line.Option("previous");
        var basis = line.Option("basis") ?? "同比";
        line.EnsureAllUsed(maxPositional: 0);
        var current = CliWorkbooks.ReadMetricSet(context, metricsPath);
        var previous = previousPath is null ? null : CliWorkbooks.ReadMetricSet(context, previousPath);
        if (previous is not null && previous.Entity != current.Entity)
        {
            throw new CliException($"{previousPath}: entity '{previous.Entity}' differs from '{current.Entity}' in {metricsPath}");
        }

        var text = ReportWriter.Write(current, previous, basis);
        context.Output.WriteLine(text.Length == 0 ? "(no figure of the operations edition can be computed from the metric set)" : text);
        return CliApplication.Success;
    }
}
