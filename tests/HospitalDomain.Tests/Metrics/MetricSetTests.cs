using System.Text.Json;
using HospitalDomain.Metrics;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Metrics;

public sealed class MetricSetTests
{
    private static MetricSet Seed2021() => MetricSet.CreateBuilder(MetricCatalogue.Standard, "徐州市中心医院", ReportingPeriod.Year(2021))
        .Set(StandardMetrics.OutpatientEmergencyVisits, 2_607_200)
        .Set("discharges", 159_500)
        .Set("surgeries", 95_700)
        .Set("daySurgeries", 0)
        .Build();

    [Fact]
    public void MissingIsDistinctFromZero()
    {
        var set = Seed2021();

        set[StandardMetrics.Discharges].Should().Be(159_500);
        set["daySurgeries"].Should().Be(0m);
        set["level4Surgeries"].Should().BeNull();
        set.TryGetValue(StandardMetrics.Level4Surgeries, out var missing).Should().BeFalse();
        missing.Should().Be(0m);
        set.Count.Should().Be(4);
        set.Values().Select(v => v.Key.Code).Should().Equal("outpatientEmergencyVisits", "discharges", "surgeries", "daySurgeries");
        set.ToString().Should().Be("徐州市中心医院 2021 (4 values)");
    }

    [Fact]
    public void Builder_ValidatesValuesByKind()
    {
        var builder = MetricSet.CreateBuilder(MetricCatalogue.Standard, "h", ReportingPeriod.Year(2021));

        FluentActions.Invoking(() => builder.Set("discharges", -1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("discharges must be non-negative, was -1.*");
        FluentActions.Invoking(() => builder.Set("discharges", 1.5m)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("discharges is a count and must be a whole number, was 1.5.*");
        FluentActions.Invoking(() => builder.Set("nosuch", 1)).Should().Throw<KeyNotFoundException>();
        builder.Set("medicalSurplus", -1_000_000m).Build()["medicalSurplus"].Should().Be(-1_000_000m, "money may be negative");
        var foreign = Metric.Create("foreign", "F", "F", Unit.None, MetricKind.Count);
        FluentActions.Invoking(() => builder.Set(foreign, 1)).Should().Throw<ArgumentException>().WithMessage("metric 'foreign' is not in the catalogue 'standard'.*");
    }

    [Fact]
    public void Builder_BuildCopies_AndToBuilderRoundTrips()
    {
        var builder = MetricSet.CreateBuilder(MetricCatalogue.Standard, "h", ReportingPeriod.Year(2021)).Set("discharges", 1);
        var first = builder.Build();
        builder.Set("discharges", 2).Remove("discharges");

        first["discharges"].Should().Be(1m);
        first.ToBuilder().Build().Should().Be(first);
    }

    [Fact]
    public void Equality() =>
        ContractAssert.Equality(Seed2021(), Seed2021(), Seed2021().ToBuilder().Remove("daySurgeries").Build(), Seed2021().ToBuilder().Set("daySurgeries", 3407).Build());

    [Fact]
    public void Json_RoundTrips() =>
        JsonAssert.RoundTrip(
            MetricSet.CreateBuilder(MetricCatalogue.Standard, "H", ReportingPeriod.Year(2021)).Set("discharges", 159_500).Set("medicalRevenue", 1234.5m).Build(),
            """{"entity":"H","period":"2021","values":{"discharges":159500,"medicalRevenue":1234.5}}""");

    [Theory]
    [InlineData("""{"entity":"H","period":"2021","values":{"nosuch":1}}""", "At .values.nosuch: Unknown metric 'nosuch' in the catalogue 'standard'.*")]
    [InlineData("""{"entity":"H","period":"2021","values":{"discharges":-1}}""", "At .values.discharges: Invalid MetricSet: discharges must be non-negative, was -1.*")]
    [InlineData("""{"entity":"H","values":{}}""", "Missing required property 'period' for MetricSet.*")]
    [InlineData("""{"entity":"H","period":"2021","values":{"discharges":"1"}}""", "At .values.discharges: Expected discharges as a JSON number but found a string.*")]
    [InlineData("""{"entity":"H","period":"2021","values":{"discharges":1e400}}""", "At .values.discharges: discharges is out of the range of a decimal number.*")]
    public void Json_Invalid(string json, string message)
    {
        var act = () => JsonSerializer.Deserialize<MetricSet>(json, JsonAssert.Options);
        act.Should().ThrowExactly<JsonException>().WithMessage(message);
    }

    [Fact]
    public void Load_WithAUserCatalogue()
    {
        var catalogue = new MetricCatalogue("province", "P", [Metric.Create("beds", "床位", "Beds", Unit.Beds, MetricKind.Count)]);
        var set = MetricSet.Load("""{"catalogue":"province","entity":"H","period":"2023Q4","values":{"beds":500}}""", catalogue);

        set["beds"].Should().Be(500m);
        JsonSerializer.Serialize(set, JsonAssert.Options).Should().Be("""{"catalogue":"province","entity":"H","period":"2023Q4","values":{"beds":500}}""");
        FluentActions.Invoking(() => MetricSet.Load("""{"catalogue":"other","entity":"H","period":"2023","values":{}}""", catalogue))
            .Should().ThrowExactly<JsonException>().WithMessage("At .catalogue: The metric set refers to the catalogue 'other' but is read with 'province'.*");
    }

    [Fact]
    public void TryGetValue_NullMetric_Throws() =>
        FluentActions.Invoking(() => Seed2021().TryGetValue(null!, out _)).Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("metric");

    [Fact]
    public void TryGetValue_MetricOfAnotherCatalogue_Throws()
    {
        var foreign = Metric.Create("foreign", "F", "F", Unit.None, MetricKind.Count);

        FluentActions.Invoking(() => Seed2021().TryGetValue(foreign, out _)).Should().Throw<ArgumentException>()
            .WithMessage("metric 'foreign' is not in the catalogue 'standard'.*").And.ParamName.Should().Be("metric");
    }

    [Fact]
    public void TryGetValue_ReportedMetric_GivesItsValue()
    {
        Seed2021().TryGetValue(StandardMetrics.Surgeries, out var value).Should().BeTrue();
        value.Should().Be(95_700m);
    }

    [Fact]
    public void Load_NullArguments_Throw()
    {
        var catalogue = new MetricCatalogue("province", "P", [Metric.Create("beds", "床位", "Beds", Unit.Beds, MetricKind.Count)]);

        FluentActions.Invoking(() => MetricSet.Load(null!, null!)).Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("json");
        FluentActions.Invoking(() => MetricSet.Load(null!, catalogue)).Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("json");
        FluentActions.Invoking(() => MetricSet.Load("""{"entity":"H","period":"2023","values":{}}""", null!)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("catalogue");
    }

    [Fact]
    public void Builder_SetNullMetric_Throws()
    {
        var builder = MetricSet.CreateBuilder(MetricCatalogue.Standard, "h", ReportingPeriod.Year(2021));

        FluentActions.Invoking(() => builder.Set((Metric)null!, 1)).Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("metric");
    }
}
