using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace HospitalDomain.Serialization;

/// <summary>
/// Sets up <see cref="JsonSerializerOptions"/> for the library's types.
/// </summary>
/// <remarks>
/// The library's types carry their converter as an attribute, so they serialize the same way with
/// any options, this call or not. It adds what attributes cannot: the ISO converter for the NodaTime
/// <c>LocalDate</c>s of your own types, and the source-generated metadata of
/// <see cref="HospitalDomainJsonContext"/>, combined with the resolvers the options already have (your
/// own source-generated contexts) or, where reflection is enabled and none is set, with the default
/// reflection-based resolver, so that your own types and collections (<c>List&lt;Hospital&gt;</c>,
/// <c>Dictionary&lt;string, MetricSet&gt;</c>, a record holding a <c>Hospital</c>) keep working.
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
        if (options.IsReadOnly)
        {
            throw new InvalidOperationException("The options are already in use and read-only; configure them before their first use.");
        }

        if (!options.Converters.Contains(LocalDateJsonConverter.Instance))
        {
            options.Converters.Add(LocalDateJsonConverter.Instance);
        }

        if (!options.TypeInfoResolverChain.Contains(HospitalDomainJsonContext.Default))
        {
            if (options.TypeInfoResolverChain.Count == 0 && JsonSerializer.IsReflectionEnabledByDefault)
            {
                // With nothing configured, System.Text.Json would have used reflection; keep that for the caller's own types.
#pragma warning disable IL2026, IL3050 // Reached only where reflection-based serialization is enabled, as it would have been without this call.
                options.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver());
#pragma warning restore IL2026, IL3050
            }

            options.TypeInfoResolverChain.Insert(0, HospitalDomainJsonContext.Default);
        }

        return options;
    }
}
