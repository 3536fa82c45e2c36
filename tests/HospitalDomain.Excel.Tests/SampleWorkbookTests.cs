using HospitalDomain.Assessments;
using HospitalDomain.Excel.Tests.TestHelpers;
using HospitalDomain.Metrics;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Excel.Tests;

/// <summary>
/// The workbooks under samples/Workbooks: written by <see cref="Figures"/> through the library, and read
/// back by these tests. Set HOSPITALDOMAIN_WRITE_SAMPLES=1 to write them again after changing the figures.
/// </summary>
public sealed class SampleWorkbookTests
{
    private const string FillIn = "samples/Workbooks/fill-in.xlsx";
    private const string FillIn2022 = "samples/Workbooks/fill-in-2022.xlsx";
    private const string Summary = "samples/Workbooks/summary.xlsx";
    private const string Cohort = "samples/Workbooks/cohort.xlsx";

    /// <summary>The three hospitals as a cohort: this year's figures, last year's where there are any, and a peer group.</summary>
    public static IReadOnlyList<CohortFigures> CohortFigures =>
    [
        new("综合", Figures[0], Figures[1]),
        new("中医", Figures[2]),
        new("综合", Figures[3]),
    ];

    /// <summary>A county hospital's figures for 2023 and 2022, and two neighbours' for 2023: illustrative, not real.</summary>
    public static IReadOnlyList<MetricSet> Figures { get; } =
    [
        Set("县人民医院", "2023", 850, 35_120, 620_300, 10_230, 2_104, 3_015, 168, 18, 612_400_000m, 205_300_000m,
            ("minimallyInvasiveSurgeries", 2_650), ("surgicalPatientsForComplications", 10_230), ("surgicalComplications", 112), ("lowRiskGroupCases", 4_200), ("lowRiskGroupDeaths", 3),
            ("antibioticDdds", 10_250), ("inpatientPatientDays", 280_960), ("outpatientVisits", 560_000), ("appointmentVisits", 301_000), ("appointmentWaitMinutes", 18), ("wards", 32),
            ("qualityNursingWards", 32), ("prescriptions", 410_000), ("reviewedPrescriptions", 20_500), ("medicalServiceRevenue", 318_000_000), ("medicalRevenue", 905_000_000),
            ("energyCost", 9_800_000), ("totalRevenue", 1_010_000_000), ("outpatientSatisfaction", 90.2m), ("inpatientSatisfaction", 93.1m)),
        Set("县人民医院", "2022", 850, 33_050, 598_100, 9_410, 1_730, 2_890, 190, 21, 583_000_000m, 203_900_000m,
            ("minimallyInvasiveSurgeries", 2_200), ("surgicalPatientsForComplications", 9_410), ("surgicalComplications", 95), ("lowRiskGroupCases", 4_000), ("lowRiskGroupDeaths", 2),
            ("antibioticDdds", 10_000), ("inpatientPatientDays", 264_400), ("outpatientVisits", 540_000), ("appointmentVisits", 262_000), ("appointmentWaitMinutes", 20), ("wards", 30),
            ("qualityNursingWards", 28), ("prescriptions", 395_000), ("reviewedPrescriptions", 21_000), ("medicalServiceRevenue", 290_000_000), ("medicalRevenue", 860_000_000),
            ("energyCost", 9_100_000), ("totalRevenue", 960_000_000), ("outpatientSatisfaction", 91.0m), ("inpatientSatisfaction", 92.4m)),
        Set("县中医院", "2023", 450, 18_400, 402_000, 4_120, 520, 1_380, 90, 6, 301_200_000m, 118_700_000m),
        Set("市第二医院", "2023", 1_300, 52_300, 1_050_800, 16_900, 4_880, 5_420, 240, 20, 1_002_500_000m, 311_800_000m),
    ];

    [Fact]
    public void FillInSample_ReadsAsTheCountyHospitalsFigures()
    {
        WriteWhenAsked();

        var result = MetricWorkbook.Read(RepositoryFiles.PathOf(FillIn), MetricCatalogue.Standard);

        result.Problems.Should().BeEmpty();
        result.MetricSets.Should().Equal(Figures[0]);
        MetricWorkbook.Load(RepositoryFiles.PathOf(FillIn2022)).Should().Equal(Figures[1]);
    }

    [Fact]
    public void SummarySample_ReadsAsEveryHospitalsFigures()
    {
        WriteWhenAsked();

        var result = MetricWorkbook.Read(RepositoryFiles.PathOf(Summary), MetricCatalogue.Standard);

        result.Problems.Should().BeEmpty();
        result.MetricSets.Should().Equal(Figures);
    }

    [Fact]
    public void CohortSample_ReadsAsTheCohortsFiguresWithPeerGroups()
    {
        WriteWhenAsked();

        var result = MetricWorkbook.Read(RepositoryFiles.PathOf(Cohort), MetricCatalogue.Standard);

        result.Problems.Should().BeEmpty();
        result.MetricSets.Should().Equal(Figures);
        result.PeerGroups.Should().BeEquivalentTo(new Dictionary<string, string> { ["县人民医院"] = "综合", ["县中医院"] = "中医", ["市第二医院"] = "综合" });
    }

    private static void WriteWhenAsked()
    {
        if (Environment.GetEnvironmentVariable("HOSPITALDOMAIN_WRITE_SAMPLES") == "1")
        {
            MetricWorkbook.Write(RepositoryFiles.PathOf(FillIn), [Figures[0]], WorkbookLayout.MetricRows, everyMetric: true);
            MetricWorkbook.Write(RepositoryFiles.PathOf(FillIn2022), [Figures[1]], WorkbookLayout.MetricRows, everyMetric: true);
            MetricWorkbook.Write(RepositoryFiles.PathOf(Summary), Figures, WorkbookLayout.EntityRows, everyMetric: false);
            MetricWorkbook.WriteCohort(RepositoryFiles.PathOf(Cohort), CohortFigures);
        }
    }

    private static MetricSet Set(string entity, string period, long beds, long discharges, long visits, long surgeries, long level4, long level3, long classOne, long infections, decimal revenue, decimal drugRevenue, params (string Code, decimal Value)[] more)
    {
        var builder = MetricSet.CreateBuilder(MetricCatalogue.Standard, entity, ReportingPeriod.Parse(period))
            .Set("discharges", discharges)
            .Set("outpatientEmergencyVisits", visits)
            .Set("surgeries", surgeries)
            .Set("level4Surgeries", level4)
            .Set("level3Surgeries", level3)
            .Set("classOneIncisionSurgeries", classOne)
            .Set("classOneIncisionInfections", infections)
            .Set("dischargedPatientBedDays", discharges * 8)
            .Set("occupiedBedDays", 365L * beds * 92 / 100)
            .Set("openBedDays", 365L * beds)
            .Set("approvedBeds", beds)
            .Set("openBeds", beds)
            .Set("inpatientRevenue", revenue)
            .Set("inpatientDrugRevenue", drugRevenue);
        foreach (var (code, value) in more)
        {
            builder.Set(code, value);
        }

        return builder.Build();
    }
}
