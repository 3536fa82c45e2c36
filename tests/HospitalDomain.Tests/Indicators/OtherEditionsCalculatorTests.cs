using System.Globalization;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Indicators;

/// <summary>
/// The indicators of the secondary and operations editions that the 2020 tertiary edition does not
/// have, each computed from hand-worked figures; and every ratio and value indicator of every shipped
/// edition checked for its zero-denominator case and, metric by metric, its missing-metric case. Worked by hand, for example:
/// level-3 share 33,600 / 96,000 × 100 = 35; bed occupancy 1,270,200 / 1,460,000 × 100 = 87; bed
/// turnover 160,000 / 4,000 = 40; cost per visit growth, (800,000,000 + 2,200,000,000) /
/// (2,000,000 + 160,000) = 1,388.89 against (760,000,000 + 2,160,000,000) / (2,000,000 + 150,000) =
/// 1,358.14 the year before: + 2.2640791476 %.
/// </summary>
[UseCulture("de-DE")]
public sealed class OtherEditionsCalculatorTests
{
    public static TheoryData<string, string, IndicatorStatus, string?, string?, string?> Expected => new()
    {
        // Secondary 2019, the indicators the tertiary list does not have.
        { "national-secondary-2019", "level3SurgeryShare", IndicatorStatus.Computed, "35", "33600", "96000" },
        { "national-secondary-2019", "essentialDrugProcurementShare", IndicatorStatus.Computed, "30", "45000000", "150000000" },
        { "national-secondary-2019", "vbpDrugProcurementShare", IndicatorStatus.Computed, "40", "60000000", "150000000" },
        { "national-secondary-2019", "keyMonitoredDrugRevenueShare", IndicatorStatus.Computed, "5", "36000000", "720000000" },
        { "national-secondary-2019", "provincialEqaRates", IndicatorStatus.NotApplicable, null, null, null },
        { "national-secondary-2019", "averageLengthOfStay", IndicatorStatus.Computed, "7.8", "1248000", "160000" },
        { "national-secondary-2019", "insuranceFundShareOfMedicalRevenue", IndicatorStatus.Computed, "58", "1740000000", "3000000000" },
        { "national-secondary-2019", "costPerVisitGrowth", IndicatorStatus.Computed, "2.2640791476", "1388.8888888889", "1358.1395348837" },
        { "national-secondary-2019", "drugCostPerVisitGrowth", IndicatorStatus.Computed, "0.7362784471", "388.8888888889", "386.0465116279" },
        { "national-secondary-2019", "trainingExpenseShare", IndicatorStatus.Computed, "0.5", "15000000", "3000000000" },
        { "national-secondary-2019", "specialtyCapability", IndicatorStatus.NotApplicable, null, null, null },
        { "national-secondary-2019", "patientSatisfaction", IndicatorStatus.Computed, "91.5", "91.5", null },

        // Operations: every indicator.
        { "operations", "outpatientEmergencyVisitsCount", IndicatorStatus.Computed, "2200000", "2200000", null },
        { "operations", "dischargesCount", IndicatorStatus.Computed, "160000", "160000", null },
        { "operations", "surgeriesCount", IndicatorStatus.Computed, "96000", "96000", null },
        { "operations", "level4SurgeryShare", IndicatorStatus.Computed, "39", "37440", "96000" },
        { "operations", "daySurgeriesCount", IndicatorStatus.Computed, "3400", "3400", null },
        { "operations", "averageLengthOfStay", IndicatorStatus.Computed, "7.8", "1248000", "160000" },
        { "operations", "bedOccupancyRate", IndicatorStatus.Computed, "87", "1270200", "1460000" },
        { "operations", "bedTurnover", IndicatorStatus.Computed, "40", "160000", "4000" },
        { "operations", "drugRevenueShare", IndicatorStatus.Computed, "24", "720000000", "3000000000" },
        { "operations", "consumablesRevenueShare", IndicatorStatus.Computed, "16", "480000000", "3000000000" },
        { "operations", "costPerOutpatientVisit", IndicatorStatus.Computed, "400", "800000000", "2000000" },
        { "operations", "costPerDischarge", IndicatorStatus.Computed, "13750", "2200000000", "160000" },
        { "operations", "nursesPerBed", IndicatorStatus.Computed, "0.7", "2800", "4000" },
        { "operations", "physicianToNurseRatio", IndicatorStatus.Computed, "2", "2800", "1400" },
    };

    public static TheoryData<string> Editions => new() { "national-tertiary-2019", "national-tertiary-2020", "national-secondary-2019", "operations" };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Evaluate_MatchesHandComputation(string editionId, string code, IndicatorStatus status, string? value, string? numerator, string? denominator)
    {
        var result = new IndicatorCalculator(IndicatorEditions.Get(editionId)).Evaluate(Current(), Previous())[code];

        ExpectedDecimals.ShouldMatch(result, status, value, numerator, denominator);
    }

    [Fact]
    public void Expected_CoversEveryIndicatorTheTertiaryTestsDoNot()
    {
        var tertiary = IndicatorEditions.NationalTertiary2020.Entries.Select(e => e.Code).ToHashSet();
        var covered = Expected.Select(row => ((string)row[0], (string)row[1])).ToHashSet();
        foreach (var edition in new[] { IndicatorEditions.NationalSecondary2019, IndicatorEditions.Operations })
        {
            foreach (var entry in edition.Entries.Where(e => edition == IndicatorEditions.Operations || !tertiary.Contains(e.Code)))
            {
                covered.Should().Contain((edition.Id, entry.Code));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Evaluate_ZeroDenominator_IsNotComputable_ForEveryRatio(string editionId)
    {
        var edition = IndicatorEditions.Get(editionId);
        var ratios = edition.Entries.Where(e => e.Definition.Kind is IndicatorKind.Ratio or IndicatorKind.PerN).ToList();
        var current = Current().ToBuilder();
        foreach (var metric in ratios.SelectMany(e => e.Definition.Denominator!.Metrics))
        {
            current.Set(metric, 0);
        }

        var evaluation = new IndicatorCalculator(edition).Evaluate(current.Build(), Previous());

        ratios.Should().NotBeEmpty();
        foreach (var entry in ratios)
        {
            var result = evaluation[entry.Code];
            result.Status.Should().Be(IndicatorStatus.NotComputable, entry.Code);
            result.Value.Should().BeNull();
            result.Denominator.Should().Be(0m);
            result.Format().Should().Be("not computable");
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Evaluate_MissingMetric_NamesIt_ForEveryComputedIndicator(string editionId)
    {
        var edition = IndicatorEditions.Get(editionId);
        var calculator = new IndicatorCalculator(edition);
        foreach (var entry in edition.Entries.Where(e => e.Definition.Numerator is not null))
        {
            foreach (var metric in entry.Definition.Numerator!.Metrics.Concat(entry.Definition.Denominator?.Metrics ?? []))
            {
                var result = calculator.Evaluate(Current().ToBuilder().Remove(metric).Build(), Previous())[entry.Code];

                result.Status.Should().Be(IndicatorStatus.MissingData, $"{entry.Code} without {metric}");
                result.MissingMetrics.Should().Equal([metric], $"{entry.Code} without {metric}");
                result.Format().Should().Be("missing: " + metric);
            }
        }
    }

    [Fact]
    public void Growth_WithAZeroPreviousDenominator_IsNotComputable()
    {
        var previous = Previous().ToBuilder().Set("outpatientVisits", 0).Set("discharges", 0).Build();

        var result = new IndicatorCalculator(IndicatorEditions.NationalSecondary2019).Evaluate(Current(), previous)["costPerVisitGrowth"];

        result.Status.Should().Be(IndicatorStatus.NotComputable);
        result.Numerator.Should().BeApproximately(1388.8888888889m, 0.0000000001m);
        result.Denominator.Should().BeNull();
    }

    // The tertiary tests' year (for the indicators the editions share), with the figures above.
    private static MetricSet Current() => IndicatorCalculatorTests.Current().ToBuilder()
        .Set("outpatientEmergencyVisits", 2_200_000m)
        .Set("outpatientVisits", 2_000_000m)
        .Set("discharges", 160_000m)
        .Set("surgeries", 96_000m)
        .Set("level3Surgeries", 33_600m)
        .Set("level4Surgeries", 37_440m)
        .Set("daySurgeries", 3_400m)
        .Set("dischargedPatientBedDays", 1_248_000m)
        .Set("occupiedBedDays", 1_270_200m)
        .Set("openBedDays", 1_460_000m)
        .Set("averageOpenBeds", 4_000m)
        .Set("openBeds", 4_000m)
        .Set("registeredNurses", 2_800m)
        .Set("physicians", 1_400m)
        .Set("essentialDrugProcurementAmount", 45_000_000m)
        .Set("vbpDrugProcurementAmount", 60_000_000m)
        .Set("drugProcurementAmount", 150_000_000m)
        .Set("keyMonitoredDrugRevenue", 36_000_000m)
        .Set("drugRevenue", 720_000_000m)
        .Set("consumablesRevenue", 480_000_000m)
        .Set("medicalRevenue", 3_000_000_000m)
        .Set("insuranceFundRevenue", 1_740_000_000m)
        .Set("outpatientRevenue", 800_000_000m)
        .Set("inpatientRevenue", 2_200_000_000m)
        .Set("outpatientDrugRevenue", 400_000_000m)
        .Set("inpatientDrugRevenue", 440_000_000m)
        .Set("trainingExpense", 15_000_000m)
        .Set("totalExpense", 3_000_000_000m)
        .Set("patientSatisfaction", 91.5m)
        .Build();

    // The year before: the tertiary tests' (visits 2,000,000, discharges 150,000, outpatient and inpatient
    // revenue 760,000,000 and 2,160,000,000, their drug revenue 380,000,000 and 450,000,000).
    private static MetricSet Previous() => IndicatorCalculatorTests.Previous();
}
