using HospitalDomain.Metrics;

namespace HospitalDomain.Tests.Metrics;

public sealed class MetricCatalogueTests
{
    private static readonly Metric Beds = Metric.Create("beds", "床位", "Beds", Unit.Beds, MetricKind.Count);

    [Fact]
    public void NullMetrics_Throws()
    {
        var act = () => new MetricCatalogue("p", "Province", null!);

        act.Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("metrics");
    }

    [Fact]
    public void NullMetric_Throws()
    {
        var act = () => new MetricCatalogue("p", "Province", [Beds, null!]);

        act.Should().Throw<ArgumentException>().WithMessage("metrics must not contain null.*").And.ParamName.Should().Be("metrics");
    }

    [Fact]
    public void Contains_ComparesTheDefinitionUnderTheCode()
    {
        var catalogue = new MetricCatalogue("p", "Province", [Beds]);

        catalogue.Contains(Metric.Create("beds", "床位", "Beds", Unit.Beds, MetricKind.Count)).Should().BeTrue();
        catalogue.Contains(Metric.Create("beds", "床位数", "Beds", Unit.Beds, MetricKind.Count)).Should().BeFalse();
        catalogue.Contains(Metric.Create("wards", "病区", "Wards", Unit.Items, MetricKind.Count)).Should().BeFalse();
        catalogue.Contains(null!).Should().BeFalse();
        MetricCatalogue.Standard.Contains(StandardMetrics.Discharges).Should().BeTrue();
        MetricCatalogue.Standard.Contains(Beds).Should().BeFalse();
    }

    [Fact]
    public void Load_Null_Throws() =>
        FluentActions.Invoking(() => MetricCatalogue.Load(null!)).Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("json");

    [Fact]
    public void ToString_GivesIdAndCount()
    {
        new MetricCatalogue("p", "Province", [Beds]).ToString().Should().Be("p (1 metrics)");
        MetricCatalogue.Standard.ToString().Should().Be("standard (106 metrics)");
    }
}
