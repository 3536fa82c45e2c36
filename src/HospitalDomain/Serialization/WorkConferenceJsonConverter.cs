using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using HospitalDomain.Governance;
using HospitalDomain.Commendations;
using HospitalDomain.Departments;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="WorkConference"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class WorkConferenceJsonConverter : JsonConverter<WorkConference>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static WorkConferenceJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override WorkConference Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? title = null;
        ConferenceKind? kind = null;
        string? host = null;
        LocalDate? date = null;
        string? venue = null;
        Participant? presider = null;
        ImmutableArray<Participant> speakers = [];
        ImmutableArray<Participant> officials = [];
        ImmutableArray<string> agenda = [];
        WorkReport? report = null;
        WorkPlan? plan = null;
        ImmutableArray<ResponsibilityAgreement> agreements = [];
        ImmutableArray<CommendationRoll> commendations = [];
        JsonObjectReading.ReadObject(ref reader, "WorkConference", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "title":
                    title = JsonObjectReading.GetNullableString(ref r, "title");
                    break;
                case "kind":
                    kind = JsonObjectReading.GetEnum<ConferenceKind>(ref r, "kind");
                    break;
                case "host":
                    host = JsonObjectReading.GetNullableString(ref r, "host");
                    break;
                case "date":
                    date = LocalDateJsonConverter.Instance.Read(ref r, typeof(LocalDate), options);
                    break;
                case "venue":
                    venue = JsonObjectReading.GetNullableString(ref r, "venue");
                    break;
                case "presider":
                    presider = ParticipantJsonConverter.Instance.Read(ref r, typeof(Participant), options);
                    break;
                case "speakers":
                    speakers = JsonObjectReading.GetArray(ref r, options, "speakers", (ref Utf8JsonReader e, JsonSerializerOptions o) => ParticipantJsonConverter.Instance.Read(ref e, typeof(Participant), o));
                    break;
                case "officials":
                    officials = JsonObjectReading.GetArray(ref r, options, "officials", (ref Utf8JsonReader e, JsonSerializerOptions o) => ParticipantJsonConverter.Instance.Read(ref e, typeof(Participant), o));
                    break;
                case "agenda":
                    agenda = JsonObjectReading.GetStringArray(ref r, options, "agenda");
                    break;
                case "report":
                    report = WorkReportJsonConverter.Instance.Read(ref r, typeof(WorkReport), options);
                    break;
                case "plan":
                    plan = WorkPlanJsonConverter.Instance.Read(ref r, typeof(WorkPlan), options);
                    break;
                case "agreements":
                    agreements = JsonObjectReading.GetArray(ref r, options, "agreements", (ref Utf8JsonReader e, JsonSerializerOptions o) => ResponsibilityAgreementJsonConverter.Instance.Read(ref e, typeof(ResponsibilityAgreement), o));
                    break;
                case "commendations":
                    commendations = JsonObjectReading.GetArray(ref r, options, "commendations", (ref Utf8JsonReader e, JsonSerializerOptions o) => CommendationRollJsonConverter.Instance.Read(ref e, typeof(CommendationRoll), o));
                    break;
                default:
                    throw JsonReading.UnknownProperty("WorkConference", property);
            }
        });

        return JsonObjectReading.Create("WorkConference", () => new WorkConference(
            title: JsonObjectReading.Required(title, "WorkConference", "title"),
            kind: JsonObjectReading.Required(kind, "WorkConference", "kind"),
            host: JsonObjectReading.Required(host, "WorkConference", "host"),
            date: date,
            venue: venue,
            presider: presider,
            speakers: speakers,
            officials: officials,
            agenda: agenda,
            report: report,
            plan: plan,
            agreements: agreements,
            commendations: commendations));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, WorkConference value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("title", value.Title);
        JsonObjectReading.WriteEnum(writer, "kind", value.Kind);
        writer.WriteString("host", value.Host);
        JsonObjectReading.WriteOptional(writer, "date", value.Date, options);
        JsonObjectReading.WriteOptional(writer, "venue", value.Venue);
        JsonObjectReading.WriteOptional(writer, "presider", value.Presider, ParticipantJsonConverter.Instance, options);
        JsonObjectReading.WriteArray(writer, "speakers", value.Speakers, ParticipantJsonConverter.Instance, options);
        JsonObjectReading.WriteArray(writer, "officials", value.Officials, ParticipantJsonConverter.Instance, options);
        JsonObjectReading.WriteStringArray(writer, "agenda", value.Agenda);
        JsonObjectReading.WriteOptional(writer, "report", value.Report, WorkReportJsonConverter.Instance, options);
        JsonObjectReading.WriteOptional(writer, "plan", value.Plan, WorkPlanJsonConverter.Instance, options);
        JsonObjectReading.WriteArray(writer, "agreements", value.Agreements, ResponsibilityAgreementJsonConverter.Instance, options);
        JsonObjectReading.WriteArray(writer, "commendations", value.Commendations, CommendationRollJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
