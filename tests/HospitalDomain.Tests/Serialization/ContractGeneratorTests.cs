using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using HospitalDomain.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HospitalDomain.Tests.Serialization;

/// <summary>
/// The contract generator run on sources of the tests' own, for what the library's types do not
/// show: <c>[JsonExtensionData]</c> on a type that is no document, with values other than numbers and
/// members after it, and the build errors for its misuse.
/// </summary>
public sealed class ContractGeneratorTests
{
    private const string Factory = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Text.Json;
        using System.Text.Json.Serialization;

        namespace Probe;

        public sealed partial class ProbeConverter : JsonConverterFactory
        {
            public override bool CanConvert(Type typeToConvert) => Find(typeToConvert) is not null;

            public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) => Find(typeToConvert);

            private static partial JsonConverter? Find(Type type);
        }

        """;

    private const string Tagged = Factory + """
        [JsonConverter(typeof(ProbeConverter))]
        public sealed record Tagged(string Name, [property: JsonExtensionData] ImmutableArray<KeyValuePair<string, string>> Tags, int Rank = 0);
        """;

    [Fact]
    public void ExtensionData_OfStrings_BetweenOtherMembers_ReadsTheRestAndWritesInMemberOrder()
    {
        var type = Compile(Tagged).GetType("Probe.Tagged")!;

        var value = JsonSerializer.Deserialize("""{"rank":2,"colour":"red","name":"n","size":"L"}""", type)!;

        type.GetProperty("Tags")!.GetValue(value).Should().BeEquivalentTo(
            ImmutableArray.Create(KeyValuePair.Create("colour", "red"), KeyValuePair.Create("size", "L")), o => o.WithStrictOrdering());
        JsonSerializer.Serialize(value, type).Should().Be("""{"name":"n","colour":"red","size":"L","rank":2}""");
        JsonSerializer.Serialize(JsonSerializer.Deserialize("""{"name":"n"}""", type), type).Should().Be("""{"name":"n"}""");
    }

    [Theory]
    [InlineData("""{"colour":"red"}""", "Missing required property 'name' for Tagged.")]
    [InlineData("""{"name":"n","colour":"red","colour":"blue"}""", "Duplicate property 'colour' for Tagged.")]
    [InlineData("""{"name":"n","colour":3}""", "At .colour: Expected colour as a JSON string but found a number.")]
    [InlineData("""{"name":"n","rank":"2"}""", "At .rank: Expected rank as a JSON number but found a string.")]
    [InlineData("""{"name":"n","rank":1,"rank":2}""", "Duplicate property 'rank' for Tagged.")]
    public void ExtensionData_Errors_AreThoseOfAnyProperty(string json, string expected)
    {
        var type = Compile(Tagged).GetType("Probe.Tagged")!;

        FluentActions.Invoking(() => JsonSerializer.Deserialize(json, type)).Should().ThrowExactly<JsonException>().Which.Message.Should().Be(expected);
    }

    [Theory]
    [InlineData("[property: JsonExtensionData] string Tags", "HDG009", "Tagged.Tags: [JsonExtensionData] needs a map of names to values, ImmutableArray<KeyValuePair<string, T>>.")]
    [InlineData("[property: JsonExtensionData] ImmutableArray<string> Tags", "HDG009", "Tagged.Tags: [JsonExtensionData] needs a map of names to values, ImmutableArray<KeyValuePair<string, T>>.")]
    [InlineData("[property: JsonExtensionData] ImmutableArray<KeyValuePair<string, int>> Tags, [property: JsonExtensionData] ImmutableArray<KeyValuePair<string, int>> Marks",
        "HDG010", "Tagged has more than one [JsonExtensionData] member; the properties no other member names can go into one only.")]
    public void ExtensionData_Misused_IsABuildError(string members, string id, string message)
    {
        var source = Factory + $$"""
            [JsonConverter(typeof(ProbeConverter))]
            public sealed record Tagged(string Name, {{members}});
            """;

        var diagnostics = Run(source, out _);

        diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Id == id && d.GetMessage() == message && d.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>The generator's diagnostics on <paramref name="source"/>, and the compilation with what it generated.</summary>
    private static ImmutableArray<Diagnostic> Run(string source, out Compilation output)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "Probe" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(new ContractGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out output, out var diagnostics);
        return diagnostics;
    }

    /// <summary>Runs the generator on <paramref name="source"/>, compiles the result without errors or warnings, and loads it.</summary>
    private static Assembly Compile(string source)
    {
        Run(source, out var output).Should().BeEmpty();
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Should().BeEmpty();
        emitted.Success.Should().BeTrue();
        image.Position = 0;
        return new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(image);
    }
}
