using HospitalDomain.Assessments;
using HospitalDomain.Samples;
using HospitalDomain.Departments;
using HospitalDomain.EntityFrameworkCore.Schema;
using HospitalDomain.EntityFrameworkCore.Tests.TestHelpers;
using HospitalDomain.Indicators;
using HospitalDomain.Organizations;
using HospitalDomain.Records;
using HospitalDomain.Records.Generation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HospitalDomain.EntityFrameworkCore.Tests.Schema;

public sealed class ReadySchemaTests
{
    [Fact]
    public void Migrate_OnSqlite_CreatesTheSchemaWithNoPendingModelChanges() => MigrateLeavesNothingPending(Provider.Sqlite);

    [PostgreSqlFact]
    public void Migrate_OnPostgreSql_CreatesTheSchemaWithNoPendingModelChanges() => MigrateLeavesNothingPending(Provider.PostgreSql);

    [Fact]
    public void MetricValues_OnSqlite_RoundTripMetricSets() => MetricSetsRoundTrip(Provider.Sqlite);

    [PostgreSqlFact]
    public void MetricValues_OnPostgreSql_RoundTripMetricSets() => MetricSetsRoundTrip(Provider.PostgreSql);

    [Fact]
    public void IndicatorResults_OnSqlite_RoundTripEvaluations() => EvaluationsRoundTrip(Provider.Sqlite);

    [PostgreSqlFact]
    public void IndicatorResults_OnPostgreSql_RoundTripEvaluations() => EvaluationsRoundTrip(Provider.PostgreSql);

    [Fact]
    public void Assessments_OnSqlite_RoundTripWithPointsAndGrades() => AssessmentsRoundTrip(Provider.Sqlite);

    [PostgreSqlFact]
    public void Assessments_OnPostgreSql_RoundTripWithPointsAndGrades() => AssessmentsRoundTrip(Provider.PostgreSql);

    [Fact]
    public void Hospitals_OnSqlite_RoundTripWithTheirDepartments() => HospitalsRoundTrip(Provider.Sqlite);

    [PostgreSqlFact]
    public void Hospitals_OnPostgreSql_RoundTripWithTheirDepartments() => HospitalsRoundTrip(Provider.PostgreSql);

    [Fact]
    public void DischargeRecords_Columns_AreTheNationalFieldNamesWithNoPersonalOne()
    {
        using var context = SqliteHospitalDomainContext.Create("Data Source=:memory:");
        var table = context.GetService<IDesignTimeModel>().Model.FindEntityType(typeof(DischargeRecordRow))!;
        var columns = table.GetProperties().OrderBy(p => p.GetColumnOrder()).Select(p => p.GetColumnName()).ToList();

        columns.Should().HaveCount(14 + 29 + (3 * DischargeRecordRow.ProcedureSlots));
        columns.Should().StartWith(["zzjgdm", "bah", "zycs", "xb", "rysj", "cysj", "rykb", "cykb", "sjzyts", "jbdm", "lyfs", "zfy", "zfje"]);
        columns.Should().Contain(["xyf", "zcyf", "zcyf1", "hcyyclf", "yyclf", "ycxyyclf", "ssjczbm1", "ssjb1", "qkyhlb1", "ssjczbm10", "drg_group", "drg_weight"]);
        columns.Should().NotContain(c => FrontPageFields.IsPersonal(c), "the metrics need no name, identity number, birth date, address or telephone");
        table.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName()).Should().Equal("zzjgdm", "bah", "zycs");
    }

    [Theory]
    [InlineData("Data Source=hospital.db", typeof(SqliteHospitalDomainContext))]
    [InlineData("Filename=/tmp/x.db", typeof(SqliteHospitalDomainContext))]
    [InlineData("Host=localhost;Database=hospital;Username=app", typeof(PostgreSqlHospitalDomainContext))]
    [InlineData("Server=db;Port=5433;Database=hospital", typeof(PostgreSqlHospitalDomainContext))]
    public void Open_ConnectionString_ChoosesTheProviderByItsKeys(string connectionString, Type expected)
    {
        using var context = HospitalDomainDatabase.Open(connectionString);

        context.Should().BeOfType(expected);
    }

    [Theory]
    [InlineData("Database=hospital")]
    [InlineData("not a connection string")]
    public void Open_ConnectionStringWithoutProviderKeys_Throws(string connectionString)
    {
        var open = () => HospitalDomainDatabase.Open(connectionString);

        open.Should().Throw<ArgumentException>();
    }

    private static void MigrateLeavesNothingPending(Provider provider)
    {
        using var database = TestDatabase.Create(provider);
        using var context = database.Open();

        context.Database.GetAppliedMigrations().Should().ContainSingle().Which.Should().EndWith("_InitialSchema");
        context.Database.HasPendingModelChanges().Should().BeFalse("the migrations match the model");
        context.Database.Migrate();
        context.DischargeRecords.Count().Should().Be(0);
    }

    private static void MetricSetsRoundTrip(Provider provider)
    {
        var sets = FrontPageExportGenerator.Write(Stream.Null, new FrontPageExportOptions { Rows = 600, Hospitals = 3 }).Expected;
        using var database = TestDatabase.Create(provider);
        using (var context = database.Open())
        {
            context.MetricValues.AddRange(sets.SelectMany(MetricValueRow.FromMetricSet));
            context.SaveChanges();
        }

        using var reading = database.Open();
        var read = MetricValueRow.ToMetricSets(reading.MetricValues.AsNoTracking().ToList(), Metrics.MetricCatalogue.Standard);
        var year = ReportingPeriod.Year(2023);

        read.Should().Equal(sets);
        reading.MetricValues.Where(v => v.Metric == "discharges" && v.Period == year).Sum(v => v.Value).Should().Be(sets.Sum(s => s["discharges"]!.Value));
    }

    private static void EvaluationsRoundTrip(Provider provider)
    {
        var evaluations = SyntheticProvince.Generate(6).Select(m => m.Evaluation).ToList();
        using var database = TestDatabase.Create(provider);
        using (var context = database.Open())
        {
            context.IndicatorResults.AddRange(evaluations.SelectMany(IndicatorResultRow.FromEvaluation));
            context.SaveChanges();
        }

        using var reading = database.Open();
        var read = IndicatorResultRow.ToEvaluations(reading.IndicatorResults.AsNoTracking().ToList(), IndicatorEditions.NationalTertiary2020);

        read.Should().Equal(evaluations);
        reading.IndicatorResults.Count(r => r.Status == IndicatorStatus.Computed).Should().Be(evaluations.Sum(e => e.Results.Count(r => r.Status == IndicatorStatus.Computed)));
    }

    private static void AssessmentsRoundTrip(Provider provider)
    {
        var cohort = new AssessmentCalculator(AssessmentSchemes.Illustrative2020, IndicatorEditions.NationalTertiary2020).Assess(SyntheticProvince.Generate(9));
        var period = ReportingPeriod.Year(2023);
        var scheme = AssessmentSchemes.Illustrative2020.Id;
        using var database = TestDatabase.Create(provider);
        using (var context = database.Open())
        {
            context.Assessments.AddRange(cohort.Assessments.Select(a => AssessmentRow.FromAssessment(scheme, period, a)));
            context.AssessmentPoints.AddRange(cohort.Assessments.SelectMany(a => AssessmentPointRow.FromAssessment(scheme, period, a)));
            context.SaveChanges();
        }

        using var reading = database.Open();
        var points = reading.AssessmentPoints.AsNoTracking().ToList();
        var read = reading.Assessments.AsNoTracking().OrderBy(a => a.Entity).ToList()
            .Select(a => a.ToAssessment(points.Where(p => p.Entity == a.Entity).OrderBy(p => Order(cohort[a.Entity], p.Indicator)))).ToList();

        read.Select(Summary).Should().Equal(cohort.Assessments.OrderBy(a => a.Entity, StringComparer.Ordinal).Select(Summary));
        reading.Assessments.Where(a => a.Grade == cohort.Assessments[0].Grade).Count().Should().Be(cohort.Assessments.Count(a => a.Grade == cohort.Assessments[0].Grade));
    }

    private static void HospitalsRoundTrip(Provider provider)
    {
        var hospital = new Hospital("厦门市第一医院", region: "福建省厦门市", creditCode: UnifiedSocialCreditCode.Parse("91350200776049653A"), rating: HospitalRating.TertiaryGradeA);
        var cardiology = new Department("0304", "心血管内科", DepartmentKind.Clinical, subjectCode: ClinicalSubjectCode.Parse("03.04"));
        using var database = TestDatabase.Create(provider);
        using (var context = database.Open())
        {
            context.Hospitals.Add(HospitalRow.FromHospital("SYN000001", hospital));
            context.Departments.Add(DepartmentRow.FromDepartment("SYN000001", cardiology));
            context.SaveChanges();
        }

        using var reading = database.Open();
        var row = reading.Hospitals.AsNoTracking().Single(h => h.Rating == HospitalRating.TertiaryGradeA);
        var department = reading.Departments.AsNoTracking().Single(d => d.HospitalId == row.Id);

        (row.Name, row.Region, row.CreditCode, row.OrganizationCode, row.Rating).Should().Be((hospital.Name, hospital.Region, hospital.CreditCode, hospital.OrganizationCode, HospitalRating.TertiaryGradeA));
        (department.Code, department.Name, department.Subject).Should().Be(("0304", "心血管内科", ClinicalSubjectCode.Parse("03.04")));
    }

    private static int Order(Assessment assessment, string indicator) => assessment.Points.Select(p => p.IndicatorCode).ToList().IndexOf(indicator);

    // Decimals as G29, which drops trailing zeros: SQLite keeps 2 as "2.0", and 2.0 == 2.
    private static string Summary(Assessment a) =>
        FormattableString.Invariant($"{a.Entity} {a.PeerGroup} {a.Total:G29} {a.Grade} {a.Rank}/{a.PeerCount} [{string.Join(",", a.Lifted)}] [{string.Join(",", a.Cost)}] {a.PreviousTotal:G29} {a.PreviousGrade} ") +
        string.Join(";", a.Points.Select(p => FormattableString.Invariant($"{p.IndicatorCode}:{p.Dimension}:{p.Weight:G29}:{p.Points:G29}:{p.IndicatorValue:G29}:{p.PercentileRank:G29}:{p.Missing}:{p.Rank}")));
}
