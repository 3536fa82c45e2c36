using System.Text.Json;
using HospitalDomain.EntityFrameworkCore.Tests.TestHelpers;
using HospitalDomain.Records.Generation;
using HospitalDomain.Records.Tests.Cli;

namespace HospitalDomain.EntityFrameworkCore.Tests.Cli;

public sealed class DbCommandTests
{
    [Fact]
    public void DbAggregateJson_OnSqlite_IsTheJsonOfIngestForTheAcceptedRows() => AggregateJsonIsIngestJson(Provider.Sqlite);

    [PostgreSqlFact]
    public void DbAggregateJson_OnPostgreSql_IsTheJsonOfIngestForTheAcceptedRows() => AggregateJsonIsIngestJson(Provider.PostgreSql);

    [Fact]
    public void DbInit_Twice_AppliesTheMigrationThenReportsTheSchemaUpToDate()
    {
        using var database = TestDatabase.Create(Provider.Sqlite, migrate: false);

        var first = CliRunner.Run("db", "init", "--connection", database.ConnectionString);
        var second = CliRunner.Run("db", "init", "--connection", database.ConnectionString);

        (first.ExitCode, first.Error, second.ExitCode, second.Error).Should().Be((0, string.Empty, 0, string.Empty));
        first.Output.Should().StartWith("Applied 1 migration (").And.EndWith("_InitialSchema) to SQLite file " + database.ConnectionString["Data Source=".Length..] + ".\n");
        second.Output.Should().StartWith("The schema is up to date (SQLite file ");
    }

    [Theory]
    [InlineData("db", "nosuch")]
    [InlineData("db")]
    [InlineData("db", "aggregate", "--connection", "Database=hospital")]
    [InlineData("db", "aggregate", "--period", "week")]
    [InlineData("db", "load-records")]
    [InlineData("db", "init", "--by", "hospital")]
    public void Db_BadInput_IsOneLineAndExitCode1(params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);

        (code, output).Should().Be((1, string.Empty));
        error.Should().StartWith("hospital: ").And.EndWith("\n");
        error.TrimEnd('\n').Should().NotContain("\n").And.NotContain("   at ");
    }

    [PostgreSqlFact]
    public void DbAggregate_UnreachableServer_IsOneLineNamingTheDatabaseWithoutThePassword()
    {
        var (code, _, error) = CliRunner.Run("db", "aggregate", "--connection", "Host=127.0.0.1;Port=1;Database=warehouse;Password=secret;Timeout=2");

        code.Should().Be(1);
        error.Should().StartWith("hospital: PostgreSQL database warehouse on ").And.NotContain("secret");
        error.TrimEnd('\n').Should().NotContain("\n");
    }

    private static void AggregateJsonIsIngestJson(Provider provider)
    {
        using var exports = new GeneratedExports();
        var path = exports.Write("export.csv", new FrontPageExportOptions { Rows = 1500, Seed = 12, DefectShare = 0.05, Hospitals = 2 });
        using var database = TestDatabase.Create(provider, migrate: false);
        var cs = database.ConnectionString;

        var init = CliRunner.Run("db", "init", "--connection", cs);
        var load = CliRunner.Run("db", "load-records", path, "--connection", cs, "--drg-group", "DRGBM", "--drg-weight", "DRGQZ", "--json");
        var aggregate = CliRunner.Run("db", "aggregate", "--connection", cs, "--by", "department", "--period", "month", "--json");
        var ingest = CliRunner.Run("ingest", path, "--by", "department", "--period", "month", "--json", "--drg-group", "DRGBM", "--drg-weight", "DRGQZ");

        (init.ExitCode, load.ExitCode, aggregate.ExitCode, ingest.ExitCode).Should().Be((0, 0, 0, 0), init.Error + load.Error + aggregate.Error);
        using var loaded = JsonDocument.Parse(load.Output);
        using var ingested = JsonDocument.Parse(ingest.Output);
        var rows = ingested.RootElement.GetProperty("rows");
        loaded.RootElement.GetProperty("rows").GetRawText().Should().Be(rows.GetRawText(), "loading reports rows as ingest does");
        var accepted = rows.GetProperty("accepted").GetInt64();
        aggregate.Output.Should().Be(ingest.Output
            .Replace($"\"read\": {rows.GetProperty("read").GetInt64()}", $"\"read\": {accepted}", StringComparison.Ordinal)
            .Replace($"\"rejected\": {rows.GetProperty("rejected").GetInt64()}", "\"rejected\": 0", StringComparison.Ordinal));
    }
}
