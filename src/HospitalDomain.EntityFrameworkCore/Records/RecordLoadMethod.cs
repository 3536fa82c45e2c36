namespace HospitalDomain.EntityFrameworkCore.Records;

/// <summary>How a <see cref="DischargeRecordLoader"/> writes rows into the database.</summary>
public enum RecordLoadMethod
{
    /// <summary>PostgreSQL's binary COPY (<c>COPY discharge_records (…) FROM STDIN (FORMAT BINARY)</c>), streamed through Npgsql.</summary>
    Copy = 0,

    /// <summary>One prepared, parameterized INSERT per row inside one transaction (SQLite and any other provider).</summary>
    Insert,
}
