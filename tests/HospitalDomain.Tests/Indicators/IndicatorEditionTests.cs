using System.Text.Json;
using HospitalDomain.Indicators;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Indicators;

public sealed class IndicatorEditionTests
{
    [Fact]
    public void Tertiary_Has55IndicatorsWithTheReferences26Monitored()
    {
        var edition = IndicatorEditions.NationalTertiary2019;

        edition.Entries.Should().HaveCount(55);
        edition.Entries.Select(e => e.Serial).Should().Equal(Enumerable.Range(1, 55).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        edition.NationallyMonitored.Select(e => int.Parse(e.Serial, System.Globalization.CultureInfo.InvariantCulture)).Should().Equal(
            4, 5, 6, 8, 9, 10, 13, 14, 17, 24, 31, 33, 34, 35, 36, 38, 39, 40, 41, 45, 46, 48, 50, 53, 54, 55);
        edition.Entries.Select(e => e.Dimension).Distinct().Should().Equal("医疗质量", "运营效率", "持续发展", "满意度评价");
        edition.Basis.Should().Be("国办发〔2019〕4号");
    }

    [Fact]
    public void Tertiary2020_AddsTheHighValueConsumablesShare()
    {
        var edition = IndicatorEditions.NationalTertiary2020;

        edition.Entries.Should().HaveCount(56);
        edition.Entries[^1].Serial.Should().Be("增1");
        edition.Entries[^1].Definition.ChineseName.Should().Be("重点监控高值医用耗材收入占比");
        edition.NationallyMonitored.Should().HaveCount(26);
    }

    [Fact]
    public void Secondary_Has28IndicatorsWith21Monitored()
    {
        var edition = IndicatorEditions.NationalSecondary2019;

        edition.Entries.Should().HaveCount(28);
        edition.NationallyMonitored.Select(e => e.Serial).Should().NotContain(["7", "8", "9", "10", "12", "18", "25"]).And.HaveCount(21);
        edition["averageLengthOfStay"].Serial.Should().Be("13");
        edition.FindByName("专科能力建设")!.Code.Should().Be("specialtyCapability");
    }

    [Fact]
    public void EveryDefinition_HasSourceAndStatus_AndNoneIsOfficial()
    {
        // The reference material confirms no formula from an official text: nothing may be shipped as Official.
        foreach (var definition in IndicatorEditions.Definitions)
        {
            definition.Source.Should().NotBeNullOrWhiteSpace(definition.Code);
            definition.Status.Should().NotBe(SourceStatus.Official, definition.Code);
        }

        IndicatorEditions.All.Should().OnlyContain(e => e.Status != SourceStatus.Official);
    }

    [Theory]
    [InlineData("downReferrals")]
    [InlineData("daySurgeryShareOfElective")]
    [InlineData("pharmacistsPer100Beds")]
    [InlineData("adjuvantDrugRevenueShare")]
    [InlineData("vbpDrugUseShare")]
    [InlineData("costPerVisitGrowth")]
    [InlineData("specialtyCapability")]
    [InlineData("outpatientSatisfaction")]
    public void ReferenceUnconfirmedOrConflicting_IsShippedUnconfirmed(string code)
    {
        IndicatorEditions.TryGetDefinition(code, out var definition).Should().BeTrue();
        definition!.Status.Should().Be(SourceStatus.Unconfirmed);
    }

    [Fact]
    public void ConflictingDirections_AreShippedAsTheDashboardHasThem()
    {
        IndicatorEditions.NationalTertiary2019["daySurgeryShareOfElective"].Definition.Direction.Should().Be(IndicatorDirection.MonitorOnly);
        IndicatorEditions.NationalTertiary2019["pharmacistsPer100Beds"].Definition.Direction.Should().Be(IndicatorDirection.MonitorOnly);
        IndicatorEditions.NationalTertiary2019["level4SurgeryShare"].Definition.Direction.Should().Be(IndicatorDirection.HigherIsBetter);
    }

    [Fact]
    public void FindBySerialAndName()
    {
        var edition = IndicatorEditions.NationalTertiary2019;

        edition.FindBySerial("6")!.Code.Should().Be("level4SurgeryShare");
        edition.FindByName("医疗盈余率")!.Serial.Should().Be("35");
        edition.FindByName("no such")!.Should().BeNull();
        FluentActions.Invoking(() => edition["nosuch"]).Should().Throw<KeyNotFoundException>().WithMessage("'nosuch' is not an indicator of the edition 'national-tertiary-2019'.");
        FluentActions.Invoking(() => IndicatorEditions.Get("x")).Should().Throw<KeyNotFoundException>()
            .WithMessage("'x' is not a shipped indicator edition; expected one of national-tertiary-2019, national-tertiary-2020, national-secondary-2019, operations.");
    }

    [Fact]
    public void Load_UserEdition_ReusesShippedDefinitions_AndAddsItsOwn()
    {
        var edition = IndicatorEdition.Load("""
            {"id":"province-2024","title":"省考","year":2024,"publisher":"某省卫健委","source":"provincial notice","status":"unconfirmed",
             "definitions":[{"code":"bedsPer1000","chineseName":"千人床位","englishName":"Beds per 1000","kind":"perN",
               "numerator":{"metrics":["openBeds"],"description":"床位"},"denominator":{"metrics":["discharges"],"description":"出院"},
               "factor":1000,"unit":"beds","direction":"higherIsBetter","dataSource":"reported","source":"province","status":"unconfirmed"}],
             "entries":[{"serial":"1","code":"level4SurgeryShare","dimension":"医疗质量","nationallyMonitored":true},
                        {"serial":"2","code":"bedsPer1000","dimension":"资源"}]}
            """);

        edition["level4SurgeryShare"].Definition.Should().BeSameAs(IndicatorEditions.NationalTertiary2019["level4SurgeryShare"].Definition);
        edition["bedsPer1000"].Definition.Factor.Should().Be(1000m);
        var json = JsonSerializer.Serialize(edition, JsonAssert.Options);
        json.Should().Contain("\"definitions\":[{\"code\":\"bedsPer1000\"").And.NotContain("\"definitions\":[{\"code\":\"level4");
        IndicatorEdition.Load(json).Entries.Should().Equal(edition.Entries);
    }

    [Theory]
    [InlineData("""{"id":"p","title":"t","year":2024,"publisher":"p","source":"s","status":"unconfirmed","entries":[{"serial":"1","code":"nosuch","dimension":"d"}]}""", "At .entries[0]: Entry 1 refers to the indicator 'nosuch', which is neither shipped nor defined in the edition's definitions.*")]
    [InlineData("""{"id":"p","title":"t","year":2024,"publisher":"p","source":"s","status":"unconfirmed","entries":[{"serial":"1","code":"level4SurgeryShare","dimension":"d"},{"serial":"1","code":"level3SurgeryShare","dimension":"d"}]}""", "Invalid IndicatorEdition: entries contains the serial number '1' more than once.*")]
    [InlineData("""{"id":"p","title":"t","year":2024,"publisher":"p","source":"s","status":"unconfirmed","definitions":[{"code":"x","chineseName":"x","englishName":"x","kind":"ratio","numerator":{"metrics":["openBeds"],"description":"d"},"unit":"percent","direction":"higherIsBetter","dataSource":"reported","source":"s","status":"unconfirmed"}],"entries":[]}""", "At .definitions[0]: Invalid IndicatorDefinition: denominator is required for a Ratio indicator (x).*")]
    [InlineData("""{"id":"p","title":"t","year":2024,"publisher":"p","source":"s","status":"unconfirmed"}""", "Missing required property 'entries' for IndicatorEdition.*")]
    public void Load_InvalidEdition_NamesTheProblem(string json, string message) =>
        FluentActions.Invoking(() => IndicatorEdition.Load(json)).Should().ThrowExactly<JsonException>().WithMessage(message);

    [Fact]
    public void ShippedEditions_RoundTripThroughJson()
    {
        foreach (var edition in IndicatorEditions.All)
        {
            var json = JsonSerializer.Serialize(edition, JsonAssert.Options);
            if (edition == IndicatorEditions.Operations)
            {
                // The hospitals' own edition judges 平均住院日 lower-is-better, where the national secondary list only monitors it.
                edition.Entries.Where(e => !IndicatorEditions.TryGetDefinition(e.Code, out var shipped) || shipped != e.Definition).Select(e => e.Code).Should().Equal("averageLengthOfStay");
            }
            else
            {
                json.Should().NotContain("\"definitions\"", "shipped editions use shipped definitions");
            }

            var back = IndicatorEdition.Load(json);
            back.Entries.Should().Equal(edition.Entries);
            JsonSerializer.Serialize(back, JsonAssert.Options).Should().Be(json);
        }
    }

    [Fact]
    public void Definition_Validates()
    {
        var op = new IndicatorOperand(["openBeds"], "beds");
        FluentActions.Invoking(() => new IndicatorDefinition("x", "x", "x", IndicatorKind.Value, numerator: op, denominator: op, unit: HospitalDomain.Metrics.Unit.None, direction: IndicatorDirection.MonitorOnly, dataSource: IndicatorDataSource.Reported, source: "s", status: SourceStatus.Unconfirmed))
            .Should().Throw<ArgumentException>().WithMessage("denominator must be null for a Value indicator (x).*");
        FluentActions.Invoking(() => new IndicatorDefinition("x", "x", "x", IndicatorKind.Ratio, numerator: op, denominator: op, factor: 0, unit: HospitalDomain.Metrics.Unit.None, direction: IndicatorDirection.MonitorOnly, dataSource: IndicatorDataSource.Reported, source: "s", status: SourceStatus.Unconfirmed))
            .Should().Throw<ArgumentException>().WithMessage("factor must be positive, was 0.*");
        FluentActions.Invoking(() => new IndicatorOperand(["openBeds", "openBeds"], "d")).Should().Throw<ArgumentException>()
            .WithMessage("metrics contains the metric 'openBeds' more than once.*");
    }

    private static IndicatorEntry Entry(string serial, string code, string? name = null, bool monitored = false) =>
        new(serial, IndicatorEditions.TryGetDefinition(code, out var definition) ? definition : throw new KeyNotFoundException(code), "医疗质量", nationallyMonitored: monitored, name: name);

    private static IndicatorEdition Small(int year = 2024, string? englishTitle = null, string? basis = null, IEnumerable<IndicatorAlias>? aliases = null) =>
        new("province-2024", "省考", year, "某省卫健委", "provincial notice", SourceStatus.Unconfirmed,
            [Entry("1", "level4SurgeryShare", monitored: true), Entry("2", "averageLengthOfStay", name: "平均住院天数")], englishTitle, basis, aliases);

    [Theory]
    [InlineData(1900)]
    [InlineData(9999)]
    public void Constructor_YearAtTheLimits_IsAccepted(int year) => Small(year).Year.Should().Be(year);

    [Theory]
    [InlineData(1899)]
    [InlineData(10000)]
    public void Constructor_YearOutsideTheLimits_Throws(int year) =>
        FluentActions.Invoking(() => Small(year)).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage($"year must be in the range [1900, 9999], was {year}. (Parameter 'year')");

    [Fact]
    public void Constructor_KeepsItsTexts_TrimmedOrNullWhenBlank()
    {
        var edition = Small(englishTitle: " Provincial list ", basis: " 某卫发〔2024〕1号 ");

        edition.Id.Should().Be("province-2024");
        edition.Title.Should().Be("省考");
        edition.Publisher.Should().Be("某省卫健委");
        edition.Source.Should().Be("provincial notice");
        edition.Status.Should().Be(SourceStatus.Unconfirmed);
        edition.EnglishTitle.Should().Be("Provincial list");
        edition.Basis.Should().Be("某卫发〔2024〕1号");
        Small(englishTitle: " ", basis: "").EnglishTitle.Should().BeNull();
        Small(englishTitle: " ", basis: "").Basis.Should().BeNull();
        Small().Aliases.Should().BeEmpty();
    }

    [Fact]
    public void ToString_GivesIdTitleAndCount() => Small().ToString().Should().Be("province-2024: 省考 (2 indicators)");

    [Fact]
    public void Constructor_BadEntries_Throw()
    {
        FluentActions.Invoking(() => new IndicatorEdition("e", "t", 2024, "p", "s", SourceStatus.Unconfirmed, null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("entries");
        FluentActions.Invoking(() => new IndicatorEdition("e", "t", 2024, "p", "s", SourceStatus.Unconfirmed, [Entry("1", "level4SurgeryShare"), null!]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("entries must not contain null. (Parameter 'entries')");
        FluentActions.Invoking(() => new IndicatorEdition("e", "t", 2024, "p", "s", SourceStatus.Unconfirmed, [Entry("1", "level4SurgeryShare"), Entry("2", "level4SurgeryShare")]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("entries contains the indicator 'level4SurgeryShare' more than once. (Parameter 'entries')");
        FluentActions.Invoking(() => new IndicatorEdition("e", "t", 2024, "p", "s", (SourceStatus)99, []))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("status");
        FluentActions.Invoking(() => new IndicatorEdition("e", " ", 2024, "p", "s", SourceStatus.Unconfirmed, []))
            .Should().ThrowExactly<ArgumentException>().WithMessage("title must not be empty or white space. (Parameter 'title')");
    }

    [Fact]
    public void Constructor_AliasOfNoEntry_Throws()
    {
        FluentActions.Invoking(() => Small(aliases: [new IndicatorAlias("level4SurgeryShare", "四级手术占比"), new IndicatorAlias("nosuch", "无")]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("aliases refers to 'nosuch', which is not an indicator of the edition. (Parameter 'aliases')");
        FluentActions.Invoking(() => Small(aliases: [null!]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("aliases refers to '', which is not an indicator of the edition. (Parameter 'aliases')");
    }

    [Fact]
    public void Lookups_ByCodeSerialNameDefinitionNameAndAlias()
    {
        var edition = Small(aliases: [new IndicatorAlias("level4SurgeryShare", "四级手术占比")]);

        edition.TryGet("averageLengthOfStay", out var entry).Should().BeTrue();
        entry!.Serial.Should().Be("2");
        edition.TryGet(null, out entry).Should().BeFalse();
        entry.Should().BeNull();
        edition.TryGet("level3SurgeryShare", out entry).Should().BeFalse();
        edition.FindBySerial("2")!.Code.Should().Be("averageLengthOfStay");
        edition.FindBySerial("3").Should().BeNull();
        edition.FindByName("平均住院天数")!.Code.Should().Be("averageLengthOfStay");
        edition.FindByName("平均住院日")!.Code.Should().Be("averageLengthOfStay");
        edition.FindByName("四级手术占比")!.Code.Should().Be("level4SurgeryShare");
        edition.NationallyMonitored.Select(e => e.Code).Should().Equal("level4SurgeryShare");
    }

    [Fact]
    public void Load_Null_Throws() =>
        FluentActions.Invoking(() => IndicatorEdition.Load(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("json");

    [Fact]
    public void Json_RoundTripsNamesSubDimensionsAndAliases()
    {
        var edition = new IndicatorEdition("e", "t", 2024, "p", "s", SourceStatus.Unconfirmed,
            [new IndicatorEntry("1", IndicatorEditions.NationalTertiary2020["level4SurgeryShare"].Definition, "医疗质量", "功能定位", true, "四级手术")],
            "English", "某文", [new IndicatorAlias("level4SurgeryShare", "四级手术占比", "旧称")]);

        var json = JsonSerializer.Serialize(edition, new JsonSerializerOptions(JsonAssert.Options) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        json.Should().Be("""{"id":"e","title":"t","englishTitle":"English","year":2024,"publisher":"p","basis":"某文","source":"s","status":"unconfirmed","entries":[{"serial":"1","code":"level4SurgeryShare","dimension":"医疗质量","subDimension":"功能定位","nationallyMonitored":true,"name":"四级手术"}],"aliases":[{"code":"level4SurgeryShare","name":"四级手术占比","note":"旧称"}]}""");
        var back = IndicatorEdition.Load(json);
        back.Entries.Should().Equal(edition.Entries);
        back.Aliases.Should().Equal(edition.Aliases);
        back.EnglishTitle.Should().Be("English");
        back.Basis.Should().Be("某文");
    }

    [Fact]
    public void Load_DefinitionTwiceOrAnInvalidEntry_NamesThePlace()
    {
        const string Definition = """{"code":"x","chineseName":"x","englishName":"x","kind":"value","numerator":{"metrics":["openBeds"],"description":"d"},"unit":"beds","direction":"higherIsBetter","dataSource":"reported","source":"s","status":"unconfirmed"}""";

        FluentActions.Invoking(() => IndicatorEdition.Load($$"""{"id":"p","title":"t","year":2024,"publisher":"p","source":"s","status":"unconfirmed","definitions":[{{Definition}},{{Definition}}],"entries":[]}"""))
            .Should().ThrowExactly<JsonException>().WithMessage("At .definitions: The edition defines the indicator 'x' more than once.*");
        FluentActions.Invoking(() => IndicatorEdition.Load("""{"id":"p","title":"t","year":2024,"publisher":"p","source":"s","status":"unconfirmed","entries":[{"serial":"1","code":"level4SurgeryShare","dimension":"d"},{"serial":"2","code":"level3SurgeryShare","dimension":" "}]}"""))
            .Should().ThrowExactly<JsonException>().WithMessage("At .entries[1]: Invalid IndicatorEntry: dimension must not be empty or white space. (Parameter 'dimension')*");
        FluentActions.Invoking(() => IndicatorEdition.Load("""{"id":"p","title":"t","year":1800,"publisher":"p","source":"s","status":"unconfirmed","entries":[]}"""))
            .Should().ThrowExactly<JsonException>().WithMessage("Invalid IndicatorEdition: year must be in the range [1900, 9999], was 1800.*");
    }

    [Fact]
    public void Load_OwnDefinitionOfAShippedCode_OverridesTheShippedOne()
    {
        var edition = IndicatorEdition.Load("""
            {"id":"p","title":"t","year":2024,"publisher":"p","source":"s","status":"unconfirmed",
             "definitions":[{"code":"averageLengthOfStay","chineseName":"平均住院日","englishName":"ALOS","kind":"value","numerator":{"metrics":["openBeds"],"description":"d"},"unit":"days","direction":"lowerIsBetter","dataSource":"reported","source":"s","status":"unconfirmed"}],
             "entries":[{"serial":"1","code":"averageLengthOfStay","dimension":"d"}]}
            """);

        edition["averageLengthOfStay"].Definition.EnglishName.Should().Be("ALOS");
        JsonSerializer.Serialize(edition, JsonAssert.Options).Should().Contain("\"definitions\":[{\"code\":\"averageLengthOfStay\"");
    }

    [Fact]
    public void ShippedEditions_AreListedInOrder_AndFoundById()
    {
        IndicatorEditions.All.Select(e => e.Id).Should().Equal("national-tertiary-2019", "national-tertiary-2020", "national-secondary-2019", "operations");
        IndicatorEditions.Get("national-secondary-2019").Should().BeSameAs(IndicatorEditions.NationalSecondary2019);
        IndicatorEditions.Get("operations").Should().BeSameAs(IndicatorEditions.Operations);
    }

    [Fact]
    public void Definitions_AreInOrdinalOrderOfCode()
    {
        var codes = IndicatorEditions.Definitions.Select(d => d.Code).ToList();

        codes.Should().BeInAscendingOrder(StringComparer.Ordinal).And.OnlyHaveUniqueItems();
        codes.Should().Contain(["level4SurgeryShare", "averageLengthOfStay"]);
    }

    [Fact]
    public void TryGetDefinition_NullOrUnknownCode_IsFalse()
    {
        IndicatorEditions.TryGetDefinition(null!, out var definition).Should().BeFalse();
        definition.Should().BeNull();
        IndicatorEditions.TryGetDefinition("nosuch", out definition).Should().BeFalse();
        definition.Should().BeNull();
        IndicatorEditions.TryGetDefinition("level4SurgeryShare", out definition).Should().BeTrue();
        definition!.ChineseName.Should().Be("出院患者四级手术比例");
    }

    [Theory]
    [InlineData("1", "national-secondary-2019")]
    [InlineData("4", "national-tertiary-2019")]
    public void StandaloneResultJson_FindsTheEditionWhoseSerialNumberFits(string serial, string editionId)
    {
        var result = JsonSerializer.Deserialize<IndicatorResult>($$"""{"serial":"{{serial}}","code":"surgeryShareOfDischarges","status":"notApplicable"}""", JsonAssert.Options)!;

        result.Entry.Should().BeSameAs(IndicatorEditions.Get(editionId)["surgeryShareOfDischarges"]);
        result.Status.Should().Be(IndicatorStatus.NotApplicable);
    }
}
