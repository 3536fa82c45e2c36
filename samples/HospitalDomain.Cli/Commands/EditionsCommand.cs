using System.Collections.Immutable;
using System.Globalization;
using HospitalDomain.Indicators;

namespace HospitalDomain.Cli.Commands;

/// <summary><c>hospital editions [--json]</c>: the shipped indicator editions.</summary>
internal sealed class EditionsCommand : ICommand
{
    public string Name => "editions";

    public string Summary => "List the shipped indicator editions (national tertiary, secondary, operations).";

    public string Usage => "hospital editions [--json]";

    public IReadOnlyCollection<string> ValueOptions => [];

    public int Run(CommandLine line, CliContext context)
    {
        var json = line.Flag("json");
        line.EnsureAllUsed(maxPositional: 0);
        if (json)
        {
            context.WriteJson(IndicatorEditions.All.Select(e => new EditionSummary(e.Id, e.Title, e.Year, e.Entries.Length, e.NationallyMonitored.Count(), e.Status)).ToImmutableArray());
            return CliApplication.Success;
        }

        var table = new TextTable("Id", "Title", "Year", "Indicators", "▲", "Status").AlignRight(2, 3, 4);
        foreach (var edition in IndicatorEditions.All)
        {
            table.Add(
                edition.Id,
                edition.Title,
                edition.Year.ToString(CultureInfo.InvariantCulture),
                edition.Entries.Length.ToString(CultureInfo.InvariantCulture),
                edition.NationallyMonitored.Count().ToString(CultureInfo.InvariantCulture),
                Excel.ChineseLabels.Of(edition.Status));
        }

        table.WriteTo(context.Output);
        return CliApplication.Success;
    }
}

/// <summary>One line of <c>hospital editions --json</c>.</summary>
internal sealed record EditionSummary(string Id, string Title, int Year, int Indicators, int NationallyMonitored, SourceStatus Status);
