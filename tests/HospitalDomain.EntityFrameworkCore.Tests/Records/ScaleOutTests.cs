using HospitalDomain.EntityFrameworkCore.Records;
using HospitalDomain.EntityFrameworkCore.Tests.TestHelpers;
using HospitalDomain.Records;
using HospitalDomain.Records.Generation;
using Npgsql;

namespace HospitalDomain.EntityFrameworkCore.Tests.Records;

/// <summary>The SQL of docs/database.md's "Scaling out", run as written.</summary>
public sealed class ScaleOutTests
{
    [PostgreSqlFact]
    public void Aggregate_OnTheTablePartitionedByYearOfTheDocs_EqualsTheInProcessAggregation()
    {
        using var exports = new GeneratedExports();
        var first = exports.Write("2023.csv", new FrontPageExportOptions { Rows = 1200, Seed = 21, DefectShare = 0.04, Year = 2023 });
        var second = exports.Write("2024.csv", new FrontPageExportOptions { Rows = 800, Seed = 22, DefectShare = 0.04, Year = 2024 });
        var options = new RecordIngestOptions { Rules = FrontPageExportGenerator.Rules, Period = PeriodGranularity.Quarter };
        var expected = GeneratedExports.InProcess(options, first, second);
        using var database = TestDatabase.Create(Provider.PostgreSql);
        Execute(database.ConnectionString, DocumentedSql("ALTER TABLE discharge_records RENAME"));
        using var context = database.Open();
        var loader = new DischargeRecordLoader(context, options);

        loader.LoadFile(first);
        loader.LoadFile(second);
        var aggregator = new DatabaseRecordAggregator(options);
        var all = aggregator.Aggregate(context.DischargeRecords);
        var only2024 = aggregator.Aggregate(context.DischargeRecords.Where(r => r.Discharge >= new DateTime(2024, 1, 1)));

        all.MetricSets.Should().Equal(expected.MetricSets);
        all.Drg.Should().Equal(expected.Drg);
        only2024.MetricSets.Should().Equal(expected.MetricSets.Where(s => s.Period.Start.Year == 2024));
        Scalar(database.ConnectionString, "SELECT count(*) FROM ONLY discharge_records").Should().Be(0, "every row went to a partition");
        Scalar(database.ConnectionString, "SELECT count(*) FROM discharge_records_2024").Should().Be(only2024.Rows);
    }

    /// <summary>The ```sql block of docs/database.md that starts with <paramref name="start"/>.</summary>
    private static string DocumentedSql(string start)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "HospitalDomain.sln")))
        {
            folder = folder.Parent;
        }

        var text = File.ReadAllText(Path.Combine(folder!.FullName, "docs", "database.md"));
        var begin = text.IndexOf("```sql\n" + start, StringComparison.Ordinal);
        begin.Should().BeGreaterThan(0, "docs/database.md shows the partitioning SQL");
        begin += "```sql\n".Length;
        return text[begin..text.IndexOf("```", begin, StringComparison.Ordinal)];
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static long Scalar(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return (long)command.ExecuteScalar()!;
    }
}
