// The five annual-conference reports, each built as a WorkConference and printed: the library must be
// able to represent everything in them. CI runs this program, so the seeds keep building.
using System.Text;
using HospitalDomain.Commendations;
using HospitalDomain.Samples;

Console.OutputEncoding = Encoding.UTF8;

foreach (var conference in SeedConferences.All)
{
    Console.WriteLine(conference);
    if (conference.Presider is { } presider)
    {
        Console.WriteLine($"  presided by {presider}");
    }

    if (conference.Report is { } report)
    {
        Console.WriteLine($"  {report.Year} report: {report.AspectCount} aspects; key specialties: {report.KeySpecialties.Length}");
        foreach (var figure in report.Aspects.SelectMany(a => a.Figures))
        {
            Console.WriteLine($"    {figure}");
        }
    }

    if (conference.Plan is { } plan)
    {
        Console.WriteLine($"  {plan.Year} plan: {plan.GroupCount} groups, {plan.TaskCount} tasks");
    }

    foreach (var agreement in conference.Agreements)
    {
        Console.WriteLine($"  signed: {agreement.Title} ({agreement.Kind})");
    }

    foreach (var roll in conference.Commendations)
    {
        Console.WriteLine($"  commended: {roll.ToSummary()}");
    }

    Console.WriteLine();
}

var total = SeedConferences.All.SelectMany(c => c.Commendations).Sum(r => r.IndividualCount);
Console.WriteLine($"Individuals commended with a stated number across the five reports: {total}");
if (SeedConferences.Shouyang2023.Commendations.Single().ToSummary() != "先进集体20个、先进个人230名")
{
    throw new InvalidOperationException("The county group's commendation totals were not represented.");
}
