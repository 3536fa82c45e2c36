using System.Globalization;
using System.Text.Json;

namespace HospitalDomain.Serialization;

/// <summary>
/// Reading primitives shared by the library's converters. Every failure is a <see cref="JsonException"/>
/// (System.Text.Json adds the JSON path, line and position to it), never another exception type.
/// </summary>
internal static class JsonReading
{
    /// <summary>Throws unless the reader is on <paramref name="expected"/>.</summary>
    public static void Expect(ref Utf8JsonReader reader, JsonTokenType expected, string what)
    {
        if (reader.TokenType != expected)
        {
            throw new JsonException($"Expected {what} but found {Describe(reader.TokenType)}.");
        }
    }

    /// <summary>Reads the current token as a non-null string.</summary>
    public static string GetString(ref Utf8JsonReader reader, string what)
    {
        Expect(ref reader, JsonTokenType.String, $"{what} as a JSON string");
        return reader.GetString()!;
    }

    /// <summary>Reads the current token as a 64-bit integer.</summary>
    public static long GetInt64(ref Utf8JsonReader reader, string what)
    {
        Expect(ref reader, JsonTokenType.Number, $"{what} as a JSON number");
        if (!reader.TryGetInt64(out var value))
        {
            throw new JsonException($"{what} must be an integer in the range of Int64.");
        }

        return value;
    }

    /// <summary>Reads the current token as a 32-bit integer.</summary>
    public static int GetInt32(ref Utf8JsonReader reader, string what)
    {
        Expect(ref reader, JsonTokenType.Number, $"{what} as a JSON number");
        if (!reader.TryGetInt32(out var value))
        {
            throw new JsonException($"{what} must be an integer in the range of Int32.");
        }

        return value;
    }

    /// <summary>Reads the current token as a decimal; 1e400 and the like are rejected.</summary>
    public static decimal GetDecimal(ref Utf8JsonReader reader, string what)
    {
        Expect(ref reader, JsonTokenType.Number, $"{what} as a JSON number");
        if (!reader.TryGetDecimal(out var value))
        {
            throw new JsonException($"{what} is out of the range of a decimal number.");
        }

        return value;
    }

    /// <summary>Reads the current token as a boolean.</summary>
    public static bool GetBoolean(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
        {
            throw new JsonException($"Expected {what} as true or false but found {Describe(reader.TokenType)}.");
        }

        return reader.GetBoolean();
    }

    /// <summary>Advances to the next token; truncated input becomes a <see cref="JsonException"/>.</summary>
    public static void Read(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("Unexpected end of JSON input.");
        }
    }

    /// <summary>
    /// Reads an array whose elements are read by <paramref name="readElement"/>, starting on the
    /// <see cref="JsonTokenType.StartArray"/> token and ending on the matching end token.
    /// </summary>
    public static List<T> ReadArray<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, string what, ElementReader<T> readElement)
    {
        Expect(ref reader, JsonTokenType.StartArray, $"{what} as a JSON array");
        var list = new List<T>();
        while (true)
        {
            Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return list;
            }

            try
            {
                list.Add(readElement(ref reader, options));
            }
            catch (JsonException e)
            {
                throw Nest(e, "[" + list.Count.ToString(CultureInfo.InvariantCulture) + "]");
            }
        }
    }

    /// <summary>Reads one element of an array.</summary>
    public delegate T ElementReader<out T>(ref Utf8JsonReader reader, JsonSerializerOptions options);

    /// <summary>The key under which a nested error keeps its path relative to where the converter started.</summary>
    public const string RelativePathKey = "HospitalDomain.RelativePath";

    /// <summary>The key under which a nested error keeps its message without the path.</summary>
    public const string ReasonKey = "HospitalDomain.Reason";

    /// <summary>
    /// Re-throws an error met inside a property or array element with the relative path prefixed,
    /// so that "At .designations[0].year: …" names the field even where System.Text.Json's own
    /// <see cref="JsonException.Path"/> stops at the start of a custom converter.
    /// </summary>
    public static JsonException Nest(JsonException inner, string segment)
    {
        var relative = segment + (inner.Data[RelativePathKey] as string ?? string.Empty);
        var reason = inner.Data[ReasonKey] as string ?? inner.Message;
        var nested = new JsonException($"At {relative}: {reason}", inner.InnerException ?? inner);
        nested.Data[RelativePathKey] = relative;
        nested.Data[ReasonKey] = reason;
        return nested;
    }

    /// <summary>The error for a property that the type does not have.</summary>
    public static JsonException UnknownProperty(string typeName, string propertyName) =>
        new($"Unknown property '{propertyName}' for {typeName}.");

    /// <summary>The error for a required property that is absent.</summary>
    public static JsonException MissingProperty(string typeName, string propertyName) =>
        new($"Missing required property '{propertyName}' for {typeName}.");

    /// <summary>Wraps a validation failure of the domain type into a <see cref="JsonException"/>.</summary>
    public static JsonException Invalid(string typeName, Exception inner) =>
        new($"Invalid {typeName}: {inner.Message}", inner);

    /// <summary>Wraps a parse failure of a text form into a <see cref="JsonException"/>.</summary>
    public static JsonException InvalidText(string typeName, string text, string reason) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Invalid {typeName} '{text}': {reason}"));

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
