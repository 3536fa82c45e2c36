using System.Text.Json.Serialization;
using HospitalDomain.Organizations;

namespace HospitalDomain.Serialization;

/// <summary>
/// Source-generated metadata for the internal shapes of the embedded catalogue files under Data/.
/// Unknown properties are rejected so that a misspelt name in a data file fails the tests.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(HospitalCategoryTable))]
[JsonSerializable(typeof(HospitalDomain.Indicators.IndicatorDefinitionFile))]
internal sealed partial class CatalogueJsonContext : JsonSerializerContext
{
}
