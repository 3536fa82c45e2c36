using HospitalDomain.Accreditation;
using HospitalDomain.Excel;

namespace HospitalDomain.Cli.Commands;

/// <summary><c>hospital grade-check --profile FILE --standard ID [--target LEVEL] [--json]</c>: checks a hospital against a standard.</summary>
internal sealed class GradeCheckCommand : ICommand
{
    public string Name => "grade-check";

    public string Summary => "Check a hospital profile against grade criteria: each criterion, the highest level attained, what a target level lacks.";

    public string Usage =>
        "hospital grade-check --profile FILE --standard ID [--target LEVEL] [--xlsx FILE] [--json]\n" +
        "--xlsx: also write the result as a workbook (each level's counts and the highest attained; every criterion)\n" +
        "hospital grade-check --profile FILE --standard-file FILE ...   a standard of your own (JSON)\n" +
        "Example: hospital grade-check --profile samples/HospitalDomain.Cli/Samples/county-hospital.profile.json --standard basic-standard-1994-general --target 三级";

    public IReadOnlyCollection<string> ValueOptions => ["profile", "standard", "standard-file", "target", "xlsx"];

    public int Run(CommandLine line, CliContext context)
    {
        var json = line.Flag("json");
        var profilePath = line.Option("profile") ?? throw new CliException("--profile FILE is required (a HospitalProfile as JSON; - for standard input)");
        var standardId = line.Option("standard");
        var standardFile = line.Option("standard-file");
        var target = line.Option("target");
        var xlsxPath = line.Option("xlsx");
        line.EnsureAllUsed(maxPositional: 0);
        var standard = (standardId, standardFile) switch
        {
            (not null, not null) => throw new CliException("give --standard or --standard-file, not both"),
            (null, not null) => context.ReadJson<AccreditationStandard>(standardFile),
            (not null, null) => AccreditationStandards.All.FirstOrDefault(s => s.Id == standardId)
                ?? throw new CliException($"unknown standard '{standardId}'; expected one of {string.Join(", ", AccreditationStandards.All.Select(s => s.Id))}"),
            _ => throw new CliException($"--standard is required; one of {string.Join(", ", AccreditationStandards.All.Select(s => s.Id))}"),
        };
        if (target is not null && !standard.Levels.Contains(target))
        {
            throw new CliException($"--target '{target}' is not a level of {standard.Id}; expected one of {string.Join(", ", standard.Levels)}");
        }

        var profile = context.ReadJson<HospitalProfile>(profilePath);
        var result = standard.Check(profile);
        if (xlsxPath is not null)
        {
            CliWorkbooks.WriteAccreditation(xlsxPath, result);
        }

        if (json)
        {
            context.WriteJson(result);
            return CliApplication.Success;
        }

        var output = context.Output;
        output.WriteLine($"{standard.Title} ({standard.Id})");
        var table = new TextTable("条款", "级别", "要求", "结果", "实际与要求", "差距");
        foreach (var r in result.Results)
        {
            table.Add(r.ArticleNumber, r.Criterion.Level, r.Criterion.Description, ChineseLabels.Of(r.Outcome), r.Explanation, r.Shortfall ?? string.Empty);
        }

        table.WriteTo(output);
        output.WriteLine();
        output.WriteLine($"Highest level attained: {result.HighestLevel ?? "none"}");
        if (target is not null)
        {
            var gaps = result.Gaps(target);
            output.WriteLine(gaps.IsEmpty ? $"{target}: every criterion met." : $"{target} still lacks {gaps.Length}:");
            foreach (var gap in gaps)
            {
                output.WriteLine($"  - {gap.Criterion.Description}: {gap.Shortfall ?? gap.Explanation}");
            }
        }

        if (xlsxPath is not null)
        {
            output.WriteLine();
            output.WriteLine($"Workbook: {xlsxPath}");
        }

        return CliApplication.Success;
    }
}
