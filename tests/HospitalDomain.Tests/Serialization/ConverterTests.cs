using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HospitalDomain.Commendations;
using HospitalDomain.Departments;
using HospitalDomain.Organizations;
using HospitalDomain.Serialization;
using HospitalDomain.Tests.TestHelpers;
using NodaTime;

namespace HospitalDomain.Tests.Serialization;

/// <summary>The text converters, the date and category converters, the converter factory and the options set-up.</summary>
public sealed class ConverterTests
{
    private static readonly JsonSerializerOptions Options = JsonAssert.Options;

    [Theory]
    [InlineData(typeof(ReportingPeriod), "a reporting period")]
    [InlineData(typeof(ChineseNumber), "a Chinese figure")]
    [InlineData(typeof(ClinicalSubjectCode), "a clinical subject code")]
    [InlineData(typeof(DocumentNumber), "a document number")]
    [InlineData(typeof(OrganizationCode), "an organization code")]
    [InlineData(typeof(UnifiedSocialCreditCode), "a unified social credit code")]
    [InlineData(typeof(HospitalRating), "a hospital rating")]
    [InlineData(typeof(LocalDate), "a date")]
    public void Read_NumberInsteadOfAString_NamesWhatWasExpected(Type type, string what) =>
        FluentActions.Invoking(() => JsonSerializer.Deserialize("12", type, Options)).Should().ThrowExactly<JsonException>()
            .WithMessage($"Expected {what} as a JSON string but found a number.*");

    [Fact]
    public void ReportingPeriod_DefaultValue_ReadsBackFromItsText()
    {
        var json = JsonSerializer.Serialize(default(ReportingPeriod), Options);
        json.Should().Be($"\"{default(ReportingPeriod)}\"");
        JsonSerializer.Deserialize<ReportingPeriod>(json, Options).Should().Be(default(ReportingPeriod));
        JsonAssert.RoundTrip(ReportingPeriod.Parse("2023Q4"), "\"2023Q4\"");
    }

    [Fact]
    public void ReportingPeriod_OtherText_ListsTheForms() =>
        FluentActions.Invoking(() => JsonSerializer.Deserialize<ReportingPeriod>("\"2023Q5\"", Options)).Should().ThrowExactly<JsonException>()
            .WithMessage("Invalid reporting period '2023Q5': expected 2023, 2023H1, 2023Q4, 2023-03 or 2023-01-01/2023-07-31.*");

    [Fact]
    public void ChineseNumber_TextThatDoesNotParse_IsAJsonExceptionWithTheParsersMessage()
    {
        var parser = FluentActions.Invoking(() => ChineseNumber.Parse("医院")).Should().Throw<FormatException>().Which;
        var error = FluentActions.Invoking(() => JsonSerializer.Deserialize<ChineseNumber>("\"医院\"", Options)).Should().ThrowExactly<JsonException>().Which;
        error.Message.Should().StartWith(parser.Message);
        error.InnerException.Should().BeOfType<FormatException>().Which.Message.Should().Be(parser.Message);
    }

    [Fact]
    public void ChineseNumber_KeyThatDoesNotParse_IsAJsonException() =>
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Dictionary<ChineseNumber, int>>("{\"医院\":1}", Options)).Should().ThrowExactly<JsonException>()
            .WithInnerException<FormatException>();

    [Fact]
    public void ClinicalSubjectCode_OtherText_ShowsTheForms()
    {
        JsonAssert.RoundTrip(ClinicalSubjectCode.Parse("03.04"), "\"03.04\"");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<ClinicalSubjectCode>("\"3x\"", Options)).Should().ThrowExactly<JsonException>()
            .WithMessage("Invalid clinical subject code '3x': expected 03, 03.04 or 04.01.01 (or the same digits without dots).*");
    }

    [Fact]
    public void TextValues_AsDictionaryKeys_RoundTripInTheirTextForm()
    {
        var periods = new Dictionary<ReportingPeriod, int> { [ReportingPeriod.Parse("2023Q4")] = 1, [ReportingPeriod.Parse("2024")] = 2 };
        var json = JsonSerializer.Serialize(periods, Options);
        json.Should().Be("{\"2023Q4\":1,\"2024\":2}");
        JsonSerializer.Deserialize<Dictionary<ReportingPeriod, int>>(json, Options).Should().Equal(periods);

        var ratings = new Dictionary<HospitalRating, int> { [HospitalRating.TertiaryGradeA] = 3 };
        json = JsonSerializer.Serialize(ratings, Options);
        json.Should().Be("{\"tertiaryGradeA\":3}");
        JsonSerializer.Deserialize<Dictionary<HospitalRating, int>>(json, Options).Should().Equal(ratings);
    }

    [Fact]
    public void DocumentNumber_EmptyString_IsTheDefault_AndANumberRoundTrips()
    {
        JsonAssert.RoundTrip(default(DocumentNumber), "\"\"");
        JsonSerializer.Deserialize<DocumentNumber>("\"某医发〔2024〕12号\"", Options).Should().Be(DocumentNumber.Parse("某医发〔2024〕12号"));
    }

    [Fact]
    public void OrganizationCode_EmptyIsTheDefault_ValidRoundTrips_InvalidGivesTheCheckersReason()
    {
        JsonSerializer.Deserialize<OrganizationCode>("\"\"", Options).Should().Be(default(OrganizationCode));
        JsonSerializer.Deserialize<OrganizationCode>("\"77604965-3\"", Options).Should().Be(OrganizationCode.Parse("77604965-3"));

        var reason = OrganizationCode.Validate("77604965-4").Message;
        reason.Should().NotBeNullOrEmpty();
        FluentActions.Invoking(() => JsonSerializer.Deserialize<OrganizationCode>("\"77604965-4\"", Options)).Should().ThrowExactly<JsonException>()
            .Which.Message.Should().StartWith($"Invalid organization code '77604965-4': {reason}.");
    }

    [Fact]
    public void UnifiedSocialCreditCode_EmptyIsTheDefault_ValidRoundTrips_InvalidGivesTheCheckersReason()
    {
        JsonSerializer.Deserialize<UnifiedSocialCreditCode>("\"\"", Options).Should().Be(default(UnifiedSocialCreditCode));
        JsonSerializer.Deserialize<UnifiedSocialCreditCode>("\"91350200776049653A\"", Options).Should().Be(UnifiedSocialCreditCode.Parse("91350200776049653A"));

        var reason = UnifiedSocialCreditCode.Validate("91350200776049653B").Message;
        reason.Should().NotBeNullOrEmpty();
        FluentActions.Invoking(() => JsonSerializer.Deserialize<UnifiedSocialCreditCode>("\"91350200776049653B\"", Options)).Should().ThrowExactly<JsonException>()
            .Which.Message.Should().StartWith($"Invalid unified social credit code '91350200776049653B': {reason}.");
    }

    [Fact]
    public void HospitalRating_WritesItsName_ReadsNameOrChinese_AndRejectsOthers()
    {
        JsonAssert.RoundTrip(HospitalRating.TertiaryGradeA, "\"tertiaryGradeA\"");
        JsonSerializer.Deserialize<HospitalRating>("\"三级甲等\"", Options).Should().Be(HospitalRating.TertiaryGradeA);
        FluentActions.Invoking(() => JsonSerializer.Deserialize<HospitalRating>("\"best\"", Options)).Should().ThrowExactly<JsonException>()
            .WithMessage("Invalid hospital rating 'best': expected a name such as tertiaryGradeA or 三级甲等.*");
    }

    [Fact]
    public void LocalDate_WithConfiguredOptions_IsItsIsoForm()
    {
        var json = JsonSerializer.Serialize(new LocalDate(2024, 1, 31), Options);
        json.Should().Be("\"2024-01-31\"");
        JsonSerializer.Deserialize<LocalDate>(json, Options).Should().Be(new LocalDate(2024, 1, 31));
    }

    [Fact]
    public void Converters_NullWriterOrValue_AreRejected()
    {
        var period = ReportingPeriod.Parse("2024");
        FluentActions.Invoking(() => ReportingPeriodJsonConverter.Instance.Write(null!, period, Options)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("writer");
        FluentActions.Invoking(() => ReportingPeriodJsonConverter.Instance.WriteAsPropertyName(null!, period, Options)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("writer");
        FluentActions.Invoking(() => LocalDateJsonConverter.Instance.Write(null!, new LocalDate(2024, 1, 31), Options)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("writer");
        FluentActions.Invoking(() => HospitalCategoryJsonConverter.Instance.Write(null!, HospitalCategory.General, Options)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("writer");

        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);
        FluentActions.Invoking(() => HospitalCategoryJsonConverter.Instance.Write(writer, null!, Options)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("value");
    }

    [Fact]
    public void Factory_ConvertsTheLibrarysTypesOnly()
    {
        var factory = new HospitalDomainJsonConverter();
        factory.CanConvert(typeof(ReportingPeriod)).Should().BeTrue();
        factory.CanConvert(typeof(Hospital)).Should().BeTrue();
        factory.CanConvert(typeof(string)).Should().BeFalse();
        factory.CreateConverter(typeof(ReportingPeriod), Options).Should().BeSameAs(ReportingPeriodJsonConverter.Instance);
        FluentActions.Invoking(() => factory.CreateConverter(typeof(string), Options)).Should().ThrowExactly<NotSupportedException>()
            .WithMessage("System.String is not a HospitalDomain type with a JSON contract.");
    }

    [Fact]
    public void ConfigureForHospitalDomain_NewOptions_AddsTheContextThenReflectionAndTheDateConverter()
    {
        var options = new JsonSerializerOptions().ConfigureForHospitalDomain();

        options.TypeInfoResolverChain.Should().HaveCount(2);
        options.TypeInfoResolverChain[0].Should().BeSameAs(HospitalDomainJsonContext.Default);
        options.TypeInfoResolverChain[1].Should().BeOfType<DefaultJsonTypeInfoResolver>();
        options.Converters.Should().ContainSingle().Which.Should().BeSameAs(LocalDateJsonConverter.Instance);

        options.ConfigureForHospitalDomain().Should().BeSameAs(options);
        options.TypeInfoResolverChain.Should().HaveCount(2);
        options.Converters.Should().ContainSingle();
    }

    [Fact]
    public void ConfigureForHospitalDomain_WithAResolverAlready_PutsTheContextFirstAndAddsNoReflection()
    {
        var own = new DefaultJsonTypeInfoResolver();
        var options = new JsonSerializerOptions { TypeInfoResolver = own }.ConfigureForHospitalDomain();

        options.TypeInfoResolverChain.Should().Equal(HospitalDomainJsonContext.Default, own);
    }

    [Fact]
    public void ConfigureForHospitalDomain_ReadOnlyOptions_SaysToConfigureBeforeUse() =>
        FluentActions.Invoking(() => JsonSerializerOptions.Default.ConfigureForHospitalDomain()).Should().ThrowExactly<InvalidOperationException>()
            .WithMessage("The options are already in use and read-only; configure them before their first use.");
}
