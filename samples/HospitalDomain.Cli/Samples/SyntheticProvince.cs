using HospitalDomain.Assessments;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;

namespace HospitalDomain.Samples;

/// <summary>
/// A deterministic synthetic province: hospitals with plausible, varied figures for a year and the
/// year before, evaluated with the 2020 tertiary edition or another. The same seed always gives the same cohort.
/// </summary>
internal static class SyntheticProvince
{
    private static readonly string[] PeerGroups = ["综合-三级", "中医-三级", "专科-三级"];

    /// <summary>Generates <paramref name="count"/> hospitals evaluated with <paramref name="edition"/> (the 2020 tertiary edition by default).</summary>
    public static List<CohortMember> Generate(int count, int seed = 2024, IndicatorEdition? edition = null)
    {
        var random = new Random(seed);
        var calculator = new IndicatorCalculator(edition ?? IndicatorEditions.NationalTertiary2020);
        var members = new List<CohortMember>(count);
        for (var h = 0; h < count; h++)
        {
            var entity = $"H{h + 1:0000}";
            var size = 0.5m + (decimal)random.NextDouble() * 2.5m;
            var current = Build(random, entity, ReportingPeriod.Year(2023), size);
            var previous = Build(random, entity, ReportingPeriod.Year(2022), size * 0.95m);
            members.Add(new CohortMember(entity, PeerGroups[h % PeerGroups.Length], calculator.Evaluate(current, previous)));
        }

        return members;
    }

    private static MetricSet Build(Random random, string entity, ReportingPeriod period, decimal size)
    {
        var builder = MetricSet.CreateBuilder(MetricCatalogue.Standard, entity, period);
        decimal Vary(decimal value, double spread = 0.2) => Math.Round(value * (1m + (decimal)((random.NextDouble() * 2 - 1) * spread)));
        var beds = Vary(1500 * size);
        var discharges = Vary(beds * 45);
        var surgeries = Vary(discharges * 0.45m);
        var outpatients = Vary(discharges * 12);
        var revenue = Vary(beds * 1_600_000m);
        foreach (var metric in MetricCatalogue.Standard.Metrics)
        {
            // One figure in forty is not reported, as in real submissions.
            if (random.Next(40) == 0)
            {
                continue;
            }

            var value = metric.Code switch
            {
                "openBeds" or "approvedBeds" => beds,
                "discharges" => discharges,
                "surgeries" => surgeries,
                "level4Surgeries" => Vary(surgeries * 0.3m),
                "level3Surgeries" => Vary(surgeries * 0.35m),
                "minimallyInvasiveSurgeries" => Vary(surgeries * 0.25m),
                "electiveSurgeries" => Vary(surgeries * 0.6m),
                "daySurgeries" => Vary(surgeries * 0.08m),
                "outpatientVisits" or "outpatientPrescriptionVisits" => outpatients,
                "outpatientEmergencyVisits" => Vary(outpatients * 1.1m),
                "medicalRevenue" or "medicalActivityRevenue" => revenue,
                "totalRevenue" => Vary(revenue * 1.1m),
                "outpatientRevenue" => Vary(revenue * 0.3m),
                "inpatientRevenue" => Vary(revenue * 0.7m),
                "drugRevenue" => Vary(revenue * 0.26m),
                "consumablesRevenue" => Vary(revenue * 0.2m),
                "medicalServiceRevenue" => Vary(revenue * 0.3m),
                "healthTechnicians" => Vary(beds * 1.3m),
                "physicians" or "averagePhysicians" => Vary(beds * 0.4m),
                "registeredNurses" => Vary(beds * 0.6m),
                "emrLevel" => random.Next(3, 7),
                "outpatientSatisfaction" or "inpatientSatisfaction" or "staffSatisfaction" or "patientSatisfaction" => Vary(88m, 0.06),
                "appointmentWaitMinutes" => Vary(15m, 0.5),
                "medicalSurplus" => Vary(revenue * 0.03m, 1.5),
                _ => metric.Kind == MetricKind.Money ? Vary(revenue * 0.05m) : Vary(1000m * size, 0.5),
            };
            builder.Set(metric, metric.Kind is MetricKind.Count or MetricKind.Level ? Math.Max(0, Math.Round(value)) : value);
        }

        return builder.Build();
    }
}
