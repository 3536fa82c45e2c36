using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace HospitalDomain.Serialization;

/// <summary>
/// Sets up <see cref="JsonSerializerOptions"/> for the library's types.
/// </summary>
/// <remarks>
/// The value types and entities of the library carry their converters as attributes, so they
/// serialize the same way with any options. This method adds what attributes cannot: the
/// converters for the NodaTime types the library uses, and the source-generated metadata of
/// <see cref="HospitalDomainJsonContext"/> so that serialization works under trimming and native AOT.
/// </remarks>
public static class HospitalDomainJsonOptions
{
    /// <summary>
    /// Configures <paramref name="options"/> for HospitalDomain types and returns the same instance.
    /// </summary>
    /// <param name="options">The options to configure; must not be read-only yet.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is already in use (read-only).</exception>
    public static JsonSerializerOptions ConfigureForHospitalDomain(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Converters.Contains(LocalDateJsonConverter.Instance))
        {
            options.Converters.Add(LocalDateJsonConverter.Instance);
        }

        options.TypeInfoResolver = options.TypeInfoResolver is null
            ? HospitalDomainJsonContext.Default
            : JsonTypeInfoResolver.Combine(options.TypeInfoResolver, HospitalDomainJsonContext.Default);
        return options;
    }
}
