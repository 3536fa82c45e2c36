using System.Text.Json;
using System.Text.Json.Serialization;
using HospitalDomain.Accreditation;
using HospitalDomain.Departments;

namespace HospitalDomain.Tests.Root;

public sealed class JsonContractTests
{
    [Fact]
    public void Read_Null_IsAJsonExceptionNamingTheType() =>
        FluentActions.Invoking(() => JsonContract.Read<ClinicalSubjectCatalogue>("null")).Should().ThrowExactly<JsonException>()
            .WithMessage("Expected ClinicalSubjectCatalogue as a JSON object but found null.");

    [Fact]
    public void ReadEmbedded_ShippedCatalogue_Reads() =>
        JsonContract.ReadEmbedded<ClinicalSubjectCatalogue>("ClinicalSubjects.Baseline.json").Should().NotBeNull();

    [Fact]
    public void ReadEmbedded_MissingResource_NamesIt() =>
        FluentActions.Invoking(() => JsonContract.ReadEmbedded<ClinicalSubjectCatalogue>("NoSuchCatalogue.json")).Should().ThrowExactly<InvalidOperationException>()
            .WithMessage("The embedded catalogue 'HospitalDomain.Data.NoSuchCatalogue.json' is missing from the assembly.");

    [Fact]
    public void ReadEmbedded_ResourceOfAnotherShape_IsInvalidWithPathAndLine()
    {
        var error = FluentActions.Invoking(() => JsonContract.ReadEmbedded<AccreditationStandard>("ClinicalSubjects.Baseline.json"))
            .Should().ThrowExactly<InvalidOperationException>()
            .WithMessage("The embedded catalogue 'HospitalDomain.Data.ClinicalSubjects.Baseline.json' is invalid: * (path $*, line *)").Which;
        var inner = error.InnerException.Should().BeOfType<JsonException>().Which;
        error.Message.Should().EndWith($"(path {inner.Path}, line {inner.LineNumber + 1})");
    }

    [Fact]
    public void Read_TypeWithoutAContract_SaysSo() =>
        FluentActions.Invoking(() => JsonContract.Read<NoContract>("{}")).Should().Throw<TypeInitializationException>()
            .WithInnerException<InvalidOperationException>()
            .WithMessage("HospitalDomain.Tests.Root.JsonContractTests+NoContract states no JSON contract.");

    [Fact]
    public void Read_ContractWithoutAConverterType_SaysSo() =>
        FluentActions.Invoking(() => JsonContract.Read<NoConverterType>("{}")).Should().Throw<TypeInitializationException>()
            .WithInnerException<InvalidOperationException>()
            .WithMessage("HospitalDomain.Tests.Root.JsonContractTests+NoConverterType names no converter type.");

    [Fact]
    public void Read_TypeWhoseContractIsAPlainConverter_UsesIt() =>
        JsonContract.Read<Plain>("\"ward 3\"").Text.Should().Be("ward 3");

    internal sealed class NoContract;

    [JsonConverter(typeof(PlainConverter))]
    internal sealed class Plain(string text)
    {
        public string Text { get; } = text;
    }

    internal sealed class PlainConverter : JsonConverter<Plain>
    {
        public override Plain Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, Plain value, JsonSerializerOptions options) => writer.WriteStringValue(value.Text);
    }

    [NamelessConverter]
    internal sealed class NoConverterType;

    [AttributeUsage(AttributeTargets.Class)]
    internal sealed class NamelessConverterAttribute : JsonConverterAttribute;
}
