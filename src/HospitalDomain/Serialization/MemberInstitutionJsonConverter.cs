using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Organizations;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="MemberInstitution"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class MemberInstitutionJsonConverter : JsonConverter<MemberInstitution>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static MemberInstitutionJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override MemberInstitution Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? name = null;
        MemberRole? role = null;
        HospitalCategory? category = null;
        JsonObjectReading.ReadObject(ref reader, "MemberInstitution", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "name":
                    name = JsonObjectReading.GetNullableString(ref r, "name");
                    break;
                case "role":
                    role = JsonObjectReading.GetEnum<MemberRole>(ref r, "role");
                    break;
                case "category":
                    category = HospitalCategoryJsonConverter.Instance.Read(ref r, typeof(HospitalCategory), options);
                    break;
                default:
                    throw JsonReading.UnknownProperty("MemberInstitution", property);
            }
        });

        return JsonObjectReading.Create("MemberInstitution", () => new MemberInstitution(
            name: JsonObjectReading.Required(name, "MemberInstitution", "name"),
            role: JsonObjectReading.Required(role, "MemberInstitution", "role"),
            category: category));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, MemberInstitution value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        JsonObjectReading.WriteEnum(writer, "role", value.Role);
        JsonObjectReading.WriteOptional(writer, "category", value.Category, HospitalCategoryJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
