using System.Text.Json;
using System.Text.Json.Serialization;

namespace HospitalDomain.Serialization;

/// <summary>
/// Converts a <see cref="Ratio"/> to and from <c>{"numerator":3407,"denominator":95700}</c>; both
/// properties are required.
/// </summary>
public sealed class RatioJsonConverter : JsonConverter<Ratio>
{
    /// <summary>Gets the shared instance; the converter is stateless and thread-safe.</summary>
    public static RatioJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override Ratio Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a ratio as a JSON object");
        decimal? numerator = null;
        decimal? denominator = null;
        while (true)
        {
            JsonReading.Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var name = reader.GetString()!;
            JsonReading.Read(ref reader);
            switch (name)
            {
                case "numerator":
                    numerator = JsonReading.GetDecimal(ref reader, "numerator");
                    break;
                case "denominator":
                    denominator = JsonReading.GetDecimal(ref reader, "denominator");
                    break;
                default:
                    throw JsonReading.UnknownProperty(nameof(Ratio), name);
            }
        }

        return Ratio.Of(
            numerator ?? throw JsonReading.MissingProperty(nameof(Ratio), "numerator"),
            denominator ?? throw JsonReading.MissingProperty(nameof(Ratio), "denominator"));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Ratio value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("numerator", value.Numerator);
        writer.WriteNumber("denominator", value.Denominator);
        writer.WriteEndObject();
    }
}
