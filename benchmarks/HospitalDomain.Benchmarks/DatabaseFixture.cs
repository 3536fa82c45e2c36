using System.Globalization;
using HospitalDomain.EntityFrameworkCore;
using HospitalDomain.EntityFrameworkCore.Records;
using HospitalDomain.Records;
using HospitalDomain.Records.Generation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HospitalDomain.Benchmarks;

/// <summary>
/// A database of its own for a database benchmark: a new database on the PostgreSQL server named by
/// HOSPITALDOMAIN_POSTGRES (which .ci/run starts), or a SQLite file in the temporary folder; created
/// migrated in the global setup, removed in the global cleanup.
/// </summary>
public sealed class DatabaseFixture : IDisposable
{
    /// <summary>The environment variable naming the PostgreSQL server (an Npgsql connection string to a maintenance database).</summary>
    public const string ServerVariable = "HOSPITALDOMAIN_POSTGRES";

    /// <summary>The environment variable that sets the number of rows of the database benchmarks (default 100,000; 2,000 under <c>--job Dry</c>).</summary>
    public const string RowsVariable = "HOSPITALDOMAIN_BENCHMARK_DATABASE_ROWS";

    private readonly string? _postgresName;
    private readonly string? _sqliteFile;

    private DatabaseFixture(string connectionString, string? postgresName, string? sqliteFile)
    {
        ConnectionString = connectionString;
        _postgresName = postgresName;
        _sqliteFile = sqliteFile;
    }

    /// <summary>Gets the number of rows the database benchmarks use.</summary>
    public static int Rows => int.Parse(Environment.GetEnvironmentVariable(RowsVariable) ?? "100000", CultureInfo.InvariantCulture);

    /// <summary>Gets whether a PostgreSQL server is configured.</summary>
    public static bool HasServer => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ServerVariable));

    /// <summary>Gets the connection string of the benchmark's database.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates and migrates a fresh database.</summary>
    public static DatabaseFixture Create(bool postgreSql)
    {
        DatabaseFixture fixture;
        if (postgreSql)
        {
            var admin = Environment.GetEnvironmentVariable(ServerVariable)
                ?? throw new InvalidOperationException($"The PostgreSQL benchmarks need a server: set {ServerVariable} (.ci/postgres.sh starts one).");
            var name = "hd_bench_" + Guid.NewGuid().ToString("N");
            Execute(admin, $"CREATE DATABASE {name}");
            fixture = new DatabaseFixture(new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString, name, null);
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), $"hd_bench_{Guid.NewGuid():N}.db");
            fixture = new DatabaseFixture($"Data Source={file}", null, file);
        }

        using var context = fixture.Open();
        context.Database.Migrate();
        return fixture;
    }

    /// <summary>Validated records of a generated export without defects: 20 hospitals, one year.</summary>
    public static List<DischargeRecord> Records(int rows)
    {
        using var export = new MemoryStream();
        FrontPageExportGenerator.Write(export, new FrontPageExportOptions { Rows = rows, Seed = 2023, Hospitals = 20 });
        export.Position = 0;
        return [.. FrontPageReader.ReadRecords(export, "benchmark.csv", new RecordIngestOptions { Rules = FrontPageExportGenerator.Rules })];
    }

    public HospitalDomainDbContext Open() => HospitalDomainDatabase.Open(ConnectionString);

    /// <summary>Writes <paramref name="records"/> with the loader's fastest path (COPY on PostgreSQL).</summary>
    public void Load(IEnumerable<DischargeRecord> records)
    {
        using var context = Open();
        new DischargeRecordLoader(context).WriteAll(records);
    }

    public void Dispose()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Execute(Environment.GetEnvironmentVariable(ServerVariable)!, $"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)");
        }

        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_sqliteFile);
        }
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
