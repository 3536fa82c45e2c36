using System.Text.Json;
using HospitalDomain.Records.Tests.TestHelpers;

namespace HospitalDomain.Records.Tests.Serialization;

/// <summary>The result types of an ingest read and write JSON by their own contract, under any options, with the core's metric sets inside.</summary>
public sealed class RecordsJsonTests
{
    private static readonly Dictionary<string, string>[] Rows =
    [
        Export.Valid("1").With(("DRGBM", "FM19"), ("DRGQZ", "1.5")),
        Export.Valid("2").With(("SJZYTS", "9")),
        Export.Valid("3").With(("ZFY", "-1")),
        Export.Valid("3"),
    ];

    [Fact]
    public void IngestResult_RoundTripsWithPlainOptions()
    {
        var result = Export.Ingest(Export.Csv(Rows));

        var json = JsonSerializer.Serialize(result);
        var back = JsonSerializer.Deserialize<IngestResult>(json)!;

        back.Should().Be(result);
        back.Reconciliation.Should().Be(result.Reconciliation);
        JsonSerializer.Serialize(back).Should().Be(json);
        json.Should().Contain("\"metricSets\":[{\"entity\":\"H1\"").And.Contain("\"reconciliation\":{\"read\":4,\"accepted\":2,\"rejected\":2,\"byRule\":[");
    }

    [Fact]
    public void Reconciliation_WritesCountsAndRules()
    {
        var reconciliation = Export.Ingest(Export.Csv(Rows)).Reconciliation;

        var json = JsonSerializer.Serialize(reconciliation);

        json.Should().StartWith("""{"read":4,"accepted":2,"rejected":2,"byRule":[{"rule":""");
        JsonSerializer.Deserialize<Reconciliation>(json).Should().Be(reconciliation);
    }

    [Theory]
    [InlineData("""{"read":5,"accepted":2,"rejected":2,"byRule":[{"rule":"negativeCost","count":2}]}""", "Invalid Reconciliation: the counts do not add up: read 5, accepted 2, rejected 2, rejections per rule 2. (Parameter 'read')")]
    [InlineData("""{"read":4,"accepted":2,"rejected":2,"byRule":[{"rule":"negativeCost","count":1},{"rule":"negativeCost","count":1}]}""", "Invalid Reconciliation: byRule must name each rule once with a positive count, was NegativeCost 1. (Parameter 'byRule')")]
    [InlineData("""{"read":4,"accepted":-2,"rejected":6,"byRule":[{"rule":"negativeCost","count":6}]}""", "Invalid Reconciliation: accepted must be non-negative. (Parameter 'accepted')\nActual value was -2.")]
    [InlineData("""{"read":4,"accepted":2,"rejected":2}""", "Invalid Reconciliation: the counts do not add up: read 4, accepted 2, rejected 2, rejections per rule 0. (Parameter 'read')")]
    [InlineData("""{"read":4,"accepted":2}""", "Missing required property 'rejected' for Reconciliation.")]
    public void Reconciliation_Inconsistent_IsRejected(string json, string message)
    {
        var act = () => JsonSerializer.Deserialize<Reconciliation>(json);

        act.Should().ThrowExactly<JsonException>().Which.Message.ReplaceLineEndings("\n").Should().Be(message);
    }

    [Fact]
    public void Rejection_OfAPersonalField_StaysMaskedThroughJson()
    {
        var rejection = new RecordRejection(7, "XM", "张三", RejectionRule.NegativeCost, "XM '张三' is not a cost");

        var json = JsonSerializer.Serialize(rejection);

        json.Should().NotContain("\\u5F20\\u4E09").And.NotContain("张三");
        JsonSerializer.Deserialize<RecordRejection>(json).Should().Be(rejection);
    }
}
