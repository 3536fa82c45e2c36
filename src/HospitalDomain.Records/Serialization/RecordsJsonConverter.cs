using System.Text.Json;
using System.Text.Json.Serialization;

namespace HospitalDomain.Records.Serialization;

/// <summary>
/// The JSON converter of the HospitalDomain.Records types (<see cref="IngestResult"/>,
/// <see cref="Reconciliation"/>, <see cref="RecordRejection"/>, <see cref="DrgTotals"/>): each type
/// names it in its <see cref="JsonConverterAttribute"/>, so it serializes the same way under any
/// <see cref="JsonSerializerOptions"/> and in your own source-generated contexts.
/// </summary>
/// <remarks>The shapes are those of docs/records.md. The converters it returns are generated, shared, stateless and thread-safe.</remarks>
public sealed partial class RecordsJsonConverter : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) => Find(typeToConvert) is not null;

    /// <inheritdoc />
    /// <exception cref="NotSupportedException"><paramref name="typeToConvert"/> is not a HospitalDomain.Records type.</exception>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        Find(typeToConvert) ?? throw new NotSupportedException($"{typeToConvert} is not a HospitalDomain.Records type with a JSON contract.");

    /// <summary>The converter of <paramref name="type"/>, or null; generated from the types that name this factory.</summary>
    private static partial JsonConverter? Find(Type type);
}
