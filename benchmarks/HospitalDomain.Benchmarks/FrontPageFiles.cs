using System.Globalization;
using HospitalDomain.Records;
using HospitalDomain.Records.Generation;

namespace HospitalDomain.Benchmarks;

/// <summary>The generated front-page exports the benchmarks read, written once into the temporary folder and reused.</summary>
public static class FrontPageFiles
{
    /// <summary>The environment variable that sets the number of rows (default 1,000,000; 20,000 under <c>--job Dry</c>).</summary>
    public const string RowsVariable = "HOSPITALDOMAIN_BENCHMARK_RECORDS_ROWS";

    /// <summary>Gets the number of rows of the benchmark files.</summary>
    public static long Rows => long.Parse(Environment.GetEnvironmentVariable(RowsVariable) ?? "1000000", CultureInfo.InvariantCulture);

    /// <summary>Returns the path of the export with <see cref="Rows"/> rows, 1% defective rows and 20 hospitals, generating it when absent.</summary>
    public static string Get(RecordEncoding encoding)
    {
        var folder = Path.Combine(Path.GetTempPath(), "hospitaldomain-benchmarks");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FormattableString.Invariant($"front-page-{Rows}-{encoding}.csv").ToLowerInvariant());
        if (!File.Exists(path))
        {
            var partial = path + ".partial";
            FrontPageExportGenerator.WriteFile(partial, Options(encoding));
            File.Move(partial, path, overwrite: true);
        }

        return path;
    }

    /// <summary>The generator options of the benchmark files.</summary>
    public static FrontPageExportOptions Options(RecordEncoding encoding) =>
        new() { Rows = Rows, Seed = 2023, DefectShare = 0.01, Hospitals = 20, Encoding = encoding };
}
