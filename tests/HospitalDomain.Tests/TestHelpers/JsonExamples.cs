using System.Text.RegularExpressions;
using HospitalDomain.Serialization;

namespace HospitalDomain.Tests.TestHelpers;

/// <summary>
/// The JSON examples of docs/json.md: the blocks opened with <c>```json TypeName</c>, each the exact
/// JSON of one public type (indented, Chinese unescaped).
/// </summary>
public static partial class JsonExamples
{
    /// <summary>Every example, in the order of the document.</summary>
    public static IReadOnlyList<JsonExample> All { get; } = Read();

    /// <summary>The examples of the type named <paramref name="typeName"/>, in the order of the document.</summary>
    public static IReadOnlyList<string> Of(string typeName) =>
        All.Where(e => e.TypeName == typeName).Select(e => e.Json).ToList();

    /// <summary>The public type of the library named <paramref name="typeName"/> (no namespace), or null.</summary>
    public static Type? TypeNamed(string typeName) =>
        typeof(HospitalDomainJsonOptions).Assembly.GetExportedTypes().SingleOrDefault(t => t.Name == typeName);

    private static List<JsonExample> Read()
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf("docs/json.md")).ReplaceLineEndings("\n");
        return BlockPattern().Matches(text).Select(m => new JsonExample(m.Groups["type"].Value, m.Groups["json"].Value)).ToList();
    }

    [GeneratedRegex(@"^```json (?<type>[A-Za-z][A-Za-z0-9]*)\n(?<json>.*?)\n```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex BlockPattern();
}

/// <summary>One example of docs/json.md.</summary>
/// <param name="TypeName">The name of the type, as the block names it.</param>
/// <param name="Json">The JSON text, with '\n' line ends.</param>
public sealed record JsonExample(string TypeName, string Json);
