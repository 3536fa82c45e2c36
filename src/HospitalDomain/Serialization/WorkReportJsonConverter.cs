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

        if (year is null)
        {
            throw JsonReading.MissingProperty("WorkReport", "year");
        }

        return JsonObjectReading.Create("WorkReport", () => new WorkReport(year: year.Value, presentedBy: presentedBy, aspects: aspects, statedAspectCount: statedAspectCount, keySpecialties: keySpecialties));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, WorkReport value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteNumber("year", value.Year);
        if (value.PresentedBy is { } presentedBy)
        {
            writer.WritePropertyName("presentedBy");
            ParticipantJsonConverter.Instance.Write(writer, presentedBy, options);
        }
        if (!value.Aspects.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("aspects");
            foreach (var item in value.Aspects)
            {
                WorkAspectJsonConverter.Instance.Write(writer, item, options);
            }
            writer.WriteEndArray();
        }
        JsonObjectReading.WriteOptional(writer, "statedAspectCount", value.StatedAspectCount);
        if (!value.KeySpecialties.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("keySpecialties");
            foreach (var item in value.KeySpecialties)
            {
                KeySpecialtyJsonConverter.Instance.Write(writer, item, options);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }
}
