using HospitalDomain.Indicators;

namespace HospitalDomain.Cli.Commands;

/// <summary><c>hospital indicators --edition ID [--json]</c>: the definitions of an edition.</summary>
internal sealed class IndicatorsCommand : ICommand
{
    public string Name => "indicators";

    public string Summary => "Show an edition's indicators: serial, name, formula, unit, direction, ▲ and status.";

    public string Usage => "hospital indicators --edition ID [--json]\nhospital indicators --edition-file FILE [--json]   an edition of your own (JSON, see docs/json.md)";

    public IReadOnlyCollection<string> ValueOptions => ["edition", "edition-file"];

    public int Run(CommandLine line, CliContext context)
    {
        var json = line.Flag("json");
        var edition = EvaluateCommand.ResolveEdition(line, context, required: true)!;
        line.EnsureAllUsed(maxPositional: 0);
        if (json)
        {
            context.WriteJson(edition);
            return CliApplication.Success;
        }

        context.Output.WriteLine($"{edition.Title} ({edition.Id}, {edition.Entries.Length} indicators, status {edition.Status})");
        var table = new TextTable("No", "▲", "Indicator", "Formula", "Unit", "Direction", "Status");
        foreach (var entry in edition.Entries)
        {
            var d = entry.Definition;
            var formula = d.Kind switch
            {
                IndicatorKind.Qualitative => "qualitative",
                IndicatorKind.Composite => "composite",
                IndicatorKind.Growth => $"growth of {d.Numerator}{(d.Denominator is null ? string.Empty : " / " + d.Denominator)}",
                _ => $"{d.Numerator}{(d.Denominator is null ? string.Empty : " / " + d.Denominator)}{(d.Factor == 1 ? string.Empty : " × " + d.Factor)}{(d.Divisor == 1 ? string.Empty : " / " + d.Divisor)}",
            };
            table.Add(entry.Serial, entry.NationallyMonitored ? "▲" : string.Empty, d.ChineseName, formula, Metrics.UnitExtensions.Symbol(d.Unit), Excel.ChineseLabels.Of(d.Direction), Excel.ChineseLabels.Of(d.Status));
        }

        table.WriteTo(context.Output);
        return CliApplication.Success;
    }
}
