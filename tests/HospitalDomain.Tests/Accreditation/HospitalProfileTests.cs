using System.Globalization;
using System.Reflection;
using System.Text.Json;
using HospitalDomain.Accreditation;
using HospitalDomain.Departments;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Tests.TestHelpers;
using static HospitalDomain.Metrics.StandardMetrics;

namespace HospitalDomain.Tests.Accreditation;

[UseCulture("de-DE")]
public sealed class HospitalProfileTests
{
    /// <summary>The named properties that are not a stated figure but derived from others.</summary>
    private static readonly string[] Derived = [nameof(HospitalProfile.AverageLengthOfStay), nameof(HospitalProfile.BedOccupancyRate)];

    private static IEnumerable<PropertyInfo> FigureProperties() =>
        typeof(HospitalProfile).GetProperties().Where(p => p.PropertyType == typeof(decimal?) && p.GetIndexParameters().Length == 0);

    [Fact]
    public void NamedProperties_EachReadTheStandardMetricOfTheirName()
    {
        var properties = FigureProperties().ToList();
        var stated = properties.Where(p => !Derived.Contains(p.Name)).ToList();

        stated.Should().HaveCount(16);
        foreach (var property in stated)
        {
            var metric = MetricCatalogue.Standard[JsonNamingPolicy.CamelCase.ConvertName(property.Name)];
            var profile = new HospitalProfile([new(metric, 7)]);

            property.GetValue(profile).Should().Be(7m, property.Name);
            properties.Where(p => p != property).Should().OnlyContain(p => p.GetValue(profile) == null, $"{property.Name} is the only figure given");
        }
    }

    [Fact]
    public void Figures_AreInCatalogueOrder_WhateverOrderTheyWereGivenIn()
    {
        var profile = new HospitalProfile([new(RegisteredNurses, 177), new(OpenBeds, 450), new(HealthTechnicians, 520)]);
        var reordered = new HospitalProfile([new(HealthTechnicians, 520), new(OpenBeds, 450), new(RegisteredNurses, 177)]);

        profile.Figures.Select(f => f.Key.Code).Should().Equal("openBeds", "healthTechnicians", "registeredNurses");
        profile.Catalogue.Should().BeSameAs(MetricCatalogue.Standard);
        ContractAssert.Equality(profile, reordered, new HospitalProfile([new(OpenBeds, 450), new(HealthTechnicians, 520)]), new HospitalProfile([new(OpenBeds, 451), new(HealthTechnicians, 520), new(RegisteredNurses, 177)]));
    }

    [Fact]
    public void Constructor_FromAMetricSetsValues_StatesItsFigures()
    {
        var set = MetricSet.CreateBuilder(MetricCatalogue.Standard, "县人民医院", ReportingPeriod.Year(2024))
            .Set(OpenBeds, 560).Set(HealthTechnicians, 640).Set(Discharges, 30_000).Set(DischargedPatientBedDays, 246_000).Build();

        var profile = new HospitalProfile(set.Values(), catalogue: set.Catalogue);

        profile.OpenBeds.Should().Be(560);
        profile.AverageLengthOfStay.Should().Be(8.2m);
        profile.Figures.Should().Equal(set.Values());
    }

    [Fact]
    public void DerivedFigures_AreWhatTheIndicatorsOfTheSameNameCompute()
    {
        var set = MetricSet.CreateBuilder(MetricCatalogue.Standard, "H", ReportingPeriod.Year(2024))
            .Set(Discharges, 30_001).Set(DischargedPatientBedDays, 246_000.5m).Set(OccupiedBedDays, 190_000).Set(OpenBedDays, 204_765).Build();
        var evaluation = new IndicatorCalculator(IndicatorEditions.Operations).Evaluate(set);

        var profile = new HospitalProfile(set.Values());

        profile.AverageLengthOfStay.Should().Be(evaluation["averageLengthOfStay"].Value).And.NotBeNull();
        profile.BedOccupancyRate.Should().Be(evaluation["bedOccupancyRate"].Value).And.NotBeNull();
    }

    [Fact]
    public void DerivedFigures_MissingOrOverZero_AreNullAndNotAssessableNamingTheMetrics()
    {
        var standard = AccreditationStandards.TertiaryGeneralReview2011;
        CriterionResult Result(HospitalProfile profile, string id) => standard.Check(profile).Results.Single(r => r.Criterion.Id == id);

        new HospitalProfile([new(DischargedPatientBedDays, 1200)]).AverageLengthOfStay.Should().BeNull();
        new HospitalProfile([new(DischargedPatientBedDays, 0), new(Discharges, 0)]).AverageLengthOfStay.Should().BeNull();
        new HospitalProfile([new(OccupiedBedDays, 93)]).BedOccupancyRate.Should().BeNull();
        Result(new HospitalProfile(), "b-length-of-stay").MissingInputs.Should().Equal("dischargedPatientBedDays", "discharges");
        Result(new HospitalProfile([new(DischargedPatientBedDays, 0), new(Discharges, 0)]), "b-length-of-stay").MissingInputs.Should().Equal("discharges (zero)");
        Result(new HospitalProfile([new(OccupiedBedDays, 93)]), "b-bed-occupancy").MissingInputs.Should().Equal("openBedDays");
    }

    [Fact]
    public void Constructor_FigureInvalidForItsMetric_IsRejectedNamingTheMetric()
    {
        FluentActions.Invoking(() => new HospitalProfile([new(OpenBeds, 499.5m)])).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("openBeds is a count and must be a whole number, was 499.5.*").Which.ParamName.Should().Be("openBeds");
        FluentActions.Invoking(() => new HospitalProfile([new(BuildingArea, -1)])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("buildingArea must be non-negative, was -1.*");
        FluentActions.Invoking(() => new HospitalProfile([new(OpenBeds, 500), new(OpenBeds, 500)])).Should().Throw<ArgumentException>()
            .WithMessage("figures contains the metric 'openBeds' more than once.*");
        FluentActions.Invoking(() => new HospitalProfile([new(Metric.Create("icuBeds", "重症床位", "ICU beds", Unit.Beds, MetricKind.Count), 20)])).Should().Throw<ArgumentException>()
            .WithMessage("metric 'icuBeds' is not in the catalogue 'standard'.*");
        FluentActions.Invoking(() => new HospitalProfile([new(null!, 20)])).Should().Throw<ArgumentException>().WithMessage("figures must not contain a null metric.*");
    }

    [Fact]
    public void RelationRules_NameThePartAndTheWhole()
    {
        FluentActions.Invoking(() => new HospitalProfile([new(RegisteredNurses, 100), new(WardNurses, 120)])).Should().Throw<ArgumentException>()
            .WithMessage("wardNurses (120) must not exceed registeredNurses (100).*").Which.ParamName.Should().Be("wardNurses");
        new HospitalProfile([new(WardNurses, 120)]).WardNurses.Should().Be(120, "a part is checked against its whole only when both are given");
        new HospitalProfile([new(RegisteredNurses, 120), new(WardNurses, 120), new(HealthTechnicians, 120), new(Physicians, 0)]).Figures.Should().HaveCount(4);
    }

    [Fact]
    public void OtherCatalogue_FiguresAreItsMetrics_AndWhatItLacksIsNotAssessable()
    {
        var province = new MetricCatalogue("province", "省级扩展", [.. MetricCatalogue.Standard.Metrics.Where(m => m.Code != "openBeds"), Metric.Create("icuBeds", "重症床位", "ICU beds", Unit.Beds, MetricKind.Count)]);
        var icuBeds = province["icuBeds"];

        var profile = new HospitalProfile([new(icuBeds, 20), new(HealthTechnicians, 600)], catalogue: province);

        profile[icuBeds].Should().Be(20);
        profile.HealthTechnicians.Should().Be(600);
        profile.OpenBeds.Should().BeNull();
        profile.Should().NotBe(new HospitalProfile([new(HealthTechnicians, 600)]));
        AccreditationStandards.BasicStandard1994General.Check(profile).Results.Single(r => r.Criterion.Id == "tertiary-health-technicians")
            .MissingInputs.Should().Equal("openBeds");
    }

    [Fact]
    public void Load_OtherCatalogue_ReadsItsMetricsAndRoundTrips()
    {
        var province = new MetricCatalogue("province", "省级扩展", [.. MetricCatalogue.Standard.Metrics, Metric.Create("icuBeds", "重症床位", "ICU beds", Unit.Beds, MetricKind.Count)]);
        const string Json = """{"openBeds":450,"icuBeds":20,"answers":[{"itemId":"x","answer":true}]}""";

        var profile = HospitalProfile.Load(Json, province);

        profile[province["icuBeds"]].Should().Be(20);
        profile.Catalogue.Should().BeSameAs(province);
        HospitalProfile.Load(JsonSerializer.Serialize(profile, JsonAssert.Options), province).Should().Be(profile);
        FluentActions.Invoking(() => JsonSerializer.Deserialize<HospitalProfile>(Json, JsonAssert.Options)).Should().ThrowExactly<JsonException>()
            .WithMessage("At .icuBeds: Unknown metric 'icuBeds' in the catalogue 'standard'.");
        FluentActions.Invoking(() => HospitalProfile.Load("""{"openBeds":450.5}""", province)).Should().ThrowExactly<JsonException>()
            .WithMessage("Invalid HospitalProfile: openBeds is a count and must be a whole number, was 450.5.*");
    }

    [Fact]
    public void Json_FiguresAreFlatPropertiesByMetricCode_BeforeDepartmentsAndAnswers()
    {
        var profile = JsonSerializer.Deserialize<HospitalProfile>("""{"answers":[{"itemId":"x","answer":false}],"registeredNurses":177,"openBeds":450}""", JsonAssert.Options)!;

        JsonAssert.RoundTrip(profile, """{"openBeds":450,"registeredNurses":177,"answers":[{"itemId":"x","answer":false}]}""");
        JsonAssert.RoundTrip(new HospitalProfile(), "{}");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<HospitalProfile>("""{"averageLengthOfStay":9.5}""", JsonAssert.Options)).Should().ThrowExactly<JsonException>()
            .WithMessage("At .averageLengthOfStay: Unknown metric 'averageLengthOfStay' in the catalogue 'standard'.", "the length of stay is derived from bed-days and discharges, not stated");
    }

    [Fact]
    public void ToString_NamesBedsAndHealthTechnicians() =>
        new HospitalProfile([new(OpenBeds, 450), new(HealthTechnicians, 520.0m)]).ToString().Should().Be(string.Create(CultureInfo.InvariantCulture, $"profile: 450 beds, 520.0 health technicians"));

    [Fact]
    public void ToString_UnstatedFigures_AreQuestionMarks()
    {
        new HospitalProfile().ToString().Should().Be("profile: ? beds, ? health technicians");
        new HospitalProfile([new(HealthTechnicians, 520)]).ToString().Should().Be("profile: ? beds, 520 health technicians");
        new HospitalProfile([new(OpenBeds, 450)]).ToString().Should().Be("profile: 450 beds, ? health technicians");
    }

    [Fact]
    public void Constructor_NullDepartmentOrAnswer_IsRejectedNamingTheList()
    {
        FluentActions.Invoking(() => new HospitalProfile(departments: [null!])).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("departments").WithMessage("departments must not contain null.*");
        FluentActions.Invoking(() => new HospitalProfile(answers: [null!])).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("answers").WithMessage("answers must not contain null.*");
    }

    [Fact]
    public void Constructor_ItemAnsweredTwice_IsRejected() =>
        FluentActions.Invoking(() => new HospitalProfile(answers: [new EvidenceAnswer("plan", true), new EvidenceAnswer("plan", false)])).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("answers").WithMessage("answers contains the answer to 'plan' more than once.*");

    [Fact]
    public void Constructor_FiguresInvalidForTheirMetric_NameTheFigures()
    {
        FluentActions.Invoking(() => new HospitalProfile([new(null!, 20)])).Should().ThrowExactly<ArgumentException>().WithParameterName("figures");
        FluentActions.Invoking(() => new HospitalProfile([new(OpenBeds, 1), new(OpenBeds, 2)])).Should().ThrowExactly<ArgumentException>().WithParameterName("figures");
        FluentActions.Invoking(() => new HospitalProfile([new(Metric.Create("icuBeds", "重症床位", "ICU beds", Unit.Beds, MetricKind.Count), 20)])).Should().ThrowExactly<ArgumentException>().WithParameterName("figures");
    }

    [Theory]
    [InlineData("physicians", "healthTechnicians")]
    [InlineData("registeredNurses", "healthTechnicians")]
    [InlineData("wardNurses", "registeredNurses")]
    public void RelationRules_PartEqualToTheWhole_IsAllowed_OneMoreIsNot(string part, string whole)
    {
        var p = MetricCatalogue.Standard[part];
        var w = MetricCatalogue.Standard[whole];
        new HospitalProfile([new(p, 100), new(w, 100)])[p].Should().Be(100);
        FluentActions.Invoking(() => new HospitalProfile([new(p, 101), new(w, 100)])).Should().ThrowExactly<ArgumentException>()
            .WithParameterName(part).WithMessage($"{part} (101) must not exceed {whole} (100).*");
    }

    [Theory]
    [InlineData("seniorDepartmentHeadShare")]
    [InlineData("collegeNurseShare")]
    public void Shares_UpTo100_AreAllowed_AboveAreRejectedNamingTheShare(string code)
    {
        var share = MetricCatalogue.Standard[code];

        new HospitalProfile([new(share, 100)])[share].Should().Be(100);
        FluentActions.Invoking(() => new HospitalProfile([new(share, 100.01m)])).Should().ThrowExactly<ArgumentException>()
            .WithParameterName(code).WithMessage($"{code} is a percentage and must not exceed 100, was 100.01.*");
    }

    [Fact]
    public void Indexer_NullMetric_IsRejected_AndAMetricOfAnotherCatalogueIsNull()
    {
        FluentActions.Invoking(() => new HospitalProfile()[null!]).Should().ThrowExactly<ArgumentNullException>().WithParameterName("metric");
        new HospitalProfile([new(OpenBeds, 450)])[Metric.Create("icuBeds", "重症床位", "ICU beds", Unit.Beds, MetricKind.Count)].Should().BeNull();
    }

    [Fact]
    public void DepartmentFor_FindsTheDepartmentCoveringTheSubject()
    {
        var ent = new DepartmentResources("五官科", [ClinicalSubjectCode.Parse("10"), ClinicalSubjectCode.Parse("11")]);
        var profile = new HospitalProfile(departments: [new DepartmentResources("内科", [ClinicalSubjectCode.Parse("03")]), ent]);

        profile.DepartmentFor(ClinicalSubjectCode.Parse("11")).Should().BeSameAs(ent);
        profile.DepartmentFor(ClinicalSubjectCode.Parse("04")).Should().BeNull();
        profile.Departments.Should().HaveCount(2);
    }

    [Fact]
    public void Load_NullArguments_AreRejected()
    {
        FluentActions.Invoking(() => HospitalProfile.Load(null!, MetricCatalogue.Standard)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("json");
        FluentActions.Invoking(() => HospitalProfile.Load("{}", null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("catalogue");
    }

    [Fact]
    public void Json_ImpossibleProfile_IsAJsonExceptionSayingWhy()
    {
        FluentActions.Invoking(() => JsonSerializer.Deserialize<HospitalProfile>("""{"registeredNurses":100,"wardNurses":120}""", JsonAssert.Options)).Should().ThrowExactly<JsonException>()
            .WithMessage("Invalid HospitalProfile: wardNurses (120) must not exceed registeredNurses (100).*");
        var profile = JsonSerializer.Deserialize<HospitalProfile>("""{"openBeds":50,"departments":[{"name":"内科","subjects":["03"],"beds":20}]}""", JsonAssert.Options)!;
        profile.OpenBeds.Should().Be(50);
        profile.Departments.Single().Beds.Should().Be(20);
    }

    [Fact]
    public void Load_FigureGivenTwiceOrUnknownToTheCatalogue_IsAJsonException()
    {
        var province = new MetricCatalogue("province", "省级扩展", [.. MetricCatalogue.Standard.Metrics.Where(m => m.Code != "approvedBeds")]);

        FluentActions.Invoking(() => HospitalProfile.Load("""{"openBeds":450,"openBeds":460}""", province)).Should().ThrowExactly<JsonException>()
            .WithMessage("Duplicate property 'openBeds' for HospitalProfile.");
        FluentActions.Invoking(() => HospitalProfile.Load("""{"openBeds":450,"approvedBeds":500}""", province)).Should().ThrowExactly<JsonException>()
            .WithMessage("At .approvedBeds: Unknown metric 'approvedBeds' in the catalogue 'province'.");
    }
}
