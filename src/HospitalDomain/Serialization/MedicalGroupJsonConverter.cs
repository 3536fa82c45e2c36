using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Organizations;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="MedicalGroup"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class MedicalGroupJsonConverter : JsonConverter<MedicalGroup>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static MedicalGroupJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override MedicalGroup Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? name = null;
        MedicalGroupKind? kind = null;
        ImmutableArray<MemberInstitution> members = [];
        ImmutableArray<MemberCount> statedCounts = [];
        int? established = null;
        JsonObjectReading.ReadObject(ref reader, "MedicalGroup", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "name":
                    name = JsonObjectReading.GetNullableString(ref r, "name");
                    break;
                case "kind":
                    kind = JsonObjectReading.GetEnum<MedicalGroupKind>(ref r, "kind");
                    break;
                case "members":
                    members = JsonObjectReading.GetArray(ref r, options, "members", (ref Utf8JsonReader e, JsonSerializerOptions o) => MemberInstitutionJsonConverter.Instance.Read(ref e, typeof(MemberInstitution), o));
                    break;
                case "statedCounts":
                    statedCounts = JsonObjectReading.GetArray(ref r, options, "statedCounts", (ref Utf8JsonReader e, JsonSerializerOptions o) => MemberCountJsonConverter.Instance.Read(ref e, typeof(MemberCount), o));
                    break;
                case "established":
                    established = JsonObjectReading.GetNullableInt32(ref r, "established");
                    break;
                default:
                    throw JsonReading.UnknownProperty("MedicalGroup", property);
            }
        });

        return JsonObjectReading.Create("MedicalGroup", () => new MedicalGroup(
            name: JsonObjectReading.Required(name, "MedicalGroup", "name"),
            kind: JsonObjectReading.Required(kind, "MedicalGroup", "kind"),
            members: members,
            statedCounts: statedCounts,
            established: established));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, MedicalGroup value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        JsonObjectReading.WriteEnum(writer, "kind", value.Kind);
        JsonObjectReading.WriteArray(writer, "members", value.Members, MemberInstitutionJsonConverter.Instance, options);
        JsonObjectReading.WriteArray(writer, "statedCounts", value.StatedCounts, MemberCountJsonConverter.Instance, options);
        JsonObjectReading.WriteOptional(writer, "established", value.Established);
        writer.WriteEndObject();
    }
}
