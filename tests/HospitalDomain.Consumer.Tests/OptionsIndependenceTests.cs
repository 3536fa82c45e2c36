using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Organizations;
using HospitalDomain.Serialization;

namespace HospitalDomain.Consumer.Tests;

/// <summary>
/// The library's types keep their shape under the consumer's options: a naming policy renames the
/// consumer's own members and keys, never the library's; indentation changes only white space;
/// number handling, ignore conditions, reference handling, case-insensitive reading and a string
/// enumeration converter leave the library's JSON as it is.
/// </summary>
public sealed class OptionsIndependenceTests
{
    private static readonly Dictionary<string, Func<JsonSerializerOptions>> OptionVariants = new()
    {
        ["camelCase names"] = () => new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase },
        ["KEBAB-CASE names and keys, indented"] = () => new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.KebabCaseUpper,
            DictionaryKeyPolicy = JsonNamingPolicy.KebabCaseUpper,
            WriteIndented = true,
            IndentCharacter = '\t',
            IndentSize = 1,
        },
        ["numbers as strings"] = () => new JsonSerializerOptions { NumberHandling = JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString },
        ["defaults ignored when writing"] = () => new JsonSerializerOptions { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault },
        ["strict reading"] = () => new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
        },
        ["fields included, read-only properties ignored"] = () => new JsonSerializerOptions { IncludeFields = true, IgnoreReadOnlyProperties = true },
        ["cycles ignored"] = () => new JsonSerializerOptions { ReferenceHandler = ReferenceHandler.IgnoreCycles },
        ["string enumeration converter"] = () => new JsonSerializerOptions { Converters = { new JsonStringEnumConverter() } },
        ["comments and trailing commas allowed"] = () => new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true },
    };

    public static TheoryData<string> Variants() => new(OptionVariants.Keys);

    public static TheoryData<string> Shapes() => new(ConsumerShape.Names);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Serialize_SnakeCaseAndIndentation_RenameOnlyTheConsumersMembers(string shape)
    {
        var consumerShape = ConsumerShape.Named(shape);
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true }.ConfigureForHospitalDomain();

        var json = consumerShape.Serialize(options);

        json.Should().Contain("\n  ", "the options indent");
        ConsumerShape.Minify(json).Should().Be(consumerShape.ExpectedJson(JsonNamingPolicy.SnakeCaseLower));
        consumerShape.ReadBackShouldEqual(json, options);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Serialize_SnakeCaseNamesAndKeysWithoutIndentation_WriteTheLibrarysPartsToTheLetter(string shape)
    {
        // The key policy renames the consumer's dictionary keys, never the metric codes of a MetricSet's "values".
        var consumerShape = ConsumerShape.Named(shape);
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower };

        var json = consumerShape.Serialize(options.ConfigureForHospitalDomain());

        json.Should().Be(consumerShape.ExpectedJson(JsonNamingPolicy.SnakeCaseLower, JsonNamingPolicy.SnakeCaseLower));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Serialize_UnderOptionsOfAnyKind_WritesTheLibrarysOwnJsonAndReadsBack(string variant)
    {
        var options = OptionVariants[variant]().ConfigureForHospitalDomain();
        var ward = Samples.CardiologyWard;

        var json = JsonSerializer.Serialize(ward, options);

        using var document = JsonDocument.Parse(json);
        var properties = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => ConsumerShape.Minify(p.Value.GetRawText()));
        properties[Named(options, nameof(Ward.Hospital))].Should().Be(ConsumerShape.Alone(ward.Hospital));
        properties[Named(options, nameof(Ward.Figures))].Should().Be(ConsumerShape.Alone(ward.Figures!));
        ConsumerShape.Minify(JsonSerializer.Serialize(ward.Hospital, options)).Should().Be(ConsumerShape.Alone(ward.Hospital));
        JsonSerializer.Deserialize<Ward>(json, options).Should().Be(ward);
    }

    [Fact]
    public void Deserialize_WithCommentsAndTrailingCommasAllowed_ReadsTheLibrarysTypesToo()
    {
        var options = OptionVariants["comments and trailing commas allowed"]().ConfigureForHospitalDomain();
        const string Json = """
            {
              // the library's own object, with the reader's leniency
              "name": "新城分院",
              "status": "underConstruction", /* a comment after a value */
            }
            """;

        JsonSerializer.Deserialize<Campus>(Json, options).Should().Be(new Campus("新城分院", status: CampusStatus.UnderConstruction));
    }

    [Fact]
    public void Deserialize_UnderCaseInsensitiveOptions_StillRejectsALibraryPropertyInAnotherCase()
    {
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true }.ConfigureForHospitalDomain();

        var act = () => JsonSerializer.Deserialize<Hospital>("""{"Name":"徐州市中心医院"}""", options);

        act.Should().ThrowExactly<JsonException>().WithMessage("At .Name: Unknown property 'Name' for Hospital.");
    }

    private static string Named(JsonSerializerOptions options, string name) => options.PropertyNamingPolicy?.ConvertName(name) ?? name;
}
