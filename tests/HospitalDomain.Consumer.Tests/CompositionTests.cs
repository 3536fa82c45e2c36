using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HospitalDomain.Organizations;
using HospitalDomain.Serialization;

namespace HospitalDomain.Consumer.Tests;

/// <summary>
/// The library's types inside the consumer's own collections and records, under every way a
/// consumer sets up System.Text.Json: the library's options alone, plain reflection, the consumer's
/// own source-generated context alone (as an AOT application) or combined with the library's
/// options. Each writes the library's parts exactly as the library writes them alone, and reads
/// back an equal value.
/// </summary>
public sealed class CompositionTests
{
    private static readonly Dictionary<string, Func<JsonSerializerOptions>> Configurations = new()
    {
        ["ConfigureForHospitalDomain"] = () => new JsonSerializerOptions().ConfigureForHospitalDomain(),

        // Nothing of the library's: its converter attributes alone; the consumer brings a converter for its own dates.
        ["reflection, unconfigured"] = () => new JsonSerializerOptions { Converters = { new IsoLocalDateConverter() } },
        ["consumer context alone"] = () => ConsumerJsonContext.Default.Options,
        ["consumer context as TypeInfoResolver, then ConfigureForHospitalDomain"] = () =>
            new JsonSerializerOptions { TypeInfoResolver = ConsumerJsonContext.Default }.ConfigureForHospitalDomain(),
        ["consumer context in TypeInfoResolverChain, then ConfigureForHospitalDomain"] = () =>
        {
            var options = new JsonSerializerOptions();
            options.TypeInfoResolverChain.Add(ConsumerJsonContext.Default);
            return options.ConfigureForHospitalDomain();
        },
        ["ConfigureForHospitalDomain, then consumer context added to TypeInfoResolverChain"] = () =>
        {
            var options = new JsonSerializerOptions().ConfigureForHospitalDomain();
            options.TypeInfoResolverChain.Add(ConsumerJsonContext.Default);
            return options;
        },
    };

    public static TheoryData<string, string> ConfigurationsAndShapes()
    {
        var data = new TheoryData<string, string>();
        foreach (var configuration in Configurations.Keys)
        {
            foreach (var shape in ConsumerShape.Names)
            {
                data.Add(configuration, shape);
            }
        }

        return data;
    }

    public static TheoryData<string> Shapes() => new(ConsumerShape.Names);

    [Theory]
    [MemberData(nameof(ConfigurationsAndShapes))]
    public void Serialize_UnderConfiguration_WritesTheLibrarysPartsAsTheLibraryWritesThemAlone(string configuration, string shape)
    {
        var consumerShape = ConsumerShape.Named(shape);

        var json = consumerShape.Serialize(Configurations[configuration]());

        json.Should().Be(consumerShape.ExpectedJson());
    }

    [Theory]
    [MemberData(nameof(ConfigurationsAndShapes))]
    public void Deserialize_UnderConfiguration_ReadsBackAnEqualValue(string configuration, string shape)
    {
        var consumerShape = ConsumerShape.Named(shape);

        consumerShape.ReadBackShouldEqual(consumerShape.ExpectedJson(), Configurations[configuration]());
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Serialize_WithTheConsumerContextsMetadataAsAnAotApplication_WritesTheLibrarysJsonAndReadsItBack(string shape)
    {
        var consumerShape = ConsumerShape.Named(shape);

        var json = consumerShape.SerializeWithContextMetadata();

        json.Should().Be(consumerShape.ExpectedJson());
        consumerShape.ReadBackWithContextMetadataShouldEqual(json);
    }

    [Fact]
    public void Serialize_ConsumerContextAloneWithATypeItDoesNotDeclare_ThrowsNotSupportedRatherThanReflecting()
    {
        // Proves that "consumer context alone" above used no reflection: what the context lacks fails.
        var act = () => JsonSerializer.Serialize(new[] { Samples.Hebei }, ConsumerJsonContext.Default.Options);

        act.Should().Throw<NotSupportedException>().WithMessage("*Hospital[]*");
    }

    [Fact]
    public void ConfigureForHospitalDomain_OnEmptyOptions_PutsTheLibraryContextFirstAndKeepsReflectionForTheRest()
    {
        var options = new JsonSerializerOptions().ConfigureForHospitalDomain();

        options.TypeInfoResolverChain.Should().HaveCount(2);
        options.TypeInfoResolverChain[0].Should().BeSameAs(HospitalDomainJsonContext.Default);
        options.TypeInfoResolverChain[1].Should().BeOfType<DefaultJsonTypeInfoResolver>();
    }

    [Theory]
    [InlineData("consumer context as TypeInfoResolver, then ConfigureForHospitalDomain")]
    [InlineData("consumer context in TypeInfoResolverChain, then ConfigureForHospitalDomain")]
    public void ConfigureForHospitalDomain_AfterTheConsumersContext_AddsTheLibraryContextAndNoReflection(string configuration)
    {
        var options = Configurations[configuration]();

        options.TypeInfoResolverChain.Should().Equal(HospitalDomainJsonContext.Default, ConsumerJsonContext.Default);
    }
}
