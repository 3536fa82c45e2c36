using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace HospitalDomain;

/// <summary>
/// Reads the library's own types from JSON by the contract each type states in its
/// <see cref="JsonConverterAttribute"/>: the one internal loader of the embedded catalogues and of the
/// public <c>Load</c> methods. It knows System.Text.Json only, not how the converters are made.
/// </summary>
internal static class JsonContract
{
    /// <summary>Reads <paramref name="json"/> as a <typeparamref name="T"/>.</summary>
    /// <exception cref="JsonException">The JSON is malformed, null, or not a valid <typeparamref name="T"/>; the message and path say where.</exception>
    public static T Read<T>(string json)
        where T : class =>
        JsonSerializer.Deserialize(json, Contract<T>.TypeInfo) ?? throw new JsonException($"Expected {typeof(T).Name} as a JSON object but found null.");

    /// <summary>Reads the catalogue embedded in the assembly under Data/<paramref name="fileName"/>.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing or does not read; this is a packaging defect.</exception>
    public static T ReadEmbedded<T>(string fileName)
        where T : class
    {
        var name = "HospitalDomain.Data." + fileName;
        using var stream = typeof(JsonContract).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded catalogue '{name}' is missing from the assembly.");
        try
        {
            return JsonSerializer.Deserialize(stream, Contract<T>.TypeInfo)
                ?? throw new InvalidOperationException($"The embedded catalogue '{name}' is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The embedded catalogue '{name}' is invalid: {e.Message} (path {e.Path}, line {e.LineNumber + 1})", e);
        }
    }

    /// <summary>The metadata of one type, made once from the converter its attribute names.</summary>
    private static class Contract<T>
    {
        public static readonly JsonTypeInfo<T> TypeInfo = Create();

        private static JsonTypeInfo<T> Create()
        {
            var attribute = typeof(T).GetCustomAttribute<JsonConverterAttribute>()
                ?? throw new InvalidOperationException($"{typeof(T)} states no JSON contract.");
            var options = new JsonSerializerOptions { TypeInfoResolver = new Resolver(Converter(attribute)) };
            return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        }

        private static JsonConverter<T> Converter(JsonConverterAttribute attribute)
        {
            var converter = (JsonConverter)Activator.CreateInstance(ConverterType(attribute))!;
            var options = new JsonSerializerOptions();
            return (JsonConverter<T>)(converter is JsonConverterFactory factory ? factory.CreateConverter(typeof(T), options)! : converter);
        }

        [return: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)]
        private static Type ConverterType(JsonConverterAttribute attribute) =>
            attribute.ConverterType ?? throw new InvalidOperationException($"{typeof(T)} names no converter type.");

        private sealed class Resolver(JsonConverter<T> converter) : IJsonTypeInfoResolver
        {
            public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
                type == typeof(T) ? JsonMetadataServices.CreateValueInfo<T>(options, converter) : null;
        }
    }
}
