using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Commendations;
using HospitalDomain.Departments;
using HospitalDomain.Organizations;

namespace HospitalDomain.Serialization;

/// <summary>A value written as a JSON string in its text form, such as <c>"2023Q4"</c>; also usable as a dictionary key.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal abstract class TextJsonConverter<T> : JsonConverter<T>
{
    private readonly string _what;

    /// <summary>Creates the converter.</summary>
    /// <param name="what">What the string is, for the error when the token is not a string: "a reporting period".</param>
    protected TextJsonConverter(string what) => _what = what;

    /// <inheritdoc />
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(JsonRuntime.ReadString(ref reader, _what));

    /// <inheritdoc />
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    /// <inheritdoc />
    public sealed override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString()!);

    /// <inheritdoc />
    public sealed override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Format(value));
    }

    /// <summary>Parses the text form, or throws a <see cref="JsonException"/> that says why not.</summary>
    protected abstract T Parse(string text);

    /// <summary>The text form written.</summary>
    protected virtual string Format(T value) => value!.ToString()!;

    /// <summary>Turns the <see cref="FormatException"/> of a type's own <c>Parse</c> into a <see cref="JsonException"/>.</summary>
    protected static T FromParse(Func<string, T> parse, string text)
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
}

/// <summary>A <see cref="ReportingPeriod"/> as <c>"2023"</c>, <c>"2023H1"</c>, <c>"2023Q4"</c>, <c>"2023-03"</c> or <c>"2023-01-01/2023-07-31"</c>.</summary>
internal sealed class ReportingPeriodJsonConverter() : TextJsonConverter<ReportingPeriod>("a reporting period")
{
    public static ReportingPeriodJsonConverter Instance { get; } = new();

    protected override ReportingPeriod Parse(string text) =>
        ReportingPeriod.TryParse(text, out var period)
            ? period
            : throw JsonRuntime.InvalidText("reporting period", text, "expected 2023, 2023H1, 2023Q4, 2023-03 or 2023-01-01/2023-07-31.");
}

/// <summary>A <see cref="ChineseNumber"/> in its canonical form, such as <c>"260.72万"</c>.</summary>
internal sealed class ChineseNumberJsonConverter() : TextJsonConverter<ChineseNumber>("a Chinese figure")
{
    public static ChineseNumberJsonConverter Instance { get; } = new();

    protected override ChineseNumber Parse(string text) => FromParse(ChineseNumber.Parse, text);
}

/// <summary>A <see cref="ClinicalSubjectCode"/> such as <c>"03.04"</c>.</summary>
internal sealed class ClinicalSubjectCodeJsonConverter() : TextJsonConverter<ClinicalSubjectCode>("a clinical subject code")
{
    public static ClinicalSubjectCodeJsonConverter Instance { get; } = new();

    protected override ClinicalSubjectCode Parse(string text) =>
        ClinicalSubjectCode.TryParse(text, out var code)
            ? code
            : throw JsonRuntime.InvalidText("clinical subject code", text, "expected 03, 03.04 or 04.01.01 (or the same digits without dots).");
}

/// <summary>A <see cref="DocumentNumber"/> such as <c>"某医发〔2024〕12号"</c>.</summary>
internal sealed class DocumentNumberJsonConverter() : TextJsonConverter<DocumentNumber>("a document number")
{
    public static DocumentNumberJsonConverter Instance { get; } = new();

    protected override DocumentNumber Parse(string text) => FromParse(DocumentNumber.Parse, text);
}

/// <summary>An <see cref="OrganizationCode"/> such as <c>"77604965-3"</c>; the empty string is the empty default value.</summary>
internal sealed class OrganizationCodeJsonConverter() : TextJsonConverter<OrganizationCode>("an organization code")
{
    public static OrganizationCodeJsonConverter Instance { get; } = new();

    protected override OrganizationCode Parse(string text) =>
        text.Length == 0 ? default
        : OrganizationCode.Validate(text) is { IsValid: false } result ? throw JsonRuntime.InvalidText("organization code", text, result.Message + ".")
        : OrganizationCode.Parse(text);
}

/// <summary>A <see cref="UnifiedSocialCreditCode"/> such as <c>"91350200776049653A"</c>; the empty string is the empty default value.</summary>
internal sealed class UnifiedSocialCreditCodeJsonConverter() : TextJsonConverter<UnifiedSocialCreditCode>("a unified social credit code")
{
    public static UnifiedSocialCreditCodeJsonConverter Instance { get; } = new();

    protected override UnifiedSocialCreditCode Parse(string text) =>
        text.Length == 0 ? default
        : UnifiedSocialCreditCode.Validate(text) is { IsValid: false } result ? throw JsonRuntime.InvalidText("unified social credit code", text, result.Message + ".")
        : UnifiedSocialCreditCode.Parse(text);
}

/// <summary>A <see cref="HospitalRating"/> by its name, such as <c>"tertiaryGradeA"</c>; 三级甲等 reads too.</summary>
internal sealed class HospitalRatingJsonConverter() : TextJsonConverter<HospitalRating>("a hospital rating")
{
    public static HospitalRatingJsonConverter Instance { get; } = new();

    protected override HospitalRating Parse(string text) =>
        HospitalRating.TryParse(text, out var rating)
            ? rating
            : throw JsonRuntime.InvalidText("hospital rating", text, "expected a name such as tertiaryGradeA or 三级甲等.");

    protected override string Format(HospitalRating value) => value.Name;
}
