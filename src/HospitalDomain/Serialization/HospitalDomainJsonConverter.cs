using System.Text.Json;
using System.Text.Json.Serialization;

namespace HospitalDomain.Serialization;

/// <summary>
/// The JSON converter of every HospitalDomain type: each type names it in its
/// <see cref="JsonConverterAttribute"/>, so the library's types serialize the same way under any
/// <see cref="JsonSerializerOptions"/>, in reflection-based serialization and in your own
/// source-generated <see cref="JsonSerializerContext"/>s alike.
/// </summary>
/// <remarks>
/// The shapes are those of docs/json.md. The factory creates no state: the converters it returns
/// are shared, stateless and thread-safe. You do not need to add it to
/// <see cref="JsonSerializerOptions.Converters"/>; the attributes already apply it.
/// </remarks>
public sealed partial class HospitalDomainJsonConverter : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) => Find(typeToConvert) is not null;

    /// <inheritdoc />
    /// <exception cref="NotSupportedException"><paramref name="typeToConvert"/> is not a HospitalDomain type.</exception>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        Find(typeToConvert) ?? throw new NotSupportedException($"{typeToConvert} is not a HospitalDomain type with a JSON contract.");

    /// <summary>The converter of <paramref name="type"/>, or null; generated from the types that name this factory.</summary>
    private static partial JsonConverter? Find(Type type);
}
