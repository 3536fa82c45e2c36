using System.Collections.Immutable;
using System.Text;
using HospitalDomain.Records.Tests.TestHelpers;

namespace HospitalDomain.Records.Tests.Reading;

/// <summary>What an export can look like: encodings, byte-order marks, compression, line endings, quoting, column order, vendor headers.</summary>
public sealed class FormatTests
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    private static readonly Dictionary<string, string>[] Rows =
    [
        Export.Valid("1").With(("CYKB", "心内科"), ("ZFY", "1000.00")),
        Export.Valid("2").With(("CYKB", "普外科"), ("ZFY", "234.56"), ("LYFS", "5")),
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadAndReadRecords_AStream_LeaveItOpen(bool gzip)
    {
        var bytes = Export.Bytes(Export.Csv(Rows), new UTF8Encoding(false));
        using var stream = new MemoryStream(gzip ? Compress(bytes) : bytes);

        new FrontPageAggregator().Read(stream, "export.csv");
        var readAgain = () => stream.Position = 0;
        readAgain.Should().NotThrow("Read documents that the stream is read to its end but not closed");
        FrontPageReader.ReadRecords(stream, "export.csv").Should().HaveCount(2);
        readAgain.Should().NotThrow("ReadRecords documents that the stream is not closed");
    }

    public static TheoryData<string> Variants => ["utf-8", "utf-8-bom", "gb18030-auto", "gb18030-declared", "gzip-gb18030", "gzip-utf-8-bom", "lf", "tsv"];

    [Theory]
    [MemberData(nameof(Variants))]
    public void SameRows_SameResult_WhateverTheEncodingCompressionOrLineEnding(string variant)
    {
        var csv = Export.Csv(Rows, newLine: variant == "lf" ? "\n" : "\r\n", separator: variant == "tsv" ? '\t' : ',');
        var encoding = variant.Contains("gb18030", StringComparison.Ordinal) ? Gb18030 : new UTF8Encoding(variant.EndsWith("-bom", StringComparison.Ordinal));
        var bytes = encoding.GetPreamble().Concat(Export.Bytes(csv, encoding)).ToArray();
        if (variant.StartsWith("gzip", StringComparison.Ordinal))
        {
            bytes = Compress(bytes);
        }

        var options = new RecordIngestOptions
        {
            Encoding = variant == "gb18030-declared" ? RecordEncoding.Gb18030 : RecordEncoding.Auto,
            Grouping = EntityGrouping.HospitalDepartment,
        };
        var result = Export.Ingest(bytes, options);

        result.Reconciliation.ToString().Should().Be("read 2 = accepted 2 + rejected 0");
        result.MetricSets.Select(s => FormattableString.Invariant($"{s.Entity}: {s["discharges"]}, {s["inpatientDeaths"]}, {s["inpatientRevenue"]:0.00}")).Should().Equal("H1/心内科: 1, 0, 1000.00", "H1/普外科: 1, 1, 234.56");
    }

    [Fact]
    public void Gb18030_DetectedFromTheRows_WhenTheHeaderIsAscii()
    {
        var bytes = Export.Bytes(Export.Csv(Rows), Gb18030);

        var records = FrontPageReader.ReadRecords(new MemoryStream(bytes), "gb.csv").ToList();

        records.Select(r => r.DischargeDepartment).Should().Equal("心内科", "普外科");
    }

    [Fact]
    public void Gb18030_DeclaredUtf8_IsAFileError() =>
        FluentActions.Invoking(() => Export.Ingest(Export.Bytes(Export.Csv(Rows), Gb18030), new RecordIngestOptions { Encoding = RecordEncoding.Utf8 }))
            .Should().Throw<RecordFileException>().WithMessage("test.csv: the rows from line 2 on are not valid UTF-8; declare the encoding (gb18030)");

    [Fact]
    public void QuotedFields_WithSeparatorsQuotesAndLineBreaks_KeepTheirLineNumbers()
    {
        var csv = "ZZJGDM,BAH,ZYCS,ZYZD,RYSJ,CYSJ,SJZYTS,LYFS,ZFY\r\n"
            + "H1,1,1,\"肺炎,待查\",2023-03-01,2023-03-05,4,1,\"1,000.00\"\r\n"
            + "H1,2,1,\"第一行\r\n第二行 \"\"引号\"\"\",2023-03-01,2023-03-05,4,1,\"100.5\"\r\n"
            + "H1,3,1,\"a\nb\nc\",2023-03-01,2023-03-05,4,9,50\r\n"
            + "H1,4,1,x,2023-03-01,2023-03-05,5,1,50\r\n";

        var result = Export.Ingest(csv, RecordIngestOptions.Default);

        result.Reconciliation.ToString().Should().Be("read 4 = accepted 2 + rejected 2 (InvalidNumber 1, LengthOfStayMismatch 1)");
        result.Rejections.Select(r => (r.Line, r.Field, r.Value)).Should().Equal((2, "ZFY", "1,000.00"), (8, "SJZYTS", "5"));
        result.MetricSets.Single()["inpatientRevenue"].Should().Be(150.5m);
    }

    [Fact]
    public void BlankLines_AreNotRows()
    {
        var csv = Export.Csv(Rows[0]) + "\r\n\r\n" + Export.Csv(Rows[1]).Split("\r\n", 2)[1] + "\r\n";

        Export.Ingest(csv).Reconciliation.ToString().Should().Be("read 2 = accepted 2 + rejected 0");
    }

    [Fact]
    public void ColumnsReorderedAndUnknown_AreFoundByName()
    {
        var header = Export.Header.Reverse().Concat(["VENDOR_X", "ANOTHER"]).ToArray();
        var row = Export.Valid().With(("VENDOR_X", "whatever, really"), ("ANOTHER", "\"q\""));

        var result = Export.Ingest(Export.Csv([row], header));

        result.Reconciliation.Accepted.Should().Be(1);
        result.MetricSets.Single()["dischargedPatientBedDays"].Should().Be(4);
    }

    [Fact]
    public void FieldNames_MatchWithoutRegardToCaseOrSpaces()
    {
        var csv = Export.Csv(Rows).Replace("ZZJGDM,BAH", " zzjgdm ,Bah", StringComparison.Ordinal);

        Export.Ingest(csv).Reconciliation.Accepted.Should().Be(2);
    }

    [Fact]
    public void ChineseHeaderMap_ForAVendorExport()
    {
        var csv = "组织机构代码,病案号,住院次数,入院时间,出院时间,出院科别,实际住院天数,离院方式,总费用,西药费,患者姓名\r\n"
            + "H9,A-7,1,2023-05-01 09:00,2023-05-11 10:00,0304,10,1,1200.00,400.00,测试患者乙\r\n"
            + "H9,A-8,2,2023-05-02,2023-05-02,0304,1,5,300,,测试患者丙\r\n";
        var map = new Dictionary<string, string>
        {
            ["组织机构代码"] = "ZZJGDM", ["病案号"] = "BAH", ["住院次数"] = "ZYCS", ["入院时间"] = "RYSJ", ["出院时间"] = "CYSJ", ["出院科别"] = "CYKB",
            ["实际住院天数"] = "SJZYTS", ["离院方式"] = "LYFS", ["总费用"] = "ZFY", ["西药费"] = "xyf", ["患者姓名"] = "XM",
        }.ToImmutableDictionary();

        var gbBytes = Export.Bytes(csv, Gb18030);
        var result = Export.Ingest(gbBytes, new RecordIngestOptions { HeaderMap = map, Grouping = EntityGrouping.HospitalDepartment });

        result.Reconciliation.Accepted.Should().Be(2);
        var set = result.MetricSets.Single();
        set.Entity.Should().Be("H9/0304");
        (set["dischargedPatientBedDays"], set["inpatientDeaths"], set["inpatientRevenue"], set["inpatientDrugRevenue"]).Should().Be((11m, 1m, 1500m, 400m));
    }

    [Theory]
    [InlineData("", "test.csv: the file is empty (no header)")]
    [InlineData("{\"entity\": \"x\"}\n", "test.csv: no usable header: missing ZZJGDM, BAH, ZYCS, RYSJ, CYSJ, SJZYTS, LYFS, ZFY (the header has 1 column; map vendor headers with a header map)")]
    [InlineData("ZZJGDM,BAH,ZYCS,RYSJ,CYSJ,SJZYTS,LYFS\n", "test.csv: no usable header: missing ZFY (the header has 7 columns; map vendor headers with a header map)")]
    [InlineData("ZZJGDM,BAH,ZYCS,RYSJ,CYSJ,SJZYTS,LYFS,ZFY,bah\n", "test.csv: no usable header: field BAH appears twice (columns 2 and 9)")]
    [InlineData("\u0000\u0001PK\u0003\u0004,x\n", "test.csv: binary content in the first line: not a delimited text export")]
    public void UnusableFile_IsOneErrorNamingFileAndReason(string content, string message) =>
        FluentActions.Invoking(() => Export.Ingest(content, RecordIngestOptions.Default)).Should().Throw<RecordFileException>().Which.Message.Should().Be(message);

    [Theory]
    [InlineData(256, 1)]
    [InlineData(256, 2)]
    [InlineData(300, 3)]
    [InlineData(1 << 20, 2)]
    public void BlockBoundaries_AndThreads_ChangeNothing(int blockSize, int threads)
    {
        var rows = Enumerable.Range(0, 300).Select(i => Export.Valid((i % 250).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With(("XM", i % 7 == 0 ? "多行\r\n姓名,\"引号\"" : "x"), ("LYFS", i % 50 == 3 ? "7" : "1"))).ToList();
        var csv = Export.Csv(rows);
        var reference = Export.Ingest(csv, new RecordIngestOptions { Rules = Export.Rules, MaxDegreeOfParallelism = 1, BlockSize = 1 << 20 });

        var result = Export.Ingest(csv, new RecordIngestOptions { Rules = Export.Rules, MaxDegreeOfParallelism = threads, BlockSize = blockSize });

        result.Reconciliation.Should().Be(reference.Reconciliation);
        result.Reconciliation.ToString().Should().Be("read 300 = accepted 245 + rejected 55 (NotInValueTable 6, DuplicateStay 49)", "row 253 repeats the stay of row 3, which was rejected, and breaks the same rule");
        result.Rejections.Should().Equal(reference.Rejections);
        result.MetricSets.Should().Equal(reference.MetricSets);
    }

    private static byte[] Compress(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var zip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(bytes);
        }

        return compressed.ToArray();
    }
}
