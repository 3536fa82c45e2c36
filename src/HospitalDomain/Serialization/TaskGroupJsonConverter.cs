using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Governance;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="TaskGroup"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class TaskGroupJsonConverter : JsonConverter<TaskGroup>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static TaskGroupJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override TaskGroup Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? title = null;
        ImmutableArray<string> tasks = [];
        JsonObjectReading.ReadObject(ref reader, "TaskGroup", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "title":
                    title = JsonObjectReading.GetNullableString(ref r, "title");
                    break;
                case "tasks":
                    tasks = JsonObjectReading.GetStringArray(ref r, options, "tasks");
                    break;
                default:
                    throw JsonReading.UnknownProperty("TaskGroup", property);
            }
        });

        return JsonObjectReading.Create("TaskGroup", () => new TaskGroup(
            title: JsonObjectReading.Required(title, "TaskGroup", "title"),
            tasks: tasks));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TaskGroup value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("title", value.Title);
        JsonObjectReading.WriteStringArray(writer, "tasks", value.Tasks);
        writer.WriteEndObject();
    }
}
