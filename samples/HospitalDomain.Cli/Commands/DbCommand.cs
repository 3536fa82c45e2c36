using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using HospitalDomain.EntityFrameworkCore;
using HospitalDomain.EntityFrameworkCore.Records;
using HospitalDomain.Records;
using Microsoft.EntityFrameworkCore;

namespace HospitalDomain.Cli.Commands;

/// <summary>
/// <c>hospital db init|load-records|aggregate [--connection CS]</c>: discharge records kept in a database
/// (a SQLite file by default, PostgreSQL when the connection string names a Host), aggregated in SQL.
/// </summary>
internal sealed class DbCommand : ICommand
{
    public string Name => "db";

    public string Summary => "Keep discharge records in a database (SQLite file by default, or PostgreSQL) and aggregate them in SQL.";

    public string Usage =>
        "hospital db init [--connection CS]\n" +
        "hospital db load-records FILE... [--connection CS] [--by hospital|department] [--encoding auto|utf-8|gb18030]\n" +
        "                [--header-map FILE] [--drg-group COLUMN --drg-weight COLUMN] [--json]\n" +
        "hospital db aggregate [--connection CS] [--by hospital|department] [--period year|quarter|month]\n" +
        "                [--low-risk FILE] [--minimally-invasive FILE] [--operations FILE] [--json | --sql]\n" +
        "--connection: a SQLite connection string (Data Source=FILE) or an Npgsql one (Host=…;Database=…);\n" +
        $"              default {HospitalDomainDatabase.DefaultConnectionString} in the current folder\n" +
        "init: creates or updates the tables (migrations); load-records: validates exports as ingest does and loads the\n" +
        "accepted rows (binary COPY on PostgreSQL); aggregate: the metric sets computed by one SQL GROUP BY, the same\n" +
        "JSON as 'hospital ingest --json' (--sql prints the query instead)";

    public IReadOnlyCollection<string> ValueOptions =>
        ["connection", "by", "period", "encoding", "header-map", "drg-group", "drg-weight", "low-risk", "minimally-invasive", "operations"];

    public int Run(CommandLine line, CliContext context)
    {
        var action = line.Positional.Count > 0 ? line.Positional[0] : throw new CliException("give an action: init, load-records or aggregate (run 'hospital help db')");
        var connection = line.Option("connection") ?? HospitalDomainDatabase.DefaultConnectionString;
        return action switch
        {
            "init" => Init(line, context, connection),
            "load-records" => Load(line, context, connection),
            "aggregate" => Aggregate(line, context, connection),
            _ => throw new CliException($"unknown db action '{action}'; expected init, load-records or aggregate"),
        };
    }

    private static int Init(CommandLine line, CliContext context, string connection)
    {
        line.EnsureAllUsed(maxPositional: 1);
        return WithDatabase(connection, database =>
        {
            var pending = database.Database.GetPendingMigrations().ToList();
            database.Database.Migrate();
            context.Output.WriteLine(pending.Count == 0
                ? $"The schema is up to date ({Describe(database)})."
                : $"Applied {pending.Count} migration{(pending.Count == 1 ? string.Empty : "s")} ({string.Join(", ", pending)}) to {Describe(database)}.");
            return CliApplication.Success;
        });
    }

    private static int Load(CommandLine line, CliContext context, string connection)
    {
        var json = line.Flag("json");
        var grouping = IngestCommand.ParseGrouping(line.Option("by"));
        var encoding = IngestCommand.ParseEncoding(line.Option("encoding"));
        var headerMapPath = line.Option("header-map");
        var rules = new AggregationRules { DrgGroupField = line.Option("drg-group"), DrgWeightField = line.Option("drg-weight") };
        line.EnsureAllUsed(maxPositional: int.MaxValue);
        var files = line.Positional.Skip(1).ToList();
        if (files.Count == 0)
        {
            throw new CliException("give at least one export FILE (run 'hospital help db')");
        }

        var options = new RecordIngestOptions
        {
            Grouping = grouping,
            Encoding = encoding,
            HeaderMap = headerMapPath is null ? ImmutableDictionary<string, string>.Empty : IngestCommand.ReadHeaderMap(context, headerMapPath),
            Rules = rules,
        };
        return WithDatabase(connection, database =>
        {
            var loader = new DischargeRecordLoader(database, options);
            foreach (var file in files)
            {
                loader.LoadFile(file);
            }

            var result = loader.ToResult();
            if (json)
            {
                IngestCommand.WriteJson(context, result.Read, result.Loaded, result.Rejected, []);
                return CliApplication.Success;
            }

            context.Output.WriteLine(FormattableString.Invariant($"Rows: read {result.Read} = loaded {result.Loaded} + rejected {result.Rejected} ({(result.Method == RecordLoadMethod.Copy ? "binary COPY" : "INSERT")} into {Describe(database)})"));
            foreach (var (rule, count) in result.ByRule)
            {
                context.Output.WriteLine(FormattableString.Invariant($"  {rule,-26} {count,10}"));
            }

            foreach (var rejection in result.Rejections.Take(5))
            {
                context.Output.WriteLine($"  e.g. {rejection}");
            }

            return CliApplication.Success;
        });
    }

    private static int Aggregate(CommandLine line, CliContext context, string connection)
    {
        var json = line.Flag("json");
        var grouping = IngestCommand.ParseGrouping(line.Option("by"));
        var period = IngestCommand.ParsePeriod(line.Option("period"));
        var sql = line.Flag("sql");
        if (sql && json)
        {
            throw new CliException("--sql prints the query and --json the result: give one of them.");
        }

        var lowRisk = line.Option("low-risk");
        var minimallyInvasive = line.Option("minimally-invasive");
        var operations = line.Option("operations");
        line.EnsureAllUsed(maxPositional: 1);
        var options = new RecordIngestOptions
        {
            Grouping = grouping,
            Period = period,
            Rules = new AggregationRules
            {
                LowRiskDrgGroups = lowRisk is null ? null : IngestCommand.ReadCodes(context, lowRisk),
                MinimallyInvasiveCodes = minimallyInvasive is null ? null : IngestCommand.ReadCodes(context, minimallyInvasive),
                OperationCodes = operations is null ? null : IngestCommand.ReadCodes(context, operations),
            },
        };
        var aggregator = new DatabaseRecordAggregator(options);
        return WithDatabase(connection, database =>
        {
            if (sql)
            {
                context.Output.WriteLine(aggregator.ToSql(database.DischargeRecords));
                return CliApplication.Success;
            }

            var result = aggregator.Aggregate(database.DischargeRecords);
            if (json)
            {
                IngestCommand.WriteJson(context, result.Rows, result.Rows, 0, result.MetricSets);
                return CliApplication.Success;
            }

            IngestCommand.WriteSets(context.Output, result.MetricSets, result.Drg);
            context.Output.WriteLine();
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Records: {result.Rows} in {Describe(database)}, aggregated by one SQL GROUP BY"));
            return CliApplication.Success;
        });
    }

    /// <summary>Opens the database and runs <paramref name="body"/>; a database that cannot be reached or used is bad input, reported in one line.</summary>
    private static int WithDatabase(string connection, Func<HospitalDomainDbContext, int> body)
    {
        HospitalDomainDbContext database;
        try
        {
            database = HospitalDomainDatabase.Open(connection);
        }
        catch (ArgumentException e)
        {
            throw new CliException($"--connection: {e.Message}");
        }

        using (database)
        {
            try
            {
                return body(database);
            }
            catch (DbException e)
            {
                throw new CliException($"{Describe(database)}: {FirstLine(e.Message)}");
            }
            catch (InvalidOperationException e) when (e.InnerException is DbException inner)
            {
                throw new CliException($"{Describe(database)}: {FirstLine(inner.Message)}");
            }
        }
    }

    /// <summary>The provider and the database or file, never the whole connection string (it may hold a password).</summary>
    private static string Describe(HospitalDomainDbContext database)
    {
        var connection = database.Database.GetDbConnection();
        return database.Database.IsNpgsql() ? $"PostgreSQL database {connection.Database} on {connection.DataSource}" : $"SQLite file {connection.DataSource}";
    }

    private static string FirstLine(string message) => message.ReplaceLineEndings("\n").Split('\n')[0].Trim();
}
