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
                    kind = JsonObjectReading.GetEnum<MedicalGroupKind>(ref r, options, "kind");
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

        if (name is null)
        {
            throw JsonReading.MissingProperty("MedicalGroup", "name");
        }

        if (kind is null)
        {
            throw JsonReading.MissingProperty("MedicalGroup", "kind");
        }

        return JsonObjectReading.Create("MedicalGroup", () => new MedicalGroup(name: name, kind: kind.Value, members: members, statedCounts: statedCounts, established: established));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, MedicalGroup value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        JsonObjectReading.WriteEnum(writer, "kind", value.Kind);
        if (!value.Members.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("members");
            foreach (var item in value.Members)
            {
                MemberInstitutionJsonConverter.Instance.Write(writer, item, options);
            }
            writer.WriteEndArray();
        }
        if (!value.StatedCounts.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("statedCounts");
            foreach (var item in value.StatedCounts)
            {
                MemberCountJsonConverter.Instance.Write(writer, item, options);
            }
            writer.WriteEndArray();
        }
        JsonObjectReading.WriteOptional(writer, "established", value.Established);
        writer.WriteEndObject();
    }
}
