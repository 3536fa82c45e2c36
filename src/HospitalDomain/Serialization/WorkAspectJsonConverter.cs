using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Governance;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="WorkAspect"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class WorkAspectJsonConverter : JsonConverter<WorkAspect>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static WorkAspectJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override WorkAspect Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? title = null;
        ImmutableArray<string> achievements = [];
        ImmutableArray<ReportedFigure> figures = [];
        JsonObjectReading.ReadObject(ref reader, "WorkAspect", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "title":
                    title = JsonObjectReading.GetNullableString(ref r, "title");
                    break;
                case "achievements":
                    achievements = JsonObjectReading.GetStringArray(ref r, options, "achievements");
                    break;
                case "figures":
                    figures = JsonObjectReading.GetArray(ref r, options, "figures", (ref Utf8JsonReader e, JsonSerializerOptions o) => ReportedFigureJsonConverter.Instance.Read(ref e, typeof(ReportedFigure), o));
                    break;
                default:
                    throw JsonReading.UnknownProperty("WorkAspect", property);
            }
        });

        return JsonObjectReading.Create("WorkAspect", () => new WorkAspect(
            title: JsonObjectReading.Required(title, "WorkAspect", "title"),
            achievements: achievements,
            figures: figures));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, WorkAspect value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("title", value.Title);
        JsonObjectReading.WriteStringArray(writer, "achievements", value.Achievements);
        JsonObjectReading.WriteArray(writer, "figures", value.Figures, ReportedFigureJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
