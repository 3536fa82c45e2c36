using System.Text.Encodings.Web;
using System.Text.Json;
using HospitalDomain.Serialization;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Serialization;

/// <summary>
/// docs/json.md shows the exact JSON of each public type in blocks opened with
/// <c>```json TypeName</c>. Each block must read as that type and write back to the same text,
/// so the documentation cannot drift from the code.
/// </summary>
public sealed class JsonDocumentationTests
{
    private static readonly JsonSerializerOptions DocumentationOptions = new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }.ConfigureForHospitalDomain();

    public static TheoryData<string> DocumentedTypes()
    {
        var data = new TheoryData<string>();
        foreach (var name in JsonExamples.All.Select(b => b.TypeName).Distinct())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedTypes))]
    public void Example_RoundTripsToTheSameText(string typeName)
    {
        var type = JsonExamples.TypeNamed(typeName);
        type.Should().NotBeNull($"docs/json.md documents a type named {typeName}");
        foreach (var json in JsonExamples.Of(typeName))
        {
            var value = JsonSerializer.Deserialize(json, type!, DocumentationOptions);
            value.Should().NotBeNull();
            JsonSerializer.Serialize(value, type!, DocumentationOptions).Should().Be(json);
        }
    }

    [Fact]
    public void EveryTypeInTheJsonContext_IsDocumented()
    {
        var documented = JsonExamples.All.Select(b => b.TypeName).ToHashSet(StringComparer.Ordinal);
        var domainTypes = typeof(HospitalDomainJsonContext).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(System.Text.Json.Serialization.JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!)
            .ToList();
        domainTypes.Should().NotBeEmpty();
        var missing = domainTypes
            .Where(t => t.Assembly == typeof(HospitalDomainJsonOptions).Assembly && !t.IsEnum)
            .Select(t => t.Name)
            .Where(n => !documented.Contains(n))
            .ToList();
        missing.Should().BeEmpty("every library type the JSON context serializes has an example in docs/json.md");
    }
}
