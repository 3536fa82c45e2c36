using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HospitalDomain.EntityFrameworkCore.Tests.TestHelpers;

/// <summary>The two providers the tests run on.</summary>
public enum Provider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// A fresh, empty database for one test: a SQLite file in a temporary folder, or a new database on
/// the PostgreSQL server. Disposing removes it.
/// </summary>
internal sealed class TestDatabase : IDisposable
{
    private readonly string? _folder;
    private readonly string? _postgresName;

    private TestDatabase(Provider provider, string connectionString, string? folder, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _postgresName = postgresName;
    }

    public Provider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>Creates an empty database; <paramref name="migrate"/> applies the provider's migrations.</summary>
    public static TestDatabase Create(Provider provider, bool migrate = true)
    {
        TestDatabase database;
        if (provider == Provider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("hospitaldomain-ef-tests-").FullName;
            database = new TestDatabase(provider, $"Data Source={Path.Combine(folder, "test.db")}", folder, null);
        }
        else
        {
            var admin = PostgreSqlServer.Require();
            var name = "hd_test_" + Guid.NewGuid().ToString("N");
            using (var connection = new NpgsqlConnection(admin))
            {
                connection.Open();
                using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                command.ExecuteNonQuery();
            }

            database = new TestDatabase(provider, new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString, null, name);
        }

        if (migrate)
        {
            using var context = database.Open();
            context.Database.Migrate();
        }

        return database;
    }

    public HospitalDomainDbContext Open() => HospitalDomainDatabase.Open(ConnectionString);

    public void Dispose()
    {
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }

        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(PostgreSqlServer.Require());
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        }
    }
}
