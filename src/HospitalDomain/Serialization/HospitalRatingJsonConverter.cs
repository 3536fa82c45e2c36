using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Organizations;

namespace HospitalDomain.Serialization;

/// <summary>Converts a <see cref="HospitalRating"/> to and from its camelCase name such as <c>"tertiaryGradeA"</c> (the Chinese name 三级甲等 is accepted when reading) as a JSON string.</summary>
public sealed class HospitalRatingJsonConverter : JsonConverter<HospitalRating>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static HospitalRatingJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override HospitalRating Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonReading.GetString(ref reader, "a hospital rating");
        return HospitalRating.TryParse(text, out var rating)
            ? rating
            : throw JsonReading.InvalidText("hospital rating", text, "expected a name such as tertiaryGradeA or 三级甲等.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, HospitalRating value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Name);
    }
}
