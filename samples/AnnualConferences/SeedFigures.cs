using HospitalDomain.Governance;
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
    /// The report gives shares and averages, not all the counts behind them. Two values here are
    /// <em>derived</em>, not printed, so that the indicators can be computed: level-4 surgeries 37,438
    /// (the count that gives 39.12% of 95,700) and the bed-days of discharged patients 1,244,100
    /// (7.8 days × 159,500). The seed conference states neither.
    /// </remarks>
    public static MetricSet Xuzhou2021 { get; } = MetricSet.CreateBuilder(MetricCatalogue.Standard, SeedHospitals.XuzhouCentral.Name, ReportingPeriod.Year(2021))
        .Set("outpatientEmergencyVisits", 2_607_200)
        .Set("discharges", 159_500)
        .Set("surgeries", 95_700)
        .Set("level4Surgeries", 37_438)
        .Set("daySurgeries", 3_407)
        .Set("dischargedPatientBedDays", 1_244_100)
        .Build();

    /// <summary>Gets the changes against 2020 the report states, as it states them: the total surgeries 14,781 more (the
    /// count is in 例次, the total's unit, not the level-4 share's), the average stay 0.5 days shorter.</summary>
    public static IReadOnlyList<(string Label, StatedChange Change, string AsWritten)> XuzhouChanges { get; } =
    [
        ("总手术量", new StatedChange(ChangeDirection.Up, 14_781, "例次", "较上年同期"), "较上年同期增加14781例次"),
        ("平均住院日", new StatedChange(ChangeDirection.Down, 0.5m, "天", "较上年同期"), "较上年同期下降0.5天"),
    ];
}
