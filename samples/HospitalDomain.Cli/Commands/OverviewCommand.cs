using System.Collections.Immutable;
using HospitalDomain.Samples;
using HospitalDomain.Organizations;

namespace HospitalDomain.Cli.Commands;

/// <summary><c>hospital overview</c>: the embedded sample as readable tables; what <c>hospital</c> runs with no arguments.</summary>
internal sealed class OverviewCommand : ICommand
{
    public string Name => "overview";

    public string Summary => "Show the embedded sample: the hospitals and medical groups of the five conference reports.";

    public string Usage => "hospital [overview] [--json]     --json: the hospitals and medical groups as JSON";

    public IReadOnlyCollection<string> ValueOptions => [];

    public int Run(CommandLine line, CliContext context)
    {
        var json = line.Flag("json");
        line.EnsureAllUsed(maxPositional: 0);
        if (json)
        {
            context.WriteJson(new OverviewDocument(SeedHospitals.All, SeedHospitals.Groups));
            return CliApplication.Success;
        }

        var output = context.Output;
        output.WriteLine("HospitalDomain — embedded sample: the hospitals of five annual work conferences");
        output.WriteLine();
        output.WriteLine("Hospitals");
        HospitalsCommand.WriteTable(SeedHospitals.All, output);
        output.WriteLine();
        output.WriteLine("Medical groups");
        var groups = new TextTable("Group", "Kind", "Members named", "Primary-care members", "Hospitals");
        foreach (var group in SeedHospitals.Groups)
        {
            groups.Add(
                group.Name,
                Excel.ChineseLabels.Of(group.Kind),
                group.Members.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                group.CountOf(MemberRole.PrimaryCareMember).ToString(System.Globalization.CultureInfo.InvariantCulture),
                string.Join("、", group.Members.Where(m => m.Role is MemberRole.Lead or MemberRole.CoreMember).Select(m => m.Name)));
        }

        groups.WriteTo(output);
        output.WriteLine();
        output.WriteLine("Run 'hospital --help' for the commands, 'hospital hospitals --json' for the data as JSON.");
        return CliApplication.Success;
    }
}

/// <summary>What <c>hospital overview --json</c> writes: the embedded sample's hospitals and medical groups.</summary>
/// <param name="Hospitals">The hospitals, as <c>hospital hospitals --json</c> writes them.</param>
/// <param name="MedicalGroups">The medical groups.</param>
internal sealed record OverviewDocument(ImmutableArray<Organizations.Hospital> Hospitals, ImmutableArray<Organizations.MedicalGroup> MedicalGroups);
