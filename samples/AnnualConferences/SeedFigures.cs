using HospitalDomain.Indicators;
using HospitalDomain.Metrics;

namespace HospitalDomain.Samples;

/// <summary>
/// The figures of a tertiary general hospital's 2021 annual report (seed 004), as a metric set, with
/// the changes against 2020 that the report states.
/// </summary>
internal static class SeedFigures
{
    /// <summary>Gets 2021: 260.72万 outpatient and emergency visits, 15.95万 discharges, 9.57万 surgeries of
    /// which 39.12% level 4, 3407 day surgeries and an average stay of 7.8 days.</summary>
    /// <remarks>
    /// The report gives shares and averages, not all the counts behind them: level-4 surgeries are
    /// 37,438 (the count that gives 39.12% of 95,700) and the bed-days of discharged patients
    /// 1,244,100 (7.8 days × 159,500).
    /// </remarks>
    public static MetricSet Xuzhou2021 { get; } = MetricSet.CreateBuilder(MetricCatalogue.Standard, SeedHospitals.XuzhouCentral.Name, ReportingPeriod.Year(2021))
        .Set("outpatientEmergencyVisits", 2_607_200)
        .Set("discharges", 159_500)
        .Set("surgeries", 95_700)
        .Set("level4Surgeries", 37_438)
        .Set("daySurgeries", 3_407)
        .Set("dischargedPatientBedDays", 1_244_100)
        .Build();

    /// <summary>Gets the changes against 2020 the report states: the average stay 0.5 days shorter, 14,781 more level-4 surgeries.</summary>
    public static IReadOnlyList<(string Label, Change Change)> XuzhouChanges { get; } =
    [
        ("平均住院日", Change.Between(8.3m, 7.8m, ChangeValueKind.Quantity, IndicatorDirection.LowerIsBetter, Unit.Days)),
        ("四级手术", Change.Between(37_438 - 14_781, 37_438, ChangeValueKind.Quantity, IndicatorDirection.HigherIsBetter, Unit.Cases)),
    ];
}
