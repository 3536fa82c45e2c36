using System.Globalization;
using HospitalDomain.Governance;
using HospitalDomain.Samples;

namespace HospitalDomain.Cli.Commands;

/// <summary><c>hospital conference [--seed N] [--json]</c>: the annual conferences of the seed reports.</summary>
internal sealed class ConferenceCommand : ICommand
{
    public string Name => "conference";

    public string Summary => "Show the annual work conferences of the five seed reports: report, plan, agreements, commendations.";

    public string Usage => "hospital conference [--seed N] [--json]     N from 0 to 4; all five when omitted";

    public IReadOnlyCollection<string> ValueOptions => ["seed"];

    public int Run(CommandLine line, CliContext context)
    {
        var json = line.Flag("json");
        var seed = line.Option("seed");
        line.EnsureAllUsed(maxPositional: 0);
        IReadOnlyList<WorkConference> conferences = SeedConferences.All;
        if (seed is not null)
        {
            if (!int.TryParse(seed, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n >= SeedConferences.All.Length)
            {
                throw new CliException($"--seed must be a number from 0 to {SeedConferences.All.Length - 1}, was '{seed}'");
            }

            conferences = [SeedConferences.All[n]];
        }

        if (json)
        {
            if (conferences.Count == 1)
            {
                context.WriteJson(conferences[0]);
            }
            else
            {
                context.WriteJson(SeedConferences.All);
            }

            return CliApplication.Success;
        }

        var output = context.Output;
        foreach (var conference in conferences)
        {
            output.WriteLine($"{conference.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(date not stated)"}  {conference.Host}  {conference.Title}");
            if (conference.Presider is { } presider)
            {
                output.WriteLine($"  主持: {presider}");
            }

            foreach (var official in conference.Officials)
            {
                output.WriteLine($"  出席: {official}");
            }

            if (conference.Report is { } report)
            {
                output.WriteLine($"  {report.Year}年工作: {report.AspectCount}个方面");
                foreach (var figure in report.Aspects.SelectMany(a => a.Figures))
                {
                    output.WriteLine($"    {figure}");
                }

                foreach (var specialty in report.KeySpecialties)
                {
                    output.WriteLine($"    重点专科: {specialty}");
                }
            }

            if (conference.Plan is { } plan)
            {
                output.WriteLine($"  {plan.Year}年部署: {plan.GroupCount}个方面{(plan.TaskCount > 0 ? $"、{plan.TaskCount}项任务" : string.Empty)}");
            }

            foreach (var agreement in conference.Agreements)
            {
                output.WriteLine($"  签订: 《{agreement.Title}》{(agreement.StatedSignatoryCount is { } count ? $"（{count}人）" : string.Empty)}");
            }

            foreach (var roll in conference.Commendations)
            {
                output.WriteLine($"  表彰: {roll.Title}: {roll.ToSummary()}");
            }

            output.WriteLine();
        }

        return CliApplication.Success;
    }
}
