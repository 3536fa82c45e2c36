using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Governance;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="WorkPlan"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class WorkPlanJsonConverter : JsonConverter<WorkPlan>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static WorkPlanJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override WorkPlan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        int? year = null;
        ImmutableArray<TaskGroup> groups = [];
        int? statedGroupCount = null;
        int? statedTaskCount = null;
        JsonObjectReading.ReadObject(ref reader, "WorkPlan", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "year":
                    year = JsonReading.GetInt32(ref r, "year");
                    break;
                case "groups":
                    groups = JsonObjectReading.GetArray(ref r, options, "groups", (ref Utf8JsonReader e, JsonSerializerOptions o) => TaskGroupJsonConverter.Instance.Read(ref e, typeof(TaskGroup), o));
                    break;
                case "statedGroupCount":
                    statedGroupCount = JsonObjectReading.GetNullableInt32(ref r, "statedGroupCount");
                    break;
                case "statedTaskCount":
                    statedTaskCount = JsonObjectReading.GetNullableInt32(ref r, "statedTaskCount");
                    break;
                default:
                    throw JsonReading.UnknownProperty("WorkPlan", property);
            }
        });

        return JsonObjectReading.Create("WorkPlan", () => new WorkPlan(
            year: JsonObjectReading.Required(year, "WorkPlan", "year"),
            groups: groups,
            statedGroupCount: statedGroupCount,
            statedTaskCount: statedTaskCount));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, WorkPlan value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteNumber("year", value.Year);
        JsonObjectReading.WriteArray(writer, "groups", value.Groups, TaskGroupJsonConverter.Instance, options);
        JsonObjectReading.WriteOptional(writer, "statedGroupCount", value.StatedGroupCount);
        JsonObjectReading.WriteOptional(writer, "statedTaskCount", value.StatedTaskCount);
        writer.WriteEndObject();
    }
}
