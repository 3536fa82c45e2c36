using HospitalDomain.Records;
using HospitalDomain.Records.Generation;

namespace HospitalDomain.EntityFrameworkCore.Tests.TestHelpers;

/// <summary>Synthetic front-page exports with defects, written into a temporary folder.</summary>
internal sealed class GeneratedExports : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hospitaldomain-ef-exports-").FullName;

    public string Write(string name, FrontPageExportOptions options)
    {
        var path = Path.Combine(_folder, name);
        FrontPageExportGenerator.WriteFile(path, options);
        return path;
    }

    /// <summary>The in-process result for the same files and options: what the push-down must equal.</summary>
    public static IngestResult InProcess(RecordIngestOptions options, params string[] paths)
    {
        var aggregator = new FrontPageAggregator(options);
        foreach (var path in paths)
        {
            aggregator.ReadFile(path);
        }

        return aggregator.ToResult();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
