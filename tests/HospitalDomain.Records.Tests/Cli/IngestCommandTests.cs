using System.Text.Json;
using HospitalDomain.Metrics;
using HospitalDomain.Records.Generation;
using HospitalDomain.Serialization;

namespace HospitalDomain.Records.Tests.Cli;

public sealed class IngestCommandTests
{
    [Fact]
    public void IngestJson_OnAGeneratedFile_ReproducesTheGeneratorsSumsExactly()
    {
        using var folder = new TempFolder();
        var path = folder.File("export.csv.gz");
        var generated = FrontPageExportGenerator.WriteFile(path, new FrontPageExportOptions { Rows = 3000, Seed = 11, DefectShare = 0.04, Hospitals = 3, Encoding = RecordEncoding.Gb18030, Gzip = true });

        var (code, output, error) = CliRunner.Run("ingest", path, "--json", "--drg-group", "DRGBM", "--low-risk", WriteLines(folder, "low.txt", FrontPageExportGenerator.Rules.LowRiskDrgGroups!),
            "--minimally-invasive", WriteLines(folder, "mi.txt", FrontPageExportGenerator.Rules.MinimallyInvasiveCodes!));

        (code, error).Should().Be((0, string.Empty));
        using var document = JsonDocument.Parse(output);
        document.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("rows", "metricSets");
        var rows = document.RootElement.GetProperty("rows");
        (rows.GetProperty("read").GetInt64(), rows.GetProperty("accepted").GetInt64(), rows.GetProperty("rejected").GetInt64())
            .Should().Be((3000L, 3000 - generated.DefectiveRows, generated.DefectiveRows));
        var sets = document.RootElement.GetProperty("metricSets").EnumerateArray()
            .Select(e => JsonSerializer.Deserialize(e.GetRawText(), HospitalDomainJsonContext.Default.MetricSet)!).ToList();
        sets.Should().Equal(generated.Expected);
    }

    [Fact]
    public void Ingest_Table_ShowsTheSetsAndTheReconciliation_AndWritesTheRejects()
    {
        using var folder = new TempFolder();
        var path = folder.File("export.csv");
        var generated = FrontPageExportGenerator.WriteFile(path, new FrontPageExportOptions { Rows = 500, Seed = 5, DefectShare = 0.2 });
        var rejects = folder.File("rejects.csv");

        var (code, output, error) = CliRunner.Run("ingest", path, "--by", "department", "--period", "quarter", "--rejects", rejects);

        (code, error).Should().Be((0, string.Empty));
        output.Should().Contain("SYN000001/0304  2023Q1").And.Contain($"Rows: read 500 = accepted {500 - generated.DefectiveRows} + rejected {generated.DefectiveRows}");
        var lines = File.ReadAllLines(rejects);
        lines[0].Should().Be("line,field,value,rule,message");
        lines.Should().HaveCount(1 + (int)generated.DefectiveRows);
        lines.Skip(1).Select(l => Enum.Parse<RejectionRule>(l.Split(',')[3])).GroupBy(r => r).Select(g => KeyValuePair.Create(g.Key, (long)g.Count())).OrderBy(p => p.Key)
            .Should().Equal(generated.Defects);
        string.Join('\n', lines).Should().NotContain("测试患者").And.NotContain("SYN1");
    }

    [Theory]
    [InlineData("no-such-export.csv", "hospital: no-such-export.csv: no such file")]
    [InlineData("README.md", "hospital: README.md: no usable header: missing ZZJGDM, BAH, ZYCS, RYSJ, CYSJ, SJZYTS, LYFS, ZFY (the header has 1 column; map vendor headers with a header map)")]
    public void Ingest_UnreadableFile_ExitsOneWithOneLine(string file, string message)
    {
        var root = TestRoot();
        var (code, output, error) = CliRunner.Run("ingest", file == "README.md" ? Path.Combine(root, file) : file);

        code.Should().Be(1);
        output.Should().BeEmpty();
        error.TrimEnd('\n').Split('\n').Should().ContainSingle().Which.Should().Be(message.Replace("README.md", file == "README.md" ? Path.Combine(root, file) : file, StringComparison.Ordinal));
    }

    [Fact]
    public void Ingest_HeaderMap_ReadsAVendorExport()
    {
        using var folder = new TempFolder();
        var path = folder.File("vendor.csv");
        File.WriteAllText(path, "机构代码,病案号,住院次数,入院日期,出院日期,住院天数,离院方式,总费用\n4201,9,1,20230101,20230103,2,1,99.5\n");
        var map = folder.File("map.json");
        File.WriteAllText(map, """{"机构代码": "ZZJGDM", "病案号": "BAH", "住院次数": "ZYCS", "入院日期": "RYSJ", "出院日期": "CYSJ", "住院天数": "SJZYTS", "离院方式": "LYFS", "总费用": "ZFY"}""");

        var (code, output, _) = CliRunner.Run("ingest", path, "--header-map", map, "--json");

        code.Should().Be(0);
        output.Should().Contain("\"entity\": \"4201\"").And.Contain("\"inpatientRevenue\": 99.5");
    }

    [Fact]
    public void GenerateRecords_WritesTheExport_ToStandardOutput()
    {
        var (code, output, error) = CliRunner.Run("generate-records", "--rows", "3", "--seed", "9");

        (code, error).Should().Be((0, string.Empty));
        var lines = output.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(4);
        lines[0].Should().StartWith("USERNAME,ZZJGDM,YLFKFS,ZYCS,BAH,XM,");
        CliRunner.Run("generate-records", "--rows", "x").Error.Should().Be("hospital: --rows must be a number, was 'x'\n");
        CliRunner.Run("generate-records", "--rows", "3", "--defects", "2").Error.Should().StartWith("hospital: DefectShare must be from 0 to 1.");
    }

    private static string WriteLines(TempFolder folder, string name, IEnumerable<string> lines)
    {
        var path = folder.File(name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static string TestRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HospitalDomain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found.");
    }
}
