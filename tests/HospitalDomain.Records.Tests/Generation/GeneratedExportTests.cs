using HospitalDomain.Records.Generation;

namespace HospitalDomain.Records.Tests.Generation;

public sealed class GeneratedExportTests
{
    [Theory]
    [InlineData(RecordEncoding.Utf8, false, 1)]
    [InlineData(RecordEncoding.Gb18030, true, 2)]
    [InlineData(RecordEncoding.Utf8, true, 1)]
    public void Aggregate_GeneratedExport_ReproducesTheGeneratorsOwnSums(RecordEncoding encoding, bool gzip, int threads)
    {
        var options = new FrontPageExportOptions { Rows = 20_000, Seed = 7, DefectShare = 0.05, Hospitals = 4, Encoding = encoding, Gzip = gzip };
        using var stream = new MemoryStream();
        var generated = FrontPageExportGenerator.Write(stream, options);
        stream.Position = 0;

        var aggregator = new FrontPageAggregator(new RecordIngestOptions { Rules = FrontPageExportGenerator.Rules, MaxDegreeOfParallelism = threads, BlockSize = 64 * 1024 });
        aggregator.Read(stream, "generated.csv");
        var result = aggregator.ToResult();

        generated.Columns.Should().BeGreaterThanOrEqualTo(100);
        result.Reconciliation.Read.Should().Be(20_000);
        result.Reconciliation.Rejected.Should().Be(generated.DefectiveRows);
        result.Reconciliation.ByRule.Should().Equal(generated.Defects);
        foreach (var expected in generated.Expected)
        {
            var actual = result.MetricSets.Single(s => s.Entity == expected.Entity);
            foreach (var (metric, value) in expected.Values())
            {
                actual[metric.Code].Should().Be(value, metric.Code);
            }
        }
    }
}
