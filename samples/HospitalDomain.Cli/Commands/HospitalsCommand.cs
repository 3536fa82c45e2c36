using System.Collections.Immutable;
using HospitalDomain.Samples;
using HospitalDomain.Organizations;

namespace HospitalDomain.Cli.Commands;

/// <summary><c>hospital hospitals [FILE] [--json]</c>: lists hospitals, from a JSON file or the embedded sample.</summary>
internal sealed class HospitalsCommand : ICommand
{
    public string Name => "hospitals";

    public string Summary => "List hospitals: rating, category, tier, designations (embedded sample, or a JSON file).";

    public string Usage => "hospital hospitals [--json]          the hospitals of the embedded sample\nhospital hospitals FILE [--json]     hospitals from a JSON array (- for standard input)";

    public IReadOnlyCollection<string> ValueOptions => [];

    public int Run(CommandLine line, CliContext context)
    {
        var json = line.Flag("json");
        line.EnsureAllUsed(maxPositional: 1);
        var hospitals = line.Positional.Count == 1 ? context.ReadJson<ImmutableArray<Hospital>>(line.Positional[0]) : SeedHospitals.All;
        if (json)
        {
            context.WriteJson(hospitals);
            return CliApplication.Success;
        }

        WriteTable(hospitals, context.Output);
        return CliApplication.Success;
    }

    internal static void WriteTable(IEnumerable<Hospital> hospitals, TextWriter output)
    {
        var table = new TextTable("Hospital", "Rating", "Category", "Tier", "Designations");
        foreach (var hospital in hospitals)
        {
            table.Add(
                hospital.Name,
                hospital.Rating?.ChineseName ?? "—",
                hospital.Category?.ToString() ?? "—",
                hospital.AdministrativeTier is { } tier ? Excel.ChineseLabels.Of(tier) : "—",
                hospital.Designations.IsEmpty ? "—" : string.Join("; ", hospital.Designations.Select(d => d.Status == DesignationStatus.Granted ? d.ToString() : $"{d}（{Excel.ChineseLabels.Of(d.Status)}）")));
        }

        table.WriteTo(output);
    }
}
