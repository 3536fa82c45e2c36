using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace HospitalDomain;

/// <summary>Reads the catalogues embedded in the assembly under Data/ (see the project file).</summary>
internal static class EmbeddedData
{
    /// <summary>Deserializes the embedded resource Data/<paramref name="fileName"/> with the source-generated metadata.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing or does not deserialize; this is a packaging defect.</exception>
    public static T Load<T>(string fileName, JsonTypeInfo<T> typeInfo)
    {
        var name = "HospitalDomain.Data." + fileName;
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded catalogue '{name}' is missing from the assembly.");
        try
        {
            return JsonSerializer.Deserialize(stream, typeInfo)
                ?? throw new InvalidOperationException($"The embedded catalogue '{name}' is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The embedded catalogue '{name}' is invalid: {e.Message}", e);
        }
    }
}
