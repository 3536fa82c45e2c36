using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Organizations;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="Hospital"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class HospitalJsonConverter : JsonConverter<Hospital>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static HospitalJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override Hospital Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? name = null;
        string? englishName = null;
        ImmutableArray<string> aliases = [];
        string? region = null;
        UnifiedSocialCreditCode? creditCode = null;
        OrganizationCode? organizationCode = null;
        ImmutableArray<HospitalIdentifier> identifiers = [];
        HospitalCategory? category = null;
        HospitalRating? rating = null;
        ManagementType? managementType = null;
        Ownership? ownership = null;
        AdministrativeTier? administrativeTier = null;
        ImmutableArray<Affiliation> affiliations = [];
        ImmutableArray<Designation> designations = [];
        ImmutableArray<Campus> campuses = [];
        string? parentGroup = null;
        JsonObjectReading.ReadObject(ref reader, "Hospital", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "name":
                    name = JsonObjectReading.GetNullableString(ref r, "name");
                    break;
                case "englishName":
                    englishName = JsonObjectReading.GetNullableString(ref r, "englishName");
                    break;
                case "aliases":
                    aliases = JsonObjectReading.GetStringArray(ref r, options, "aliases");
                    break;
                case "region":
                    region = JsonObjectReading.GetNullableString(ref r, "region");
                    break;
                case "creditCode":
                    creditCode = UnifiedSocialCreditCodeJsonConverter.Instance.Read(ref r, typeof(UnifiedSocialCreditCode), options);
                    break;
                case "organizationCode":
                    organizationCode = OrganizationCodeJsonConverter.Instance.Read(ref r, typeof(OrganizationCode), options);
                    break;
                case "identifiers":
                    identifiers = JsonObjectReading.GetArray(ref r, options, "identifiers", (ref Utf8JsonReader e, JsonSerializerOptions o) => HospitalIdentifierJsonConverter.Instance.Read(ref e, typeof(HospitalIdentifier), o));
                    break;
                case "category":
                    category = HospitalCategoryJsonConverter.Instance.Read(ref r, typeof(HospitalCategory), options);
                    break;
                case "rating":
                    rating = HospitalRatingJsonConverter.Instance.Read(ref r, typeof(HospitalRating), options);
                    break;
                case "managementType":
                    managementType = JsonObjectReading.GetEnum<ManagementType>(ref r, "managementType");
                    break;
                case "ownership":
                    ownership = JsonObjectReading.GetEnum<Ownership>(ref r, "ownership");
                    break;
                case "administrativeTier":
                    administrativeTier = JsonObjectReading.GetEnum<AdministrativeTier>(ref r, "administrativeTier");
                    break;
                case "affiliations":
                    affiliations = JsonObjectReading.GetArray(ref r, options, "affiliations", (ref Utf8JsonReader e, JsonSerializerOptions o) => AffiliationJsonConverter.Instance.Read(ref e, typeof(Affiliation), o));
                    break;
                case "designations":
                    designations = JsonObjectReading.GetArray(ref r, options, "designations", (ref Utf8JsonReader e, JsonSerializerOptions o) => DesignationJsonConverter.Instance.Read(ref e, typeof(Designation), o));
                    break;
                case "campuses":
                    campuses = JsonObjectReading.GetArray(ref r, options, "campuses", (ref Utf8JsonReader e, JsonSerializerOptions o) => CampusJsonConverter.Instance.Read(ref e, typeof(Campus), o));
                    break;
                case "parentGroup":
                    parentGroup = JsonObjectReading.GetNullableString(ref r, "parentGroup");
                    break;
                default:
                    throw JsonReading.UnknownProperty("Hospital", property);
            }
        });

        return JsonObjectReading.Create("Hospital", () => new Hospital(
            name: JsonObjectReading.Required(name, "Hospital", "name"),
            englishName: englishName,
            aliases: aliases,
            region: region,
            creditCode: creditCode,
            organizationCode: organizationCode,
            identifiers: identifiers,
            category: category,
            rating: rating,
            managementType: managementType,
            ownership: ownership,
            administrativeTier: administrativeTier,
            affiliations: affiliations,
            designations: designations,
            campuses: campuses,
            parentGroup: parentGroup));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Hospital value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        JsonObjectReading.WriteOptional(writer, "englishName", value.EnglishName);
        JsonObjectReading.WriteStringArray(writer, "aliases", value.Aliases);
        JsonObjectReading.WriteOptional(writer, "region", value.Region);
        JsonObjectReading.WriteOptional(writer, "creditCode", value.CreditCode, UnifiedSocialCreditCodeJsonConverter.Instance, options);
        JsonObjectReading.WriteOptional(writer, "organizationCode", value.OrganizationCode, OrganizationCodeJsonConverter.Instance, options);
        JsonObjectReading.WriteArray(writer, "identifiers", value.Identifiers, HospitalIdentifierJsonConverter.Instance, options);
        JsonObjectReading.WriteOptional(writer, "category", value.Category, HospitalCategoryJsonConverter.Instance, options);
        JsonObjectReading.WriteOptional(writer, "rating", value.Rating, HospitalRatingJsonConverter.Instance, options);
        JsonObjectReading.WriteOptionalEnum(writer, "managementType", value.ManagementType);
        JsonObjectReading.WriteOptionalEnum(writer, "ownership", value.Ownership);
        JsonObjectReading.WriteOptionalEnum(writer, "administrativeTier", value.AdministrativeTier);
        JsonObjectReading.WriteArray(writer, "affiliations", value.Affiliations, AffiliationJsonConverter.Instance, options);
        JsonObjectReading.WriteArray(writer, "designations", value.Designations, DesignationJsonConverter.Instance, options);
        JsonObjectReading.WriteArray(writer, "campuses", value.Campuses, CampusJsonConverter.Instance, options);
        JsonObjectReading.WriteOptional(writer, "parentGroup", value.ParentGroup);
        writer.WriteEndObject();
    }
}
