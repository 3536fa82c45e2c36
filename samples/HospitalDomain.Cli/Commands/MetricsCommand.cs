using HospitalDomain.Metrics;

namespace HospitalDomain.Cli.Commands;

/// <summary><c>hospital metrics [--json]</c>: the standard metric catalogue.</summary>
internal sealed class MetricsCommand : ICommand
{
    public string Name => "metrics";

    public string Summary => "List the standard metrics: code, Chinese name, unit and kind (the keys of a metrics file).";

    public string Usage => "hospital metrics [--json]";

    public IReadOnlyCollection<string> ValueOptions => [];

    public int Run(CommandLine line, CliContext context)
    {
        var json = line.Flag("json");
        line.EnsureAllUsed(maxPositional: 0);
        var catalogue = MetricCatalogue.Standard;
        if (json)
        {
            context.WriteJson(catalogue);
            return CliApplication.Success;
        }

        var table = new TextTable("Code", "Name", "Unit", "Kind");
        foreach (var metric in catalogue.Metrics)
        {
            table.Add(metric.Code, metric.ChineseName, metric.Unit.Symbol(), Excel.ChineseLabels.Of(metric.Kind));
        }

        table.WriteTo(context.Output);
        return CliApplication.Success;
    }
}
