using HospitalDomain.Samples;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;

namespace HospitalDomain.Cli.Commands;

/// <summary>
/// <c>hospital evaluate --edition ID --metrics FILE [--previous FILE] [--json]</c>: evaluates an
/// edition over a year's figures; with no metrics file, the embedded 2021 figures of seed 004.
/// </summary>
internal sealed class EvaluateCommand : ICommand
{
    public string Name => "evaluate";

    public string Summary => "Evaluate an indicator edition over a metrics file (default: the embedded 2021 report figures).";

    public string Usage =>
        "hospital evaluate [--edition ID | --edition-file FILE] [--metrics FILE [--previous FILE]] [--json]\n" +
        "--edition defaults to 'operations'; a metrics file is a MetricSet as JSON (docs/json.md), - for standard input.\n" +
        "Example: hospital evaluate --edition national-tertiary-2020 --metrics samples/HospitalDomain.Cli/Samples/xuzhou-2021.metrics.json";

    public IReadOnlyCollection<string> ValueOptions => ["edition", "edition-file", "metrics", "previous"];

    public int Run(CommandLine line, CliContext context)
    {
        var json = line.Flag("json");
        var edition = ResolveEdition(line, context, required: false) ?? IndicatorEditions.Operations;
        var metricsPath = line.Option("metrics");
        var previousPath = line.Option("previous");
        line.EnsureAllUsed(maxPositional: 0);
        if (previousPath is not null && metricsPath is null)
        {
            throw new CliException("--previous needs --metrics too");
        }

        var current = metricsPath is null ? SeedFigures.Xuzhou2021 : context.ReadJson<MetricSet>(metricsPath);
        var previous = previousPath is null ? null : context.ReadJson<MetricSet>(previousPath);
        if (previous is not null && previous.Entity != current.Entity)
        {
            throw new CliException($"{previousPath}: entity '{previous.Entity}' differs from '{current.Entity}' in {metricsPath}");
        }

        var evaluation = new IndicatorCalculator(edition).Evaluate(current, previous);
        if (json)
        {
            context.WriteJson(evaluation);
            return CliApplication.Success;
        }

        var output = context.Output;
        output.WriteLine($"{current.Entity} {current.Period} — {edition.Title} ({edition.Id})");
        var table = new TextTable("No", "Indicator", "Value", "Numerator / denominator", "Status").AlignRight(2);
        foreach (var result in evaluation.Results)
        {
            var audit = result.Numerator is { } n
                ? (result.Denominator is { } d ? $"{n:0.####} / {d:0.####}" : $"{n:0.####}")
                : string.Empty;
            table.Add(result.Entry.Serial, result.Entry.ChineseName, result.Status == IndicatorStatus.Computed ? result.Format() : "—", audit, result.Status == IndicatorStatus.Computed ? string.Empty : result.Format());
        }

        table.WriteTo(output);
        if (metricsPath is null)
        {
            // The report's own ratios, whatever edition the table shows.
            var report = edition == IndicatorEditions.Operations ? evaluation : new IndicatorCalculator(IndicatorEditions.Operations).Evaluate(current, previous);
            output.WriteLine();
            output.WriteLine("As the report writes them:");
            output.WriteLine($"  门急诊 {ChineseNumber.Format(current["outpatientEmergencyVisits"]!.Value)}人次, 出院 {ChineseNumber.Format(current["discharges"]!.Value)}人次, 手术 {ChineseNumber.Format(current["surgeries"]!.Value)}台次, 四级手术占比 {report["level4SurgeryShare"].Format()}, 日间手术 {current["daySurgeries"]:0}例次, 平均住院日 {report["averageLengthOfStay"].Format(1)}");
            foreach (var (label, _, asWritten) in SeedFigures.XuzhouChanges)
            {
                output.WriteLine($"  {label}{asWritten}");
            }
        }

        return CliApplication.Success;
    }

    /// <summary>Resolves <c>--edition ID</c> or <c>--edition-file FILE</c>.</summary>
    internal static IndicatorEdition? ResolveEdition(CommandLine line, CliContext context, bool required)
    {
        var id = line.Option("edition");
        var file = line.Option("edition-file");
        if (id is not null && file is not null)
        {
            throw new CliException("give --edition or --edition-file, not both");
        }

        if (file is not null)
        {
            return context.ReadJson<IndicatorEdition>(file);
        }

        if (id is null)
        {
            return required ? throw new CliException($"--edition is required; one of {string.Join(", ", IndicatorEditions.All.Select(e => e.Id))}") : null;
        }

        return IndicatorEditions.All.FirstOrDefault(e => e.Id == id)
            ?? throw new CliException($"unknown edition '{id}'; expected one of {string.Join(", ", IndicatorEditions.All.Select(e => e.Id))}");
    }
}
