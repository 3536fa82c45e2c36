using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using HospitalDomain.Serialization;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Serialization;

/// <summary>
/// docs/json.md shows the exact JSON of each public type in blocks opened with
/// <c>```json TypeName</c>. Each block must read as that type and write back to the same text,
/// so the documentation cannot drift from the code.
/// </summary>
public sealed partial class JsonDocumentationTests
{
    private static readonly JsonSerializerOptions DocumentationOptions = new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }.ConfigureForHospitalDomain();

    public static TheoryData<string> DocumentedTypes()
    {
        var data = new TheoryData<string>();
        foreach (var name in Blocks().Select(b => b.TypeName).Distinct())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedTypes))]
    public void Example_RoundTripsToTheSameText(string typeName)
    {
        var type = typeof(HospitalDomainJsonOptions).Assembly.GetExportedTypes().SingleOrDefault(t => t.Name == typeName);
        type.Should().NotBeNull($"docs/json.md documents a type named {typeName}");
        foreach (var block in Blocks().Where(b => b.TypeName == typeName))
        {
            var value = JsonSerializer.Deserialize(block.Json, type!, DocumentationOptions);
            value.Should().NotBeNull();
            JsonSerializer.Serialize(value, type!, DocumentationOptions).Should().Be(block.Json);
        }
    }

    [Fact]
    public void EveryTypeInTheJsonContext_IsDocumented()
    {
        var documented = Blocks().Select(b => b.TypeName).ToHashSet(StringComparer.Ordinal);
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

    private static IEnumerable<(string TypeName, string Json)> Blocks()
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf("docs/json.md")).ReplaceLineEndings("\n");
        foreach (Match match in BlockPattern().Matches(text))
        {
            yield return (match.Groups["type"].Value, match.Groups["json"].Value);
        }
    }

    [GeneratedRegex(@"^```json (?<type>[A-Za-z][A-Za-z0-9]*)\n(?<json>.*?)\n```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex BlockPattern();
}
