using Microsoft.EntityFrameworkCore;

namespace HospitalDomain.EntityFrameworkCore;

/// <summary>The ready schema on SQLite (a file, nothing to install), with its migrations: <c>context.Database.Migrate()</c> creates or updates the tables.</summary>
/// <remarks>
/// SQLite has no decimal type: EF Core stores decimals as text and sums them exactly with its own
/// functions, so the push-down aggregation is exact here too.
/// </remarks>
public sealed class SqliteHospitalDomainContext : HospitalDomainDbContext
{
    /// <summary>Creates the context from options that use SQLite.</summary>
    /// <param name="options">The options.</param>
    public SqliteHospitalDomainContext(DbContextOptions<SqliteHospitalDomainContext> options)
        : base(options)
    {
    }

    /// <summary>Creates a context on the SQLite database named by a connection string.</summary>
    /// <param name="connectionString">Such as <c>Data Source=hospital.db</c>.</param>
    /// <returns>The context; dispose it.</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank.</exception>
    public static SqliteHospitalDomainContext Create(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new SqliteHospitalDomainContext(new DbContextOptionsBuilder<SqliteHospitalDomainContext>().UseSqlite(connectionString).Options);
    }
}
