using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HospitalDomain.Serialization;

/// <summary>
/// The loop shared by the converters of compound types: reads a JSON object property by property,
/// handing each value to a callback, and turns a domain validation failure of the finished value
/// into a <see cref="JsonException"/>.
/// </summary>
internal static class JsonObjectReading
{
    /// <summary>Reads the value of one property; unknown names must throw <see cref="JsonReading.UnknownProperty"/>.</summary>
    public delegate void PropertyReader(ref Utf8JsonReader reader, string name);

    /// <summary>Reads the object the reader is on, calling <paramref name="readProperty"/> with the reader on each value.</summary>
    public static void ReadObject(ref Utf8JsonReader reader, string typeName, PropertyReader readProperty)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, $"{Article(typeName)} {typeName} as a JSON object");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            JsonReading.Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return;
            }

            var name = reader.GetString()!;
            if (!seen.Add(name))
            {
                throw new JsonException($"Duplicate property '{name}' for {typeName}.");
            }

            JsonReading.Read(ref reader);
            try
            {
                readProperty(ref reader, name);
            }
            catch (JsonException e)
            {
                throw JsonReading.Nest(e, "." + name);
            }
        }
    }

    /// <summary>Builds the value, turning a validation failure into a <see cref="JsonException"/> that names the type.</summary>
    public static T Create<T>(string typeName, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            throw JsonReading.Invalid(typeName, e);
        }
    }

    /// <summary>Reads a string, or null for a JSON null.</summary>
    public static string? GetNullableString(ref Utf8JsonReader reader, string what) =>
        reader.TokenType == JsonTokenType.Null ? null : JsonReading.GetString(ref reader, what);

    /// <summary>Reads an integer, or null for a JSON null.</summary>
    public static int? GetNullableInt32(ref Utf8JsonReader reader, string what) =>
        reader.TokenType == JsonTokenType.Null ? null : JsonReading.GetInt32(ref reader, what);

    /// <summary>Reads an array of strings.</summary>
    public static ImmutableArray<string> GetStringArray(ref Utf8JsonReader reader, JsonSerializerOptions options, string what) =>
        [.. JsonReading.ReadArray(ref reader, options, what, (ref Utf8JsonReader r, JsonSerializerOptions _) => JsonReading.GetString(ref r, what))];

    /// <summary>Reads an array whose elements are read by <paramref name="readElement"/>.</summary>
    public static ImmutableArray<T> GetArray<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, string what, JsonReading.ElementReader<T> readElement) =>
        [.. JsonReading.ReadArray(ref reader, options, what, readElement)];

    /// <summary>Reads an enumeration value by its camelCase name.</summary>
    public static TEnum GetEnum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(ref Utf8JsonReader reader, string what)
        where TEnum : struct, Enum
    {
        JsonReading.Expect(ref reader, JsonTokenType.String, $"{what} as a JSON string");
        var text = reader.GetString()!;
        return EnumNames<TEnum>.TryParse(text, out var value)
            ? value
            : throw new JsonException($"{what} '{text}' is not one of: {EnumNames<TEnum>.List}.");
    }

    /// <summary>Writes an enumeration value by its camelCase name.</summary>
    public static void WriteEnum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(Utf8JsonWriter writer, string propertyName, TEnum value)
        where TEnum : struct, Enum =>
        writer.WriteString(propertyName, EnumNames<TEnum>.NameOf(value));

    /// <summary>Writes a string array unless it is empty.</summary>
    public static void WriteStringArray(Utf8JsonWriter writer, string propertyName, ImmutableArray<string> values)
    {
        if (values.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(propertyName);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a string property unless the value is null.</summary>
    public static void WriteOptional(Utf8JsonWriter writer, string propertyName, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(propertyName, value);
        }
    }

    /// <summary>Writes an integer property unless the value is null.</summary>
    public static void WriteOptional(Utf8JsonWriter writer, string propertyName, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(propertyName, v);
        }
    }

    /// <summary>Returns a required reference value, or throws the missing-property error.</summary>
    public static T Required<T>(T? value, string typeName, string propertyName)
        where T : class =>
        value ?? throw JsonReading.MissingProperty(typeName, propertyName);

    /// <summary>Returns a required value, or throws the missing-property error.</summary>
    public static T Required<T>(T? value, string typeName, string propertyName)
        where T : struct =>
        value ?? throw JsonReading.MissingProperty(typeName, propertyName);

    /// <summary>Writes an array property with <paramref name="converter"/> unless it is empty.</summary>
    public static void WriteArray<T>(Utf8JsonWriter writer, string propertyName, ImmutableArray<T> items, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        if (items.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(propertyName);
        foreach (var item in items)
        {
            converter.Write(writer, item, options);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes an array of enumeration names unless it is empty.</summary>
    public static void WriteEnumArray<TEnum>(Utf8JsonWriter writer, string propertyName, ImmutableArray<TEnum> items)
        where TEnum : struct, Enum
    {
        if (items.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(propertyName);
        foreach (var item in items)
        {
            writer.WriteStringValue(JsonNamingPolicy.CamelCase.ConvertName(item.ToString()));
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes an object property with <paramref name="converter"/> unless it is null.</summary>
    public static void WriteOptional<T>(Utf8JsonWriter writer, string propertyName, T? value, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : class
    {
        if (value is not null)
        {
            writer.WritePropertyName(propertyName);
            converter.Write(writer, value, options);
        }
    }

    /// <summary>Writes a value property with <paramref name="converter"/> unless it is null.</summary>
    public static void WriteOptional<T>(Utf8JsonWriter writer, string propertyName, T? value, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : struct
    {
        if (value is { } v)
        {
            writer.WritePropertyName(propertyName);
            converter.Write(writer, v, options);
        }
    }

    /// <summary>Writes a property with <paramref name="converter"/>.</summary>
    public static void Write<T>(Utf8JsonWriter writer, string propertyName, T value, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        writer.WritePropertyName(propertyName);
        converter.Write(writer, value, options);
    }

    /// <summary>Writes a number property unless it is null.</summary>
    public static void WriteOptional(Utf8JsonWriter writer, string propertyName, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(propertyName, v);
        }
    }

    /// <summary>Writes a number property unless it is null.</summary>
    public static void WriteOptional(Utf8JsonWriter writer, string propertyName, long? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(propertyName, v);
        }
    }

    /// <summary>Writes an enumeration property unless it is null.</summary>
    public static void WriteOptionalEnum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(Utf8JsonWriter writer, string propertyName, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } v)
        {
            WriteEnum(writer, propertyName, v);
        }
    }

    /// <summary>Writes a date property with the ISO converter unless it is null.</summary>
    public static void WriteOptional(Utf8JsonWriter writer, string propertyName, NodaTime.LocalDate? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WritePropertyName(propertyName);
            LocalDateJsonConverter.Instance.Write(writer, v, options);
        }
    }

    private static string Article(string typeName) => typeName.Length > 0 && "AEIOU".Contains(typeName[0], StringComparison.Ordinal) ? "an" : "a";

    /// <summary>The camelCase names of an enumeration, as written; reading also accepts them in any case, never numbers.</summary>
    private static class EnumNames<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>
        where TEnum : struct, Enum
    {
        private static readonly (string Name, TEnum Value)[] Names = [.. Enum.GetValues<TEnum>().Select(v => (JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), v))];

        public static string List { get; } = string.Join(", ", Names.Select(n => n.Name));

        /// <summary>The name a value is written with; a value without a name (a combination of flags, say) as its camelCase text.</summary>
        public static string NameOf(TEnum value)
        {
            foreach (var (name, candidate) in Names)
            {
                if (EqualityComparer<TEnum>.Default.Equals(candidate, value))
                {
                    return name;
                }
            }

            return JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
        }

        public static bool TryParse(string text, out TEnum value)
        {
            foreach (var (name, candidate) in Names)
            {
                if (string.Equals(name, text, StringComparison.Ordinal))
                {
                    value = candidate;
                    return true;
                }
            }

            foreach (var (name, candidate) in Names)
            {
                if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
                {
                    value = candidate;
                    return true;
                }
            }

            value = default;
            return false;
        }
    }
}
