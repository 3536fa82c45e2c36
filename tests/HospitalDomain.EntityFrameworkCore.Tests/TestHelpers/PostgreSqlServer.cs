namespace HospitalDomain.EntityFrameworkCore.Tests.TestHelpers;

/// <summary>
/// The PostgreSQL server the tests use: the Npgsql connection string (to a maintenance database the
/// tests may create databases from) in the environment variable HOSPITALDOMAIN_POSTGRES, which
/// .ci/run sets after starting a throwaway server (.ci/postgres.sh).
/// </summary>
internal static class PostgreSqlServer
{
    public const string Variable = "HOSPITALDOMAIN_POSTGRES";

    public const string SkipMessage =
        "No PostgreSQL server: set HOSPITALDOMAIN_POSTGRES to an Npgsql connection string that may create databases " +
        "(start a throwaway server with `mkdir /tmp/pg && .ci/postgres.sh start /tmp/pg`). The SQLite tests ran.";

    /// <summary>Gets the connection string, or null.</summary>
    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Gets whether a server is required: under continuous integration (CI=true) a missing server is a failure, never a skip.</summary>
    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the connection string, or fails the test when there is none (reached only when the test was not skipped).</summary>
    public static string Require() =>
        ConnectionString ?? throw new InvalidOperationException($"CI=true and {Variable} is not set: continuous integration must run the PostgreSQL tests against the server .ci/run starts.");
}

/// <summary>A fact that needs PostgreSQL: skipped with a clear message without a server, except under CI=true, where it runs and fails.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when there is no server and none is required.</summary>
    public PostgreSqlFactAttribute()
    {
        if (PostgreSqlServer.ConnectionString is null && !PostgreSqlServer.Required)
        {
            Skip = PostgreSqlServer.SkipMessage;
        }
    }
}
