using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Organizations;
using NodaTime;

namespace HospitalDomain.Serialization;

/// <summary>
/// A NodaTime <see cref="LocalDate"/> as its ISO-8601 form <c>"2024-01-31"</c> (ISO calendar only), on
/// the design of nodatime.serialization; <c>ConfigureForHospitalDomain</c> adds it for your own dates.
/// </summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    public static LocalDateJsonConverter Instance { get; } = new();

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => JsonRuntime.ReadDate(ref reader, "a date");

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(JsonRuntime.FormatDate(value));
    }
}

/// <summary>
/// A <see cref="HospitalCategory"/>: a category of the shipped WS 218-2002 table is its code as a
/// string (<c>"A100"</c>); any other category is the object its <c>Create</c> method states.
/// </summary>
internal sealed class HospitalCategoryJsonConverter : JsonConverter<HospitalCategory>
{
    public static HospitalCategoryJsonConverter Instance { get; } = new();

    public override HospitalCategory Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            var document = HospitalCategoryDocumentJsonConverter.ReadValue(ref reader);
            try
            {
                return HospitalCategory.Create(document.Code, document.ChineseName, document.EnglishName, document.Status);
            }
            catch (ArgumentException e)
            {
                throw JsonRuntime.Invalid(nameof(HospitalCategory), e);
            }
        }

        var code = reader.GetString()!;
        return HospitalCategory.TryGet(code, out var shipped)
            ? shipped
            : throw JsonRuntime.InvalidText("hospital category", code, "not a WS 218-2002 code; write a category outside the table as an object.");
    }

    public override void Write(Utf8JsonWriter writer, HospitalCategory value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (HospitalCategory.TryGet(value.Code, out var shipped) && shipped == value)
        {
            writer.WriteStringValue(value.Code);
        }
        else
        {
            HospitalCategoryDocumentJsonConverter.WriteValue(writer, new(value.Code, value.ChineseName, value.EnglishName, value.Status));
        }
    }
}
