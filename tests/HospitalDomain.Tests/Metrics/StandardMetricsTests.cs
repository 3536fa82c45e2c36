using HospitalDomain.Metrics;

namespace HospitalDomain.Tests.Metrics;

public sealed class StandardMetricsTests
{
    public static TheoryData<string, string> Named() => new()
    {
        { nameof(StandardMetrics.OutpatientEmergencyVisits), "outpatientEmergencyVisits" },
        { nameof(StandardMetrics.OutpatientVisits), "outpatientVisits" },
        { nameof(StandardMetrics.EmergencyVisits), "emergencyVisits" },
        { nameof(StandardMetrics.AverageDailyOutpatientVisits), "averageDailyOutpatientVisits" },
        { nameof(StandardMetrics.Discharges), "discharges" },
        { nameof(StandardMetrics.Surgeries), "surgeries" },
        { nameof(StandardMetrics.Level4Surgeries), "level4Surgeries" },
        { nameof(StandardMetrics.Level3Surgeries), "level3Surgeries" },
        { nameof(StandardMetrics.MinimallyInvasiveSurgeries), "minimallyInvasiveSurgeries" },
        { nameof(StandardMetrics.DaySurgeries), "daySurgeries" },
        { nameof(StandardMetrics.ElectiveSurgeries), "electiveSurgeries" },
        { nameof(StandardMetrics.MedicalRevenue), "medicalRevenue" },
        { nameof(StandardMetrics.DrugRevenue), "drugRevenue" },
        { nameof(StandardMetrics.ConsumablesRevenue), "consumablesRevenue" },
    };

    [Theory]
    [MemberData(nameof(Named))]
    public void Property_IsTheStandardMetricOfItsCode(string property, string code)
    {
        var metric = (Metric)typeof(StandardMetrics).GetProperty(property)!.GetValue(null)!;

        metric.Code.Should().Be(code);
        metric.Should().BeSameAs(MetricCatalogue.Standard[code]);
    }
}
