using System.Collections.Immutable;
using HospitalDomain.Metrics;

namespace HospitalDomain.Records.Generation;

/// <summary>What the generator wrote, known independently of the reader: rows, the defects planted and the sums of the valid rows.</summary>
/// <remarks>Immutable.</remarks>
public sealed class GeneratedExport
{
    internal GeneratedExport(long rows, long bytes, ImmutableArray<KeyValuePair<RejectionRule, long>> defects, ImmutableArray<MetricSet> expected, int columns)
    {
        Rows = rows;
        Bytes = bytes;
        Defects = defects;
        Expected = expected;
        Columns = columns;
    }

    /// <summary>Gets the number of data rows written.</summary>
    public long Rows { get; }

    /// <summary>Gets the number of bytes written (after compression, when gzip).</summary>
    public long Bytes { get; }

    /// <summary>Gets the number of columns of the header.</summary>
    public int Columns { get; }

    /// <summary>Gets the defective rows planted per rule (each breaks exactly that rule), for the rules with any.</summary>
    public ImmutableArray<KeyValuePair<RejectionRule, long>> Defects { get; }

    /// <summary>Gets the number of defective rows.</summary>
    public long DefectiveRows => Defects.Sum(d => d.Value);

    /// <summary>
    /// Gets the metric sets the valid rows should give per hospital and year under the default rules
    /// with <see cref="FrontPageExportGenerator.Rules"/>, as the generator itself summed them.
    /// </summary>
    public ImmutableArray<MetricSet> Expected { get; }
}
