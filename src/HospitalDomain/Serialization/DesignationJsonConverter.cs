using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Organizations;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="Designation"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class DesignationJsonConverter : JsonConverter<Designation>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static DesignationJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override Designation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? name = null;
        int? year = null;
        string? grantedBy = null;
        DesignationStatus status = default;
        JsonObjectReading.ReadObject(ref reader, "Designation", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "name":
                    name = JsonObjectReading.GetNullableString(ref r, "name");
                    break;
                case "year":
                    year = JsonObjectReading.GetNullableInt32(ref r, "year");
                    break;
                case "grantedBy":
                    grantedBy = JsonObjectReading.GetNullableString(ref r, "grantedBy");
                    break;
                case "status":
                    status = JsonObjectReading.GetEnum<DesignationStatus>(ref r, "status");
                    break;
                default:
                    throw JsonReading.UnknownProperty("Designation", property);
            }
        });

        return JsonObjectReading.Create("Designation", () => new Designation(
            name: JsonObjectReading.Required(name, "Designation", "name"),
            year: year,
            grantedBy: grantedBy,
            status: status));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Designation value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        JsonObjectReading.WriteOptional(writer, "year", value.Year);
        JsonObjectReading.WriteOptional(writer, "grantedBy", value.GrantedBy);
        if (value.Status != default)
        {
            JsonObjectReading.WriteEnum(writer, "status", value.Status);
        }
        writer.WriteEndObject();
    }
}
