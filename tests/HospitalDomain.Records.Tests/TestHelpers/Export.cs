using System.IO.Compression;
using System.Text;

namespace HospitalDomain.Records.Tests.TestHelpers;

/// <summary>Builds small front-page exports by hand: a header and rows given as field → value, every other field of a valid row kept.</summary>
internal static class Export
{
    public static readonly string[] Header =
    [
        "ZZJGDM", "BAH", "ZYCS", "XB", "CSRQ", "RYSJ", "CYSJ", "CYKB", "SJZYTS", "LYFS", "RYBQ",
        "SSJCZBM1", "SSJB1", "QKYHLB1", "SSJCZBM2", "SSJB2", "QKYHLB2",
        "ZFY", "XYF", "KJYWF", "ZCYF", "ZCYF1", "HCYYCLF", "YYCLF", "YCXYYCLF", "DRGBM", "DRGQZ", "XM",
    ];

    public static readonly AggregationRules Rules = new()
    {
        DrgGroupField = "DRGBM",
        DrgWeightField = "DRGQZ",
        LowRiskDrgGroups = ["HC25", "KD19"],
        MinimallyInvasiveCodes = ["51.2301", "13.4101"],
    };

    /// <summary>A valid row: hospital H1, stay 1001/1, 2023-03-01 to 2023-03-05 (4 days), no procedure, 1,000 yuan.</summary>
    public static Dictionary<string, string> Valid(string bah = "1001") => new()
    {
        ["ZZJGDM"] = "H1", ["BAH"] = bah, ["ZYCS"] = "1", ["XB"] = "1", ["CSRQ"] = "1960-05-01", ["RYSJ"] = "2023-03-01 08:00:00", ["CYSJ"] = "2023-03-05 10:00:00",
        ["CYKB"] = "0304", ["SJZYTS"] = "4", ["LYFS"] = "1", ["RYBQ"] = "1", ["ZFY"] = "1000.00", ["XM"] = "测试患者甲",
    };

    public static Dictionary<string, string> With(this Dictionary<string, string> row, params (string Field, string Value)[] changes)
    {
        foreach (var (field, value) in changes)
        {
            row[field] = value;
        }

        return row;
    }

    public static string Csv(IEnumerable<Dictionary<string, string>> rows, string[]? header = null, string newLine = "\r\n", char separator = ',')
    {
        header ??= Header;
        var text = new StringBuilder().Append(string.Join(separator, header)).Append(newLine);
        foreach (var row in rows)
        {
            text.Append(string.Join(separator, header.Select(h => Quote(row.GetValueOrDefault(h, string.Empty), separator)))).Append(newLine);
        }

        return text.ToString();
    }

    public static string Csv(params Dictionary<string, string>[] rows) => Csv(rows, null);

    public static byte[] Bytes(string text, Encoding? encoding = null, bool gzip = false)
    {
        var bytes = (encoding ?? new UTF8Encoding(false)).GetBytes(text);
        if (!gzip)
        {
            return bytes;
        }

        using var compressed = new MemoryStream();
        using (var zip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(bytes);
        }

        return compressed.ToArray();
    }

    public static IngestResult Ingest(string csv, RecordIngestOptions? options = null) => Ingest(Bytes(csv), options);

    public static IngestResult Ingest(byte[] bytes, RecordIngestOptions? options = null)
    {
        var aggregator = new FrontPageAggregator(options ?? new RecordIngestOptions { Rules = Rules });
        aggregator.Read(new MemoryStream(bytes), "test.csv");
        return aggregator.ToResult();
    }

    public static RecordRejection SingleRejection(Dictionary<string, string> row, RecordIngestOptions? options = null)
    {
        var result = Ingest(Csv(row), options);
        result.Reconciliation.Read.Should().Be(1);
        result.Reconciliation.Rejected.Should().Be(1, "the row breaks a rule");
        return result.Rejections.Should().ContainSingle().Subject;
    }

    /// <summary>Asserts a rejection equals the expected one, showing both as text when not.</summary>
    public static void ShouldBeRejection(this RecordRejection actual, RecordRejection expected)
    {
        actual.ToString().Should().Be(expected.ToString());
        actual.Should().Be(expected);
    }

    private static string Quote(string value, char separator) =>
        value.Contains(separator, StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal)
            ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : value;
}
