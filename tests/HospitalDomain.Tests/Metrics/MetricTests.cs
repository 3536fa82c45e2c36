using System.Text.Json;
using HospitalDomain.Metrics;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Metrics;

[UseCulture("de-DE")]
public sealed class MetricTests
{
    [Fact]
    public void StandardCatalogue_HasTheMetricsTheIndicatorsAndSeedsNeed()
    {
        var catalogue = MetricCatalogue.Standard;

        catalogue.Count.Should().Be(106);
        catalogue.Metrics.Select(m => m.Code).Should().OnlyHaveUniqueItems();
        foreach (var code in new[]
        {
            "outpatientEmergencyVisits", "outpatientVisits", "emergencyVisits", "discharges", "surgeries", "level3Surgeries", "level4Surgeries",
            "minimallyInvasiveSurgeries", "daySurgeries", "electiveSurgeries", "inpatientDeaths", "occupiedBedDays", "openBedDays", "approvedBeds", "openBeds",
            "healthTechnicians", "physicians", "registeredNurses", "pharmacists", "medicalRevenue", "outpatientRevenue", "inpatientRevenue",
            "drugRevenue", "consumablesRevenue", "medicalServiceRevenue", "insuranceFundRevenue", "outpatientInsuranceRevenue", "inpatientInsuranceRevenue",
            "personnelExpense", "operatingExpense", "energyCost", "totalRevenue", "totalAssets", "totalLiabilities", "researchFunding", "patents", "residentsInTraining",
            "wardNurses", "engineeringTechnicians", "clinicalDietitians", "buildingArea", "wardNetArea", "outpatientArea", "averageDailyOutpatientVisits",
            "yearsAtCurrentGrade", "seniorDepartmentHeadShare", "collegeNurseShare",
        })
        {
            catalogue.TryGetIndex(code, out _).Should().BeTrue(code);
        }

        StandardMetrics.Discharges.ToString().Should().Be("discharges (出院人次, 人次)");
        catalogue["medicalSurplus"].Kind.Should().Be(MetricKind.Money);
    }

    [Theory]
    [InlineData("Discharges")]
    [InlineData("dis-charges")]
    [InlineData("")]
    [InlineData("出院")]
    public void Create_CodeNotCamelCase_Throws(string code)
    {
        var act = () => Metric.Create(code, "x", "x", Unit.None, MetricKind.Count);
        act.Should().Throw<ArgumentException>().WithMessage($"code must be camelCase ASCII (a lower-case letter, then letters and digits, at most 64), was '{code}'.*");
    }

    [Fact]
    public void Equality() =>
        ContractAssert.Equality(
            Metric.Create("discharges", "出院人次", "Discharges", Unit.PersonTimes, MetricKind.Count),
            Metric.Create("discharges", "出院人次", "Discharges", Unit.PersonTimes, MetricKind.Count),
            Metric.Create("discharges", "出院人数", "Discharges", Unit.PersonTimes, MetricKind.Count),
            Metric.Create("discharges", "出院人次", "Discharges", Unit.Persons, MetricKind.Count));

    [Fact]
    public void Json_RoundTrips() =>
        JsonAssert.RoundTrip(
            Metric.Create("daySurgeries", "D", "Day surgeries", Unit.Operations, MetricKind.Count, "x"),
            """{"code":"daySurgeries","chineseName":"D","englishName":"Day surgeries","unit":"operations","kind":"count","description":"x"}""");

    [Fact]
    public void Catalogue_Validates()
    {
        var metric = Metric.Create("a", "A", "A", Unit.None, MetricKind.Count);
        FluentActions.Invoking(() => new MetricCatalogue("c", "t", [metric, metric])).Should().Throw<ArgumentException>()
            .WithMessage("metrics contains the code 'a' more than once.*");
        var act = () => MetricCatalogue.Standard.IndexOf("nosuch");
        act.Should().Throw<KeyNotFoundException>().WithMessage("'nosuch' is not a metric of the catalogue 'standard'.");
    }

    [Fact]
    public void Catalogue_LoadsUserCatalogues()
    {
        var catalogue = MetricCatalogue.Load("""{"id":"p","title":"Province","metrics":[{"code":"x","chineseName":"X","englishName":"X","unit":"items","kind":"count"}]}""");
        catalogue["x"].Unit.Should().Be(Unit.Items);
        FluentActions.Invoking(() => MetricCatalogue.Load("""{"id":"p","title":"P","metrics":[{"code":"X","chineseName":"X","englishName":"X","unit":"items","kind":"count"}]}"""))
            .Should().ThrowExactly<JsonException>().WithMessage("At .metrics[0]: Invalid Metric: code must be camelCase ASCII*");
    }

    [Fact]
    public void ToString_WithoutAUnit_GivesCodeAndChineseName() =>
        Metric.Create("ratio", "比值", "Ratio", Unit.None, MetricKind.Average).ToString().Should().Be("ratio (比值)");

    [Fact]
    public void ToString_WithAUnit_AddsItsSymbol() =>
        Metric.Create("beds", "床位", "Beds", Unit.Beds, MetricKind.Count).ToString().Should().Be("beds (床位, 张)");

    [Fact]
    public void Values_OfALevel_MustBeWhole()
    {
        var builder = MetricSet.CreateBuilder(MetricCatalogue.Standard, "h", ReportingPeriod.Year(2021));

        FluentActions.Invoking(() => builder.Set("emrLevel", 2.5m)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("emrLevel is a level and must be a whole number, was 2.5.*").And.ParamName.Should().Be("value");
        builder.Set("emrLevel", 5).Build()["emrLevel"].Should().Be(5m);
    }
}
