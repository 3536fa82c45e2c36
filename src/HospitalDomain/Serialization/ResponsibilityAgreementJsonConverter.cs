using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Governance;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="ResponsibilityAgreement"/> to and from a JSON object; see docs/json.md.</summary>
public sealed class ResponsibilityAgreementJsonConverter : JsonConverter<ResponsibilityAgreement>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static ResponsibilityAgreementJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override ResponsibilityAgreement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? title = null;
        AgreementKind? kind = null;
        AgreementParties? parties = null;
        ReportingPeriod? period = null;
        string? firstParty = null;
        string? secondParty = null;
        ImmutableArray<string> signatories = [];
        int? statedSignatoryCount = null;
        ImmutableArray<AgreementTarget> targets = [];
        JsonObjectReading.ReadObject(ref reader, "ResponsibilityAgreement", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "title":
                    title = JsonObjectReading.GetNullableString(ref r, "title");
                    break;
                case "kind":
                    kind = JsonObjectReading.GetEnum<AgreementKind>(ref r, "kind");
                    break;
                case "parties":
                    parties = JsonObjectReading.GetEnum<AgreementParties>(ref r, "parties");
                    break;
                case "period":
                    period = ReportingPeriodJsonConverter.Instance.Read(ref r, typeof(ReportingPeriod), options);
                    break;
                case "firstParty":
                    firstParty = JsonObjectReading.GetNullableString(ref r, "firstParty");
                    break;
                case "secondParty":
                    secondParty = JsonObjectReading.GetNullableString(ref r, "secondParty");
                    break;
                case "signatories":
                    signatories = JsonObjectReading.GetStringArray(ref r, options, "signatories");
                    break;
                case "statedSignatoryCount":
                    statedSignatoryCount = JsonObjectReading.GetNullableInt32(ref r, "statedSignatoryCount");
                    break;
                case "targets":
                    targets = JsonObjectReading.GetArray(ref r, options, "targets", (ref Utf8JsonReader e, JsonSerializerOptions o) => AgreementTargetJsonConverter.Instance.Read(ref e, typeof(AgreementTarget), o));
                    break;
                default:
                    throw JsonReading.UnknownProperty("ResponsibilityAgreement", property);
            }
        });

        return JsonObjectReading.Create("ResponsibilityAgreement", () => new ResponsibilityAgreement(
            title: JsonObjectReading.Required(title, "ResponsibilityAgreement", "title"),
            kind: JsonObjectReading.Required(kind, "ResponsibilityAgreement", "kind"),
            parties: JsonObjectReading.Required(parties, "ResponsibilityAgreement", "parties"),
            period: JsonObjectReading.Required(period, "ResponsibilityAgreement", "period"),
            firstParty: firstParty,
            secondParty: secondParty,
            signatories: signatories,
            statedSignatoryCount: statedSignatoryCount,
            targets: targets));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ResponsibilityAgreement value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("title", value.Title);
        JsonObjectReading.WriteEnum(writer, "kind", value.Kind);
        JsonObjectReading.WriteEnum(writer, "parties", value.Parties);
        JsonObjectReading.Write(writer, "period", value.Period, ReportingPeriodJsonConverter.Instance, options);
        JsonObjectReading.WriteOptional(writer, "firstParty", value.FirstParty);
        JsonObjectReading.WriteOptional(writer, "secondParty", value.SecondParty);
        JsonObjectReading.WriteStringArray(writer, "signatories", value.Signatories);
        JsonObjectReading.WriteOptional(writer, "statedSignatoryCount", value.StatedSignatoryCount);
        JsonObjectReading.WriteArray(writer, "targets", value.Targets, AgreementTargetJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
