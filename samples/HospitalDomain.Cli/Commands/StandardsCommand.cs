using System.Collections.Immutable;
using System.Globalization;
using HospitalDomain.Accreditation;

namespace HospitalDomain.Cli.Commands;

/// <summary><c>hospital standards [--json]</c>: the shipped grade-criteria standards.</summary>
internal sealed class StandardsCommand : ICommand
{
    public string Name => "standards";

    public string Summary => "List the shipped grade-criteria standards (1994 basic standard, 2011 and 2022 tertiary reviews).";

    public string Usage => "hospital standards [--json]";

    public IReadOnlyCollection<string> ValueOptions => [];

    public int Run(CommandLine line, CliContext context)
    {
        var json = line.Flag("json");
        line.EnsureAllUsed(maxPositional: 0);
        if (json)
        {
            context.WriteJson(AccreditationStandards.All.ToImmutableArray());
            return CliApplication.Success;
        }

        var table = new TextTable("Id", "Title", "Levels", "Criteria", "Status").AlignRight(3);
        foreach (var standard in AccreditationStandards.All)
        {
            table.Add(
                standard.Id,
                standard.Title,
                string.Join(standard.Cumulative ? " ⊂ " : ", ", standard.Levels),
                standard.AllCriteria().Count().ToString(CultureInfo.InvariantCulture),
                Excel.ChineseLabels.Of(standard.Status));
        }

        table.WriteTo(context.Output);
        return CliApplication.Success;
    }
}
