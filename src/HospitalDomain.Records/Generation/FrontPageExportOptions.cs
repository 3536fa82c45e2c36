namespace HospitalDomain.Records.Generation;

/// <summary>What <see cref="FrontPageExportGenerator"/> writes: how many rows, which defects, which encoding.</summary>
/// <remarks>Immutable. The same options and seed always give the same bytes.</remarks>
public sealed class FrontPageExportOptions
{
    /// <summary>Gets the number of data rows (default 1,000).</summary>
    public long Rows { get; init; } = 1000;

    /// <summary>Gets the seed of the pseudo-random sequence (default 1).</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Gets the share of rows made defective, from 0 to 1 (default 0); each defective row breaks exactly one rule, the rules in turn at random.</summary>
    public double DefectShare { get; init; }

    /// <summary>Gets the number of hospitals (default 3).</summary>
    public int Hospitals { get; init; } = 3;

    /// <summary>Gets the year of the discharge dates (default 2023).</summary>
    public int Year { get; init; } = 2023;

    /// <summary>Gets the encoding: <see cref="RecordEncoding.Utf8"/> (the default) or <see cref="RecordEncoding.Gb18030"/>.</summary>
    public RecordEncoding Encoding { get; init; } = RecordEncoding.Utf8;

    /// <summary>Gets whether a UTF-8 file starts with a byte-order mark (default false).</summary>
    public bool ByteOrderMark { get; init; }

    /// <summary>Gets whether the output is gzip-compressed (default false).</summary>
    public bool Gzip { get; init; }

    /// <summary>Gets the field separator: ',' (the default) or '\t'.</summary>
    public char Separator { get; init; } = ',';

    /// <summary>Gets the line ending (default "\r\n", as Windows exports write it).</summary>
    public string NewLine { get; init; } = "\r\n";

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Rows, nameof(Rows));
        if (DefectShare is < 0 or > 1 || double.IsNaN(DefectShare))
        {
            throw new ArgumentOutOfRangeException(nameof(DefectShare), DefectShare, "DefectShare must be from 0 to 1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(Hospitals, 1, nameof(Hospitals));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Hospitals, 999, nameof(Hospitals));
        ArgumentOutOfRangeException.ThrowIfLessThan(Year, 1901, nameof(Year));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Year, 2198, nameof(Year));
        if (Encoding is not (RecordEncoding.Utf8 or RecordEncoding.Gb18030))
        {
            throw new ArgumentOutOfRangeException(nameof(Encoding), Encoding, "Encoding must be Utf8 or Gb18030.");
        }

        if (Separator is not (',' or '\t'))
        {
            throw new ArgumentOutOfRangeException(nameof(Separator), Separator, "Separator must be ',' or a tab.");
        }

        if (NewLine is not ("\r\n" or "\n"))
        {
            throw new ArgumentOutOfRangeException(nameof(NewLine), NewLine, "NewLine must be \"\\r\\n\" or \"\\n\".");
        }
    }
}
