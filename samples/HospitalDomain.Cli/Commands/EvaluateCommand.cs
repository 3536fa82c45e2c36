using HospitalDomain.Cli.Charts;
using HospitalDomain.Excel;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Samples;

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
        "hospital evaluate [--edition ID | --edition-file FILE] [--metrics FILE [--previous FILE [--chart FILE [--font NAME]]]] [--xlsx FILE] [--json]\n" +
        "--edition defaults to 'operations'; a metrics file is a MetricSet as JSON (docs/json.md), - for standard input, or an .xlsx workbook holding one set (docs/excel.md).\n" +
        "--xlsx: also write the evaluation as a workbook; --chart: a .png or .svg of each indicator's change on the previous figures, in the CJK font --font names (a family or a file).\n" +
        "Example: hospital evaluate --edition national-tertiary-2020 --metrics samples/HospitalDomain.Cli/Samples/xuzhou-2021.metrics.json";

    public IReadOnlyCollection<string> ValueOptions => ["edition", "edition-file", "metrics", "previous", "xlsx", "chart", "font"];

    public int Run(CommandLine line, CliContext context)
    {
        var json = line.Flag("json");
        var edition = ResolveEdition(line, context, required: false) ?? IndicatorEditions.Operations;
        var metricsPath = line.Option("metrics");
        var previousPath = line.Option("previous");
        var xlsxPath = line.Option("xlsx");
        var chartPath = line.Option("chart");
        var font = line.Option("font");
        line.EnsureAllUsed(maxPositional: 0);
        if (previousPath is not null && metricsPath is null)
        {
            throw new CliException("--previous needs --metrics too");
        }

        if (chartPath is not null && previousPath is null)
        {
            throw new CliException("--chart needs --previous too: it shows each indicator's change");
        }

        if (font is not null && chartPath is null)
        {
            throw new CliException("--font needs --chart too");
        }

        CliCharts.Check(chartPath);
        var current = metricsPath is null ? SeedFigures.Xuzhou2021 : CliWorkbooks.ReadMetricSet(context, metricsPath);
        var previous = previousPath is null ? null : CliWorkbooks.ReadMetricSet(context, previousPath);
        if (previous is not null && previous.Entity != current.Entity)
        {
            throw new CliException($"{previousPath}: entity '{previous.Entity}' differs from '{current.Entity}' in {metricsPath}");
        }

        var calculator = new IndicatorCalculator(edition);
        var evaluation = calculator.Evaluate(current, previous);
        var before = previous is null ? null : calculator.Evaluate(previous);
        if (xlsxPath is not null)
        {
            CliWorkbooks.WriteEvaluation(xlsxPath, evaluation, before);
        }

        if (json)
        {
            context.WriteJson(evaluation);
            if (chartPath is not null)
            {
                CliCharts.SaveChanges(context.Output, json, chartPath, font, evaluation, before!);
            }

            return CliApplication.Success;
        }

        var output = context.Output;
        output.WriteLine($"{current.Entity} {current.Period} — {edition.Title} ({edition.Id})");
        var table = new TextTable("序号", "指标", "数值", "分子 / 分母", "状态").AlignRight(2);
        foreach (var result in evaluation.Results)
        {
            var audit = result.Numerator is { } n
                ? (result.Denominator is { } d ? $"{n:0.####} / {d:0.####}" : $"{n:0.####}")
                : string.Empty;
            table.Add(result.Entry.Serial, result.Entry.ChineseName, result.Status == IndicatorStatus.Computed ? result.Format() : "—", audit, result.Status == IndicatorStatus.Computed ? string.Empty : Status(result));
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

        if (xlsxPath is not null)
        {
            output.WriteLine();
            output.WriteLine($"Workbook: {xlsxPath}");
        }

        if (chartPath is not null)
        {
            CliCharts.SaveChanges(output, json, chartPath, font, evaluation, before!);
        }

        return CliApplication.Success;
    }

    /// <summary>A result without a value, for a Chinese reader: the status, and the missing metrics by their Chinese names.</summary>
    internal static string Status(IndicatorResult result) => result.Status == IndicatorStatus.MissingData && !result.MissingMetrics.IsEmpty
        ? ChineseLabels.Of(result.Status) + "：" + string.Join("、", result.MissingMetrics.Select(code => MetricCatalogue.Standard.TryGetIndex(code, out var index) ? MetricCatalogue.Standard.Metrics[index].ChineseName : code))
        : ChineseLabels.Of(result.Status);

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
