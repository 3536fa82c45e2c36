using BenchmarkDotNet.Attributes;
using HospitalDomain.Records;
using HospitalDomain.Records.Generation;

namespace HospitalDomain.Benchmarks;

/// <summary>
/// The same front-page export (1,000,000 rows) in GB18030, as most Chinese exports are, against
/// UTF-8. DuckDB has no baseline here: its <c>read_csv</c> reads UTF-8 only, and other encodings
/// need an extension that it downloads at run time.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class FrontPageEncodingBenchmarks
{
    private string _utf8 = string.Empty;
    private string _gb18030 = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = FrontPageFiles.Get(RecordEncoding.Utf8);
        _gb18030 = FrontPageFiles.Get(RecordEncoding.Gb18030);
    }

    [Benchmark(Baseline = true)]
    public long Utf8() => Aggregate(_utf8);

    [Benchmark]
    public long Gb18030() => Aggregate(_gb18030);

    private static long Aggregate(string path)
    {
        var aggregator = new FrontPageAggregator(new RecordIngestOptions { Rules = FrontPageExportGenerator.Rules });
        aggregator.ReadFile(path);
        return aggregator.ToResult().Reconciliation.Accepted;
    }
}
