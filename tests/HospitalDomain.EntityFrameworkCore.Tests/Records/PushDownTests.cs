using HospitalDomain.EntityFrameworkCore.Records;
using HospitalDomain.EntityFrameworkCore.Tests.TestHelpers;
using HospitalDomain.Records;
using HospitalDomain.Records.Generation;

namespace HospitalDomain.EntityFrameworkCore.Tests.Records;

/// <summary>The push-down aggregation equals the in-process aggregation on the same generated records, defects included.</summary>
public sealed class PushDownTests
{
    public static TheoryData<EntityGrouping, PeriodGranularity> Groupings => new()
    {
        { EntityGrouping.Hospital, PeriodGranularity.Year },
        { EntityGrouping.HospitalDepartment, PeriodGranularity.Quarter },
        { EntityGrouping.Hospital, PeriodGranularity.Month },
    };

    [Theory]
    [MemberData(nameof(Groupings))]
    public void Aggregate_GeneratedRecordsWithDefectsOnSqlite_EqualsTheInProcessAggregation(EntityGrouping grouping, PeriodGranularity period) =>
        AggregateEqualsInProcess(Provider.Sqlite, grouping, period);

    [PostgreSqlFact]
    public void Aggregate_GeneratedRecordsWithDefectsOnPostgreSql_EqualsTheInProcessAggregation()
    {
        foreach (var row in Groupings)
        {
            AggregateEqualsInProcess(Provider.PostgreSql, (EntityGrouping)row[0], (PeriodGranularity)row[1]);
        }
    }

    [Fact]
    public void Aggregate_DefaultRulesOnSqlite_LeavesWhatTheRulesLackMissing() => DefaultRulesLeaveMissing(Provider.Sqlite);

    [PostgreSqlFact]
    public void Aggregate_DefaultRulesOnPostgreSql_LeavesWhatTheRulesLackMissing() => DefaultRulesLeaveMissing(Provider.PostgreSql);

    [Fact]
    public void Aggregate_OperationCodesAndDisabledMetricsOnSqlite_EqualsTheInProcessAggregation() => OperationCodesAndDisabledMetrics(Provider.Sqlite);

    [PostgreSqlFact]
    public void Aggregate_OperationCodesAndDisabledMetricsOnPostgreSql_EqualsTheInProcessAggregation() => OperationCodesAndDisabledMetrics(Provider.PostgreSql);

    [Fact]
    public void ToSql_OnSqlite_IsOneGroupByWithTheListsAsParameters() => OneGroupBy(Provider.Sqlite);

    [PostgreSqlFact]
    public void ToSql_OnPostgreSql_IsOneGroupByWithTheListsAsParameters() => OneGroupBy(Provider.PostgreSql);

    [Fact]
    public void DatabaseRecordAggregator_CustomRules_AreRefused()
    {
        var options = new RecordIngestOptions { Rules = new AggregationRules { CustomRules = [new RecordMetricRule("surgeries", "every stay", _ => 1)] } };

        var create = () => new DatabaseRecordAggregator(options);

        create.Should().Throw<ArgumentException>().WithMessage("Custom rules (surgeries) run .NET code on every record and cannot be pushed down into SQL; aggregate in process with FrontPageAggregator instead.*");
    }

    private static void AggregateEqualsInProcess(Provider provider, EntityGrouping grouping, PeriodGranularity period)
    {
        using var exports = new GeneratedExports();
        var first = exports.Write("a.csv", new FrontPageExportOptions { Rows = 2500, Seed = 7, DefectShare = 0.06, Hospitals = 3, Year = 2023 });
        var second = exports.Write("b.csv.gz", new FrontPageExportOptions { Rows = 1500, Seed = 8, DefectShare = 0.06, Hospitals = 2, Year = 2024, Gzip = true, Encoding = RecordEncoding.Gb18030 });
        var options = new RecordIngestOptions { Grouping = grouping, Period = period, Rules = FrontPageExportGenerator.Rules };
        var expected = GeneratedExports.InProcess(options, first, second);
        using var database = TestDatabase.Create(provider);

        RecordLoadResult loaded;
        using (var context = database.Open())
        {
            var loader = new DischargeRecordLoader(context, options);
            loader.LoadFile(first);
            loader.LoadFile(second);
            loaded = loader.ToResult();
        }

        using var reading = database.Open();
        var aggregation = new DatabaseRecordAggregator(options).Aggregate(reading.DischargeRecords);

        (loaded.Read, loaded.Loaded, loaded.Rejected).Should().Be((expected.Reconciliation.Read, expected.Reconciliation.Accepted, expected.Reconciliation.Rejected));
        loaded.ByRule.Should().Equal(expected.Reconciliation.ByRule);
        loaded.Rejections.Should().Equal(expected.Rejections);
        aggregation.Rows.Should().Be(expected.Reconciliation.Accepted);
        aggregation.MetricSets.Should().Equal(expected.MetricSets);
        aggregation.MetricSets.Select(s => s.Values().Count()).Should().Equal(expected.MetricSets.Select(s => s.Values().Count()));
        aggregation.Drg.Should().Equal(expected.Drg);
        expected.Reconciliation.Rejected.Should().BeGreaterThan(100, "the exports plant defects of every rule");
    }

    private static void DefaultRulesLeaveMissing(Provider provider)
    {
        var (expected, aggregation) = LoadAndAggregate(provider, new FrontPageExportOptions { Rows = 800, Seed = 3, DefectShare = 0.05 }, RecordIngestOptions.Default);

        aggregation.MetricSets.Should().Equal(expected.MetricSets);
        aggregation.MetricSets.Should().OnlyContain(s => s["minimallyInvasiveSurgeries"] == null && s["lowRiskGroupCases"] == null && s["discharges"] > 0);
        aggregation.Drg.Should().BeEmpty();
    }

    private static void OperationCodesAndDisabledMetrics(Provider provider)
    {
        var rules = new AggregationRules
        {
            OperationCodes = ["51.2301", "47.0101", "81.5101", "36.0601", "74.1x01"],
            MinimallyInvasiveCodes = FrontPageExportGenerator.Rules.MinimallyInvasiveCodes,
            DeathDischargeMethods = [5, 9],
            ClassOneIncisionCodes = [1, 2],
            DrugCostFields = ["xyf"],
            ConsumableCostFields = ["HCYYCLF", "YYCLF", "YCXYYCLF", "QTF"],
            DisabledMetrics = ["inpatientRevenue"],
        };
        var options = new RecordIngestOptions { Rules = rules, Period = PeriodGranularity.Quarter };

        var (expected, aggregation) = LoadAndAggregate(provider, new FrontPageExportOptions { Rows = 1200, Seed = 5, DefectShare = 0.03 }, options);

        aggregation.MetricSets.Should().Equal(expected.MetricSets);
        aggregation.MetricSets.Should().OnlyContain(s => s["inpatientRevenue"] == null && s["surgeries"] > 0);
    }

    private static void OneGroupBy(Provider provider)
    {
        using var database = TestDatabase.Create(provider);
        using var context = database.Open();
        var options = new RecordIngestOptions { Rules = FrontPageExportGenerator.Rules, Grouping = EntityGrouping.HospitalDepartment };

        var text = new DatabaseRecordAggregator(options).ToSql(context.DischargeRecords);

        // ToQueryString declares the parameters' values first ("-- @p=…" or ".param set @p …"); the statement follows.
        var sql = string.Join('\n', text.Split('\n').Where(l => !l.StartsWith("--", StringComparison.Ordinal) && !l.StartsWith(".param", StringComparison.Ordinal)));

        CountOf(sql, "GROUP BY").Should().Be(1, sql);
        CountOf(sql, "discharge_records").Should().Be(1, "the rules are aggregates over one scan of the table");
        sql.Should().NotContain("JOIN").And.NotContain("OFFSET").And.NotContain("LIMIT");
        foreach (var code in FrontPageExportGenerator.Rules.MinimallyInvasiveCodes!.Concat(FrontPageExportGenerator.Rules.LowRiskDrgGroups!))
        {
            sql.Should().NotContain(code, "lists are query parameters, never SQL text");
        }

        sql.Should().Contain("@MinimallyInvasiveCodes").And.Contain("@LowRiskGroups");
    }

    /// <summary>Generates an export, aggregates it in process, loads it into a fresh database and aggregates it there.</summary>
    private static (IngestResult Expected, DatabaseAggregation Actual) LoadAndAggregate(Provider provider, FrontPageExportOptions export, RecordIngestOptions options)
    {
        using var exports = new GeneratedExports();
        var path = exports.Write("a.csv", export);
        using var database = TestDatabase.Create(provider);
        using var context = database.Open();
        new DischargeRecordLoader(context, options).LoadFile(path);
        return (GeneratedExports.InProcess(options, path), new DatabaseRecordAggregator(options).Aggregate(context.DischargeRecords));
    }

    private static int CountOf(string text, string word) => text.Split(word).Length - 1;
}
