using System.Collections.Immutable;
using HospitalDomain.Metrics;
using HospitalDomain.Records.Tests.TestHelpers;

namespace HospitalDomain.Records.Tests.Aggregation;

/// <summary>Every default rule of docs/records.md on four hand-made stays whose sums are worked out by hand.</summary>
public sealed class DefaultRuleTests
{
    // H1, 0304: 4 days; a level-4 minimally invasive operation with a class I incision (1) and a diagnostic procedure (no level); DRG FM19 1.5.
    // H1, 0401: same day (1 day), died (LYFS 5); a level-3 operation whose class I incision got infected (3); DRG HC25 0.8, low risk.
    // H1, 0401: 10 days, no procedure; DRG HC25 0.8, low risk; discharged in April (Q2).
    // H2, 0304: 2 days, transferred (LYFS 2); a level-2 minimally invasive operation with no skin incision (0); DRG GD19 0.9.
    private static readonly Dictionary<string, string>[] Rows =
    [
        Export.Valid("1").With(("SSJCZBM1", "51.2301"), ("SSJB1", "4"), ("QKYHLB1", "1"), ("SSJCZBM2", "88.7201"),
            ("ZFY", "1000.00"), ("XYF", "300.00"), ("ZCYF", "50.00"), ("ZCYF1", "0"), ("HCYYCLF", "100.00"), ("YYCLF", "20.00"), ("YCXYYCLF", "30.00"), ("DRGBM", "FM19"), ("DRGQZ", "1.5")),
        Export.Valid("2").With(("CYKB", "0401"), ("RYSJ", "2023-03-05 08:00"), ("CYSJ", "2023-03-05 16:00"), ("SJZYTS", "1"), ("LYFS", "5"),
            ("SSJCZBM1", "47.0901"), ("SSJB1", "3"), ("QKYHLB1", "3"), ("ZFY", "500.5"), ("XYF", "100.25"), ("DRGBM", "HC25"), ("DRGQZ", "0.8")),
        Export.Valid("3").With(("CYKB", "0401"), ("RYSJ", "2023-03-25"), ("CYSJ", "2023-04-04"), ("SJZYTS", "10"), ("ZFY", "2000"), ("DRGBM", "HC25"), ("DRGQZ", "0.8")),
        Export.Valid("4").With(("ZZJGDM", "H2"), ("CYSJ", "2023-03-03 09:00:00"), ("SJZYTS", "2"), ("LYFS", "2"),
            ("SSJCZBM1", "13.4101"), ("SSJB1", "2"), ("QKYHLB1", "0"), ("ZFY", "800"), ("DRGBM", "GD19"), ("DRGQZ", "0.9")),
    ];

    [Fact]
    public void ByHospitalAndYear_EveryDefaultRule()
    {
        var result = Export.Ingest(Export.Csv(Rows));

        result.Reconciliation.ToString().Should().Be("read 4 = accepted 4 + rejected 0");
        result.MetricSets.Select(s => s.Entity).Should().Equal("H1", "H2");
        Values(result.MetricSets[0]).Should().Equal(new Dictionary<string, decimal>
        {
            ["discharges"] = 3, ["dischargedPatientBedDays"] = 15, ["inpatientDeaths"] = 1,
            ["surgeries"] = 2, ["level4Surgeries"] = 1, ["level3Surgeries"] = 1, ["minimallyInvasiveSurgeries"] = 1,
            ["classOneIncisionSurgeries"] = 2, ["classOneIncisionInfections"] = 1,
            ["inpatientRevenue"] = 3500.5m, ["inpatientDrugRevenue"] = 450.25m, ["consumablesRevenue"] = 150m,
            ["lowRiskGroupCases"] = 2, ["lowRiskGroupDeaths"] = 1,
        });
        Values(result.MetricSets[1]).Should().Equal(new Dictionary<string, decimal>
        {
            ["discharges"] = 1, ["dischargedPatientBedDays"] = 2, ["inpatientDeaths"] = 0,
            ["surgeries"] = 1, ["level4Surgeries"] = 0, ["level3Surgeries"] = 0, ["minimallyInvasiveSurgeries"] = 1,
            ["classOneIncisionSurgeries"] = 0, ["classOneIncisionInfections"] = 0,
            ["inpatientRevenue"] = 800m, ["inpatientDrugRevenue"] = 0m, ["consumablesRevenue"] = 0m,
            ["lowRiskGroupCases"] = 0, ["lowRiskGroupDeaths"] = 0,
        });
        result.MetricSets[0].Period.Should().Be(ReportingPeriod.Year(2023));
        result.Drg.Should().Equal(new DrgTotals("H1", ReportingPeriod.Year(2023), 3, 3.1m), new DrgTotals("H2", ReportingPeriod.Year(2023), 1, 0.9m));
        result.Drg[0].CaseMixIndex.Should().Be(Ratio.Of(3.1m, 3));
    }

    [Fact]
    public void ByDepartmentAndQuarter_EntityIsHospitalSlashDepartment()
    {
        var result = Export.Ingest(Export.Csv(Rows), new RecordIngestOptions { Rules = Export.Rules, Grouping = EntityGrouping.HospitalDepartment, Period = PeriodGranularity.Quarter });

        result.MetricSets.Select(s => $"{s.Entity} {s.Period} {s["discharges"]}").Should().Equal("H1/0304 2023Q1 1", "H1/0401 2023Q1 1", "H1/0401 2023Q2 1", "H2/0304 2023Q1 1");
    }

    [Fact]
    public void ByMonth_PeriodOfTheDischargeDate()
    {
        var result = Export.Ingest(Export.Csv(Rows), new RecordIngestOptions { Rules = Export.Rules, Period = PeriodGranularity.Month });

        result.MetricSets.Select(s => $"{s.Entity} {s.Period} {s["dischargedPatientBedDays"]}").Should().Equal("H1 2023-03 5", "H1 2023-04 10", "H2 2023-03 2");
    }

    [Fact]
    public void OperationCodeSet_ReplacesTheLevelRule()
    {
        var rules = new AggregationRules { OperationCodes = ["88.7201", "13.4101"], MinimallyInvasiveCodes = ["51.2301"] };

        var h1 = Export.Ingest(Export.Csv(Rows), new RecordIngestOptions { Rules = rules }).MetricSets[0];

        h1["surgeries"].Should().Be(1, "only row 1 has an operation of the dictionary (88.7201, which has no level)");
        h1["level4Surgeries"].Should().Be(0, "the highest level of its operations is none");
        h1["minimallyInvasiveSurgeries"].Should().Be(0, "51.2301 is not an operation of the dictionary");
        h1["classOneIncisionSurgeries"].Should().Be(0);
    }

    [Fact]
    public void CustomRule_ReplacesTheDefaultOfItsMetric_AndDisabledMetricsAreMissing()
    {
        var rules = Export.Rules;
        rules = new AggregationRules
        {
            DrgGroupField = rules.DrgGroupField,
            DrgWeightField = rules.DrgWeightField,
            CustomRules = [new RecordMetricRule("surgeries", "stays with any procedure entry", r => r.Procedures.IsEmpty ? 0 : 1), new RecordMetricRule("inpatientPatientDays", "bed-days again", r => r.LengthOfStay)],
            DisabledMetrics = ["consumablesRevenue"],
        };

        var h1 = Export.Ingest(Export.Csv(Rows), new RecordIngestOptions { Rules = rules }).MetricSets[0];

        h1["surgeries"].Should().Be(2);
        h1["inpatientPatientDays"].Should().Be(15);
        h1["consumablesRevenue"].Should().BeNull();
        h1["minimallyInvasiveSurgeries"].Should().BeNull("no minimally invasive code set was given");
        h1["lowRiskGroupCases"].Should().BeNull("no low-risk group list was given");
    }

    [Fact]
    public void CustomRule_ForAMetricOutsideTheCatalogue_IsRejectedUpFront() =>
        FluentActions.Invoking(() => new FrontPageAggregator(new RecordIngestOptions { Rules = new AggregationRules { CustomRules = [new RecordMetricRule("nosuch", "x", _ => 1)] } }))
            .Should().Throw<ArgumentException>().WithMessage("Rule metric 'nosuch' is not in the catalogue 'standard'.*");

    [Fact]
    public void MetricsWhoseColumnsAreAbsent_AreMissingNotZero()
    {
        string[] header = ["ZZJGDM", "BAH", "ZYCS", "RYSJ", "CYSJ", "SJZYTS", "LYFS", "ZFY"];

        var set = Export.Ingest(Export.Csv([Export.Valid()], header), RecordIngestOptions.Default).MetricSets.Single();

        set.Values().Select(v => v.Key.Code).Should().BeEquivalentTo("discharges", "dischargedPatientBedDays", "inpatientDeaths", "inpatientRevenue");
    }

    [Fact]
    public void SeveralExports_AddUp_AndAStayRepeatedInALaterExportIsADuplicate()
    {
        var aggregator = new FrontPageAggregator(new RecordIngestOptions { Rules = Export.Rules });
        aggregator.Read(new MemoryStream(Export.Bytes(Export.Csv(Rows[0], Rows[1]))), "a.csv");
        aggregator.Read(new MemoryStream(Export.Bytes(Export.Csv(Rows[1], Rows[2]))), "b.csv");

        var result = aggregator.ToResult();

        result.Reconciliation.ToString().Should().Be("read 4 = accepted 3 + rejected 1 (DuplicateStay 1)");
        result.MetricSets.Single()["discharges"].Should().Be(3);
    }

    private static ImmutableDictionary<string, decimal> Values(MetricSet set) => set.Values().ToImmutableDictionary(p => p.Key.Code, p => p.Value);
}
