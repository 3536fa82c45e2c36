using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Governance;
using HospitalDomain.Commendations;
using HospitalDomain.Departments;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="WorkReport"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class WorkReportJsonConverter : JsonConverter<WorkReport>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static WorkReportJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override WorkReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        int? year = null;
        Participant? presentedBy = null;
        ImmutableArray<WorkAspect> aspects = [];
        int? statedAspectCount = null;
        ImmutableArray<KeySpecialty> keySpecialties = [];
        JsonObjectReading.ReadObject(ref reader, "WorkReport", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "year":
                    year = JsonReading.GetInt32(ref r, "year");
                    break;
                case "presentedBy":
                    presentedBy = ParticipantJsonConverter.Instance.Read(ref r, typeof(Participant), options);
                    break;
                case "aspects":
                    aspects = JsonObjectReading.GetArray(ref r, options, "aspects", (ref Utf8JsonReader e, JsonSerializerOptions o) => WorkAspectJsonConverter.Instance.Read(ref e, typeof(WorkAspect), o));
                    break;
                case "statedAspectCount":
                    statedAspectCount = JsonObjectReading.GetNullableInt32(ref r, "statedAspectCount");
                    break;
                case "keySpecialties":
                    keySpecialties = JsonObjectReading.GetArray(ref r, options, "keySpecialties", (ref Utf8JsonReader e, JsonSerializerOptions o) => KeySpecialtyJsonConverter.Instance.Read(ref e, typeof(KeySpecialty), o));
                    break;
                default:
                    throw JsonReading.UnknownProperty("WorkReport", property);
            }
        });

        return JsonObjectReading.Create("WorkReport", () => new WorkReport(
            year: JsonObjectReading.Required(year, "WorkReport", "year"),
            presentedBy: presentedBy,
            aspects: aspects,
            statedAspectCount: statedAspectCount,
            keySpecialties: keySpecialties));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, WorkReport value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteNumber("year", value.Year);
        JsonObjectReading.WriteOptional(writer, "presentedBy", value.PresentedBy, ParticipantJsonConverter.Instance, options);
        JsonObjectReading.WriteArray(writer, "aspects", value.Aspects, WorkAspectJsonConverter.Instance, options);
        JsonObjectReading.WriteOptional(writer, "statedAspectCount", value.StatedAspectCount);
        JsonObjectReading.WriteArray(writer, "keySpecialties", value.KeySpecialties, KeySpecialtyJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
