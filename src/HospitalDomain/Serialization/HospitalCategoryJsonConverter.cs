using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Organizations;

namespace HospitalDomain.Serialization;

/// <summary>
/// Converts a <see cref="HospitalCategory"/>: a category of the shipped WS 218-2002 table is its code
/// as a string (<c>"A100"</c>); any other category is an object
/// <c>{"code":…,"chineseName":…,"englishName":…,"status":…}</c>.
/// </summary>
public sealed class HospitalCategoryJsonConverter : JsonConverter<HospitalCategory>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static HospitalCategoryJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override HospitalCategory Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var code = reader.GetString()!;
            return HospitalCategory.TryGet(code, out var shipped)
                ? shipped
                : throw JsonReading.InvalidText("hospital category", code, "not a WS 218-2002 code; write a category outside the table as an object.");
        }

        string? categoryCode = null;
        string? chineseName = null;
        string? englishName = null;
        SourceStatus? status = null;
        JsonObjectReading.ReadObject(ref reader, "HospitalCategory", (ref Utf8JsonReader r, string name) =>
        {
            switch (name)
            {
                case "code":
                    categoryCode = JsonReading.GetString(ref r, "code");
                    break;
                case "chineseName":
                    chineseName = JsonReading.GetString(ref r, "chineseName");
                    break;
                case "englishName":
                    englishName = JsonObjectReading.GetNullableString(ref r, "englishName");
                    break;
                case "status":
                    status = JsonObjectReading.GetEnum<SourceStatus>(ref r, "status");
                    break;
                default:
                    throw JsonReading.UnknownProperty("HospitalCategory", name);
            }
        });

        return JsonObjectReading.Create("HospitalCategory", () => HospitalCategory.Create(
            categoryCode ?? throw JsonReading.MissingProperty("HospitalCategory", "code"),
            chineseName ?? throw JsonReading.MissingProperty("HospitalCategory", "chineseName"),
            englishName,
            status ?? throw JsonReading.MissingProperty("HospitalCategory", "status")));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, HospitalCategory value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (HospitalCategory.TryGet(value.Code, out var shipped) && shipped == value)
        {
            writer.WriteStringValue(value.Code);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteString("chineseName", value.ChineseName);
        JsonObjectReading.WriteOptional(writer, "englishName", value.EnglishName);
        JsonObjectReading.WriteEnum(writer, "status", value.Status);
        writer.WriteEndObject();
    }
}
