using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Commendations;
using HospitalDomain.Departments;
using HospitalDomain.Serialization;
using NodaTime;

namespace HospitalDomain.Governance;

/// <summary>A hospital's conference, such as the annual work review and commendation conference: when and by whom, who attended, what was reported and planned, which agreements were signed and which commendations read out.</summary>
/// <remarks>
/// Fields a source does not state stay empty or null; nothing is filled in by guess.
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class WorkConference
{
    /// <summary>Creates a work conference.</summary>
    /// <param name="title">The title, such as 2023年工作总结暨表扬大会.</param>
    /// <param name="kind">The kind of conference.</param>
    /// <param name="host">The hospital or group holding it.</param>
    /// <param name="date">The date, or null.</param>
    /// <param name="venue">Where it was held, or null.</param>
    /// <param name="presider">Who presided, or null.</param>
    /// <param name="speakers">Who spoke, in order.</param>
    /// <param name="officials">Officials attending from outside the hospital.</param>
    /// <param name="agenda">The agenda items, in order.</param>
    /// <param name="report">The work report, or null.</param>
    /// <param name="plan">The plan for the next year, or null.</param>
    /// <param name="agreements">Agreements signed at the conference.</param>
    /// <param name="commendations">Commendation decisions read out.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public WorkConference(string title, ConferenceKind kind, string host, LocalDate? date = null, string? venue = null, Participant? presider = null, IEnumerable<Participant>? speakers = null, IEnumerable<Participant>? officials = null, IEnumerable<string>? agenda = null, WorkReport? report = null, WorkPlan? plan = null, IEnumerable<ResponsibilityAgreement>? agreements = null, IEnumerable<CommendationRoll>? commendations = null)
    {
        Title = Preconditions.CheckNotBlank(title);
        Kind = Preconditions.CheckDefined(kind);
        Host = Preconditions.CheckNotBlank(host);
        Date = date;
        Venue = string.IsNullOrWhiteSpace(venue) ? null : venue.Trim();
        Presider = presider;
        Speakers = ImmutableArrayEquality.ToImmutableOrEmpty(speakers);
        foreach (var item in Speakers)
        {
            Preconditions.CheckArgument(item is not null, nameof(speakers), "speakers must not contain null.");
        }
        Officials = ImmutableArrayEquality.ToImmutableOrEmpty(officials);
        foreach (var item in Officials)
        {
            Preconditions.CheckArgument(item is not null, nameof(officials), "officials must not contain null.");
        }
        Agenda = ImmutableArrayEquality.ToImmutableOrEmpty(agenda).Select(s => Preconditions.CheckNotBlank(s, nameof(agenda))).ToImmutableArray();
        Report = report;
        Plan = plan;
        Agreements = ImmutableArrayEquality.ToImmutableOrEmpty(agreements);
        foreach (var item in Agreements)
        {
            Preconditions.CheckArgument(item is not null, nameof(agreements), "agreements must not contain null.");
        }
        Commendations = ImmutableArrayEquality.ToImmutableOrEmpty(commendations);
        foreach (var item in Commendations)
        {
            Preconditions.CheckArgument(item is not null, nameof(commendations), "commendations must not contain null.");
        }
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the kind of conference.</summary>
    public ConferenceKind Kind { get; }

    /// <summary>Gets the hospital or group holding it.</summary>
    public string Host { get; }

    /// <summary>Gets the date, or null when not stated.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets where it was held, or null.</summary>
    public string? Venue { get; }

    /// <summary>Gets who presided (主持), or null.</summary>
    public Participant? Presider { get; }

    /// <summary>Gets who spoke (讲话), in order.</summary>
    public ImmutableArray<Participant> Speakers { get; }

    /// <summary>Gets officials attending from outside the hospital.</summary>
    public ImmutableArray<Participant> Officials { get; }

    /// <summary>Gets the agenda items, in order.</summary>
    public ImmutableArray<string> Agenda { get; }

    /// <summary>Gets the work report, or null.</summary>
    public WorkReport? Report { get; }

    /// <summary>Gets the plan for the next year, or null.</summary>
    public WorkPlan? Plan { get; }

    /// <summary>Gets agreements signed at the conference.</summary>
    public ImmutableArray<ResponsibilityAgreement> Agreements { get; }

    /// <summary>Gets commendation decisions read out.</summary>
    public ImmutableArray<CommendationRoll> Commendations { get; }

    /// <summary>Returns "date host title".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "?"} {Host} {Title}";
}
