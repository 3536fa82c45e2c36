using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Commendations;
using HospitalDomain.Departments;
using HospitalDomain.Organizations;

namespace HospitalDomain.Serialization;

/// <summary>A value written as a JSON string in its text form, such as <c>"2023Q4"</c>; also usable as a dictionary key.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="what">What the string is, for the error when the token is not a string: "a reporting period".</param>
/// <param name="parse">Parses the text form, or throws a <see cref="JsonException"/> or <see cref="FormatException"/> that says why not.</param>
/// <param name="format">The text form written; by default <c>ToString()</c>.</param>
internal sealed class TextJsonConverter<T>(string what, Func<string, T> parse, Func<T, string>? format = null) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(JsonRuntime.ReadString(ref reader, what));

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Format(value));
    }

    private T Parse(string text)
    {
        try
        {
            return parse(text);
        }
        catch (FormatException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    private string Format(T value) => format is null ? value!.ToString()! : format(value);
}

/// <summary>
/// A <see cref="ReportingPeriod"/> as <c>"2023"</c>, <c>"2023H1"</c>, <c>"2023Q4"</c>, <c>"2023-03"</c> or <c>"2023-01-01/2023-07-31"</c>;
/// the default value, outside the years the factories accept, reads back from the text it is written as.
/// </summary>
internal static class ReportingPeriodJsonConverter
{
    private static readonly string DefaultText = default(ReportingPeriod).ToString();

    public static JsonConverter<ReportingPeriod> Instance { get; } = new TextJsonConverter<ReportingPeriod>("a reporting period", text =>
        ReportingPeriod.TryParse(text, out var period) ? period
        : text == DefaultText ? default
        : throw JsonRuntime.InvalidText("reporting period", text, "expected 2023, 2023H1, 2023Q4, 2023-03 or 2023-01-01/2023-07-31."));
}

/// <summary>A <see cref="ChineseNumber"/> in its canonical form, such as <c>"260.72万"</c>.</summary>
internal static class ChineseNumberJsonConverter
{
    public static JsonConverter<ChineseNumber> Instance { get; } = new TextJsonConverter<ChineseNumber>("a Chinese figure", ChineseNumber.Parse);
}

/// <summary>A <see cref="ClinicalSubjectCode"/> such as <c>"03.04"</c>.</summary>
internal static class ClinicalSubjectCodeJsonConverter
{
    public static JsonConverter<ClinicalSubjectCode> Instance { get; } = new TextJsonConverter<ClinicalSubjectCode>("a clinical subject code", text =>
        ClinicalSubjectCode.TryParse(text, out var code) ? code
        : throw JsonRuntime.InvalidText("clinical subject code", text, "expected 03, 03.04 or 04.01.01 (or the same digits without dots)."));
}

/// <summary>A <see cref="DocumentNumber"/> such as <c>"某医发〔2024〕12号"</c>; the empty string is the empty default value, as it is written.</summary>
internal static class DocumentNumberJsonConverter
{
    public static JsonConverter<DocumentNumber> Instance { get; } = new TextJsonConverter<DocumentNumber>("a document number", text => text.Length == 0 ? default : DocumentNumber.Parse(text));
}

/// <summary>An <see cref="OrganizationCode"/> such as <c>"77604965-3"</c>; the empty string is the empty default value.</summary>
internal static class OrganizationCodeJsonConverter
{
    public static JsonConverter<OrganizationCode> Instance { get; } = new TextJsonConverter<OrganizationCode>("an organization code", text =>
        text.Length == 0 ? default
        : OrganizationCode.Validate(text) is { IsValid: false } result ? throw JsonRuntime.InvalidText("organization code", text, result.Message + ".")
        : OrganizationCode.Parse(text));
}

/// <summary>A <see cref="UnifiedSocialCreditCode"/> such as <c>"91350200776049653A"</c>; the empty string is the empty default value.</summary>
internal static class UnifiedSocialCreditCodeJsonConverter
{
    public static JsonConverter<UnifiedSocialCreditCode> Instance { get; } = new TextJsonConverter<UnifiedSocialCreditCode>("a unified social credit code", text =>
        text.Length == 0 ? default
        : UnifiedSocialCreditCode.Validate(text) is { IsValid: false } result ? throw JsonRuntime.InvalidText("unified social credit code", text, result.Message + ".")
        : UnifiedSocialCreditCode.Parse(text));
}

/// <summary>A <see cref="HospitalRating"/> by its name, such as <c>"tertiaryGradeA"</c>; 三级甲等 reads too.</summary>
internal static class HospitalRatingJsonConverter
{
    public static JsonConverter<HospitalRating> Instance { get; } = new TextJsonConverter<HospitalRating>(
        "a hospital rating",
        text => HospitalRating.TryParse(text, out var rating) ? rating : throw JsonRuntime.InvalidText("hospital rating", text, "expected a name such as tertiaryGradeA or 三级甲等."),
        rating => rating.Name);
}
