using System.Collections.Immutable;
using System.Data;
using System.Data.Common;
using System.Globalization;
using HospitalDomain.EntityFrameworkCore.Schema;
using HospitalDomain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using NpgsqlTypes;

namespace HospitalDomain.EntityFrameworkCore.Records;

/// <summary>
/// Loads front-page (住院病案首页) exports into the <c>discharge_records</c> table: the rows an ingest
/// accepts are streamed in, the rows it rejects are reported as an ingest reports them.
/// </summary>
/// <remarks>
/// <para>
/// Each export is read by <see cref="FrontPageReader"/> (validation against the RC tables, personal
/// fields never read) and written in one transaction: on PostgreSQL with binary COPY, elsewhere with
/// a prepared INSERT per row. A stay (ZZJGDM, BAH, ZYCS) already in the table or already loaded by
/// this loader is rejected as a <see cref="RejectionRule.DuplicateStay"/>, as a later export's
/// repeated stay is by the aggregator; the loader reads the stays already stored once, before its
/// first export.
/// </para>
/// <para>
/// Names the options supply (header-map targets, DRG columns) are checked against the schema when
/// the loader is created. A row with more procedure entries than
/// <see cref="DischargeRecordRow.ProcedureSlots"/> stops the export with a
/// <see cref="RecordFileException"/> and nothing of that export is kept. Not thread-safe: one export
/// at a time.
/// </para>
/// </remarks>
public sealed class DischargeRecordLoader
{
    private readonly HospitalDomainDbContext _context;
    private readonly RecordIngestOptions _options;
    private readonly long[] _byRule = new long[Enum.GetValues<RejectionRule>().Length];
    private readonly List<RecordRejection> _kept = [];
    private HashSet<(string Hospital, string CaseNumber, int Admission)>? _stays;
    private long _loaded;
    private bool _stopped;

    /// <summary>Creates a loader writing into <paramref name="context"/>'s database.</summary>
    /// <param name="context">The context; its database must have the schema (<c>Database.Migrate()</c>).</param>
    /// <param name="options">How exports are read and validated, or null for the defaults; grouping and period only decide which fields are required.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <exception cref="ArgumentException">A header-map target or a DRG column is not a field of the schema.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public DischargeRecordLoader(HospitalDomainDbContext context, RecordIngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _options = options ?? RecordIngestOptions.Default;
        RecordNames.CheckLoadOptions(_options);
        Method = context.Database.IsNpgsql() ? RecordLoadMethod.Copy : RecordLoadMethod.Insert;
    }

    /// <summary>Gets how rows are written: COPY on PostgreSQL, INSERT elsewhere.</summary>
    public RecordLoadMethod Method { get; }

    /// <summary>Gets whether loading stopped at a rejection (<see cref="RejectionPolicy.StopAtFirstError"/>); further loads do nothing.</summary>
    public bool Stopped => _stopped;

    /// <summary>Loads one export file (plain or gzip).</summary>
    /// <param name="path">The file path; the name in messages is the path as given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="RecordFileException">The file is missing, unreadable or not a usable export, or a row has too many procedure entries; nothing of it is kept.</exception>
    /// <exception cref="DbException">The database failed; nothing of the file is kept.</exception>
    public void LoadFile(string path)
    {
        using var stream = FrontPageReader.OpenFile(path);
        Load(stream, path);
    }

    /// <summary>Loads one export from a stream (plain or gzip), which is read to its end but not closed.</summary>
    /// <param name="stream">The export.</param>
    /// <param name="inputName">The name used in messages.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RecordFileException">The input is not a usable export, or a row has too many procedure entries; nothing of it is kept.</exception>
    /// <exception cref="DbException">The database failed; nothing of the input is kept.</exception>
    public void Load(Stream stream, string inputName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(inputName);
        if (_stopped)
        {
            return;
        }

        _stays ??= [.. _context.DischargeRecords.AsNoTracking().Select(r => new { r.HospitalCode, r.CaseNumber, r.AdmissionNumber }).AsEnumerable().Select(s => (s.HospitalCode, s.CaseNumber, s.AdmissionNumber))];
        var added = new List<(string, string, int)>();
        var byRule = (long[])_byRule.Clone();
        var kept = _kept.Count;
        var loaded = 0L;
        try
        {
            var records = Accepted(FrontPageReader.ReadRecords(stream, inputName, ReaderOptions(byRule)), inputName, byRule, added);
            loaded = WriteAll(records);
        }
        catch
        {
            // Nothing of this input was committed: forget its stays, rejections and counts.
            foreach (var stay in added)
            {
                _stays.Remove(stay);
            }

            _kept.RemoveRange(kept, _kept.Count - kept);
            _stopped = false;
            throw;
        }

        _loaded += loaded;
        Array.Copy(byRule, _byRule, byRule.Length);
    }

    /// <summary>Builds the result of everything loaded so far.</summary>
    /// <returns>The counts and the first rejections.</returns>
    public RecordLoadResult ToResult() =>
        new(Method, _loaded, [.. Enum.GetValues<RejectionRule>().Where(r => _byRule[(int)r] > 0).Select(r => KeyValuePair.Create(r, _byRule[(int)r]))], [.. _kept], _stopped);

    /// <summary>Writes records as they are, with no validation or duplicate check, in one transaction (for the benchmarks).</summary>
    internal long WriteAll(IEnumerable<DischargeRecord> records) => Method == RecordLoadMethod.Copy ? Copy(records) : Insert(records);

    private IEnumerable<DischargeRecord> Accepted(IEnumerable<DischargeRecord> records, string inputName, long[] byRule, List<(string, string, int)> added)
    {
        foreach (var record in records)
        {
            if (_stopped)
            {
                yield break;
            }

            if (record.Procedures.Length > DischargeRecordRow.ProcedureSlots)
            {
                throw new RecordFileException(inputName, string.Create(CultureInfo.InvariantCulture, $"line {record.Line} has {record.Procedures.Length} procedure entries with a code; the discharge_records table holds {DischargeRecordRow.ProcedureSlots}"));
            }

            var stay = (record.HospitalCode, record.CaseNumber, record.AdmissionNumber);
            if (!_stays!.Add(stay))
            {
                Reject(byRule, new RecordRejection(record.Line, FrontPageFields.CaseNumber, record.CaseNumber, RejectionRule.DuplicateStay, "the stay (ZZJGDM, BAH, ZYCS) was already accepted from an earlier row"));
                continue;
            }

            added.Add(stay);
            yield return record;
        }
    }

    private RecordIngestOptions ReaderOptions(long[] byRule) => new()
    {
        Encoding = _options.Encoding,
        HeaderMap = _options.HeaderMap,
        Policy = _options.Policy,
        Grouping = _options.Grouping,
        Period = _options.Period,
        Rules = _options.Rules,
        Catalogue = _options.Catalogue,
        MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism,
        KeptRejections = _options.KeptRejections,
        Progress = _options.Progress,
        BlockSize = _options.BlockSize,
        OnRejection = r => Reject(byRule, r),
    };

    private void Reject(long[] byRule, RecordRejection rejection)
    {
        if (_stopped)
        {
            return;
        }

        byRule[(int)rejection.Rule]++;
        if (_kept.Count < _options.KeptRejections)
        {
            _kept.Add(rejection);
        }

        _options.OnRejection?.Invoke(rejection);
        _stopped = _options.Policy == RejectionPolicy.StopAtFirstError;
    }

    private long Copy(IEnumerable<DischargeRecord> records)
    {
        var (table, columns) = Columns();
        var connection = (NpgsqlConnection)_context.Database.GetDbConnection();
        var opened = OpenIfClosed(connection);
        try
        {
            using var transaction = connection.BeginTransaction();
            long count = 0;
            using (var importer = connection.BeginBinaryImport($"COPY {table} ({string.Join(", ", columns.Select(c => c.Quoted))}) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var record in records)
                {
                    importer.StartRow();
                    foreach (var (column, _) in columns)
                    {
                        Write(importer, column, column.Value(record));
                    }

                    count++;
                }

                importer.Complete();
            }

            transaction.Commit();
            return count;
        }
        finally
        {
            if (opened)
            {
                connection.Close();
            }
        }
    }

    private long Insert(IEnumerable<DischargeRecord> records)
    {
        var (table, columns) = Columns();
        var connection = _context.Database.GetDbConnection();
        var opened = OpenIfClosed(connection);
        try
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Quoted))}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))})";
            var parameters = new DbParameter[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                parameters[i] = command.CreateParameter();
                parameters[i].ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
                parameters[i].DbType = DbTypeOf(columns[i].Column.ClrType);
                command.Parameters.Add(parameters[i]);
            }

            command.Prepare();
            long count = 0;
            foreach (var record in records)
            {
                for (var i = 0; i < columns.Length; i++)
                {
                    parameters[i].Value = columns[i].Column.Value(record) ?? DBNull.Value;
                }

                command.ExecuteNonQuery();
                count++;
            }

            transaction.Commit();
            return count;
        }
        finally
        {
            if (opened)
            {
                connection.Close();
            }
        }
    }

    /// <summary>The table and its columns as the model names them (never from user input), quoted.</summary>
    private (string Table, ImmutableArray<(RecordColumn Column, string Quoted)> Columns) Columns()
    {
        var entity = _context.Model.FindEntityType(typeof(DischargeRecordRow)) ?? throw new InvalidOperationException("The context's model has no DischargeRecordRow; call ApplyHospitalDomainSchema in OnModelCreating.");
        var helper = _context.GetService<Microsoft.EntityFrameworkCore.Storage.ISqlGenerationHelper>();
        var table = helper.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var columns = RecordColumns.All.Select(c => (c, helper.DelimitIdentifier(entity.FindProperty(c.Property)!.GetColumnName()))).ToImmutableArray();
        return (table, columns);
    }

    private static bool OpenIfClosed(DbConnection connection)
    {
        if (connection.State == ConnectionState.Open)
        {
            return false;
        }

        connection.Open();
        return true;
    }

    private static void Write(NpgsqlBinaryImporter importer, RecordColumn column, object? value)
    {
        switch (value)
        {
            case null:
                importer.WriteNull();
                break;
            case string text:
                importer.Write(text, NpgsqlDbType.Text);
                break;
            case int number:
                importer.Write(number, NpgsqlDbType.Integer);
                break;
            case decimal amount:
                importer.Write(amount, NpgsqlDbType.Numeric);
                break;
            case DateTime stamp:
                importer.Write(stamp, NpgsqlDbType.Timestamp);
                break;
            default:
                throw new InvalidOperationException($"Column {column.Name} has a value of type {value.GetType().Name}, which the loader does not write.");
        }
    }

    private static DbType DbTypeOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => DbType.String,
        var t when t == typeof(int) => DbType.Int32,
        var t when t == typeof(decimal) => DbType.Decimal,
        var t when t == typeof(DateTime) => DbType.DateTime,
        var t => throw new InvalidOperationException($"The records table has a column of type {t.Name}, which the loader does not write."),
    };
}
