using System.Text.Json;
using HospitalDomain.Serialization;

namespace HospitalDomain.Consumer.Tests;

/// <summary><see cref="HospitalDomainJsonOptions.ConfigureForHospitalDomain"/> is idempotent and respects read-only options.</summary>
public sealed class ConfigureForHospitalDomainTests
{
    private static readonly Dictionary<string, Func<JsonSerializerOptions>> ReadOnlyOptions = new()
    {
        ["JsonSerializerOptions.Default"] = () => JsonSerializerOptions.Default,
        ["options already used"] = () =>
        {
            var options = new JsonSerializerOptions();
            JsonSerializer.Serialize(1, options);
            return options;
        },
        ["options made read-only"] = () =>
        {
            var options = new JsonSerializerOptions { TypeInfoResolver = ConsumerJsonContext.Default };
            options.MakeReadOnly();
            return options;
        },
        ["a context's own options"] = () => ConsumerJsonContext.Default.Options,
    };

    public static TheoryData<string> ReadOnlyKinds() => new(ReadOnlyOptions.Keys);

    [Fact]
    public void ConfigureForHospitalDomain_CalledTwice_AddsNothingTheSecondTime()
    {
        var once = new JsonSerializerOptions().ConfigureForHospitalDomain();
        var converters = once.Converters.ToList();
        var resolvers = once.TypeInfoResolverChain.ToList();

        var twice = once.ConfigureForHospitalDomain();

        twice.Should().BeSameAs(once);
        twice.Converters.Should().Equal(converters);
        twice.TypeInfoResolverChain.Should().Equal(resolvers);
        ConsumerShape.Named("Ward").Serialize(twice).Should().Be(ConsumerShape.Named("Ward").ExpectedJson());
    }

    [Fact]
    public void ConfigureForHospitalDomain_OnACopyOfConfiguredOptions_AddsNothing()
    {
        var original = new JsonSerializerOptions().ConfigureForHospitalDomain();

        var copy = new JsonSerializerOptions(original).ConfigureForHospitalDomain();

        copy.Converters.Should().Equal(original.Converters);
        copy.TypeInfoResolverChain.Should().Equal(original.TypeInfoResolverChain);
    }

    [Fact]
    public void ConfigureForHospitalDomain_AfterTheConsumersContext_CalledTwice_AddsNothingTheSecondTime()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = ConsumerJsonContext.Default }.ConfigureForHospitalDomain();

        options.ConfigureForHospitalDomain();

        options.TypeInfoResolverChain.Should().Equal(HospitalDomainJsonContext.Default, ConsumerJsonContext.Default);
        options.Converters.Should().ContainSingle();
    }

    [Theory]
    [MemberData(nameof(ReadOnlyKinds))]
    public void ConfigureForHospitalDomain_OnReadOnlyOptions_ThrowsInvalidOperationException(string kind)
    {
        var options = ReadOnlyOptions[kind]();

        var act = () => options.ConfigureForHospitalDomain();

        act.Should().ThrowExactly<InvalidOperationException>();
    }

    [Fact]
    public void ConfigureForHospitalDomain_OnConfiguredOptionsAlreadyInUse_ThrowsInvalidOperationException()
    {
        var options = new JsonSerializerOptions().ConfigureForHospitalDomain();
        JsonSerializer.Serialize(Samples.Hebei, options);

        var act = () => options.ConfigureForHospitalDomain();

        act.Should().ThrowExactly<InvalidOperationException>();
    }

    [Fact]
    public void ConfigureForHospitalDomain_Null_ThrowsArgumentNullException()
    {
        var act = () => HospitalDomainJsonOptions.ConfigureForHospitalDomain(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("options");
    }
}
