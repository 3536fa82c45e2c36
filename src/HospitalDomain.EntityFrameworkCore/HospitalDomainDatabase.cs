using System.Data.Common;

namespace HospitalDomain.EntityFrameworkCore;

/// <summary>Opens the ready schema from a connection string alone, choosing the provider by the string's keys.</summary>
public static class HospitalDomainDatabase
{
    /// <summary>Gets the connection string used when none is given: the SQLite file hospital.db in the current folder.</summary>
    public static string DefaultConnectionString => "Data Source=hospital.db";

    /// <summary>
    /// Creates a context for <paramref name="connectionString"/>: PostgreSQL when it names a
    /// <c>Host</c> or <c>Server</c> (Npgsql's keys), SQLite when it names a <c>Data Source</c> or <c>Filename</c>.
    /// </summary>
    /// <param name="connectionString">The connection string.</param>
    /// <returns>A <see cref="PostgreSqlHospitalDomainContext"/> or a <see cref="SqliteHospitalDomainContext"/>; dispose it.</returns>
    /// <exception cref="ArgumentException">The string is blank, malformed, or names neither provider's keys.</exception>
    public static HospitalDomainDbContext Open(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"The connection string is malformed ({e.Message}).", nameof(connectionString), e);
        }

        if (builder.ContainsKey("Host") || builder.ContainsKey("Server"))
        {
            return PostgreSqlHospitalDomainContext.Create(connectionString);
        }

        if (builder.ContainsKey("Data Source") || builder.ContainsKey("DataSource") || builder.ContainsKey("Filename"))
        {
            return SqliteHospitalDomainContext.Create(connectionString);
        }

        throw new ArgumentException("The connection string names no Host (PostgreSQL, such as Host=localhost;Database=hospital) and no Data Source (SQLite, such as Data Source=hospital.db).", nameof(connectionString));
    }
}
