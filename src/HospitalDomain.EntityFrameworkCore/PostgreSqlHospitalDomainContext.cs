using Microsoft.EntityFrameworkCore;

namespace HospitalDomain.EntityFrameworkCore;

/// <summary>The ready schema on PostgreSQL (Npgsql), with its migrations: <c>context.Database.Migrate()</c> creates or updates the tables.</summary>
/// <remarks>Discharge records are loaded with binary COPY here (<see cref="Records.DischargeRecordLoader"/>).</remarks>
public sealed class PostgreSqlHospitalDomainContext : HospitalDomainDbContext
{
    /// <summary>Creates the context from options that use Npgsql.</summary>
    /// <param name="options">The options.</param>
    public PostgreSqlHospitalDomainContext(DbContextOptions<PostgreSqlHospitalDomainContext> options)
        : base(options)
    {
    }

    /// <summary>Creates a context on the PostgreSQL database named by an Npgsql connection string.</summary>
    /// <param name="connectionString">Such as <c>Host=localhost;Port=5432;Database=hospital;Username=app</c>.</param>
    /// <returns>The context; dispose it.</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank.</exception>
    public static PostgreSqlHospitalDomainContext Create(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new PostgreSqlHospitalDomainContext(new DbContextOptionsBuilder<PostgreSqlHospitalDomainContext>().UseNpgsql(connectionString).Options);
    }
}
