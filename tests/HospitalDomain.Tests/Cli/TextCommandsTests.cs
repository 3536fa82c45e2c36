using System.Text.Json;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Cli;

/// <summary><c>hospital read</c> and <c>hospital write</c>.</summary>
public sealed class TextCommandsTests
{
    private const string Report = "2024年1月31日，广元市中医医院召开2023年工作总结大会。全年门急诊量110.37 万人次，同比增长9.80%；平均住院日由8.2天缩短至7.8天。会议表彰了20个先进集体和230名先进个人。医院微信服务号居全国第81位。";

    [Fact]
    public void Read_Json_PrintsTheDocumentedShape()
    {
        using var document = JsonDocument.Parse(CliRunner.RunWithInput(Report, "read", "-", "--json").ShouldSucceed().Output);
        var root = document.RootElement;

        root.EnumerateObject().Select(p => p.Name).Should().Equal("hospital", "year", "figures", "commendations", "keySpecialties", "rankings");
        root.GetProperty("hospital").GetString().Should().Be("广元市中医医院");
        root.GetProperty("year").GetInt32().Should().Be(2023);
        var figure = root.GetProperty("figures")[0];
        figure.EnumerateObject().Select(p => p.Name).Should().Equal("label", "metric", "value", "unit", "qualifier", "asWritten", "start", "length", "isTarget", "change");
        figure.GetProperty("metric").GetString().Should().Be("outpatientEmergencyVisits");
        figure.GetProperty("value").GetDecimal().Should().Be(1_103_700m);
        figure.GetProperty("qualifier").ValueKind.Should().Be(JsonValueKind.Null);
        Report.Substring(figure.GetProperty("start").GetInt32(), figure.GetProperty("length").GetInt32()).Should().Be(figure.GetProperty("asWritten").GetString()).And.Be("110.37 万人次");
        var change = figure.GetProperty("change");
        change.EnumerateObject().Select(p => p.Name).Should().Equal("direction", "amount", "unit", "basis", "asWritten");
        change.GetProperty("direction").GetString().Should().Be("up");
        change.GetProperty("amount").GetDecimal().Should().Be(9.80m);
        change.GetProperty("asWritten").GetString().Should().Be("同比增长9.80%");
        root.GetProperty("figures")[1].GetProperty("change").GetProperty("amount").ValueKind.Should().Be(JsonValueKind.Null, "由8.2天缩短至7.8天 states no amount");
        root.GetProperty("commendations").GetProperty("collectives").GetInt32().Should().Be(20);
        root.GetProperty("commendations").GetProperty("individuals").GetInt32().Should().Be(230);
        root.GetProperty("rankings")[0].GetProperty("position").GetInt32().Should().Be(81);
    }

    [Fact]
    public void Read_Table_ListsTheFigures() =>
        CliRunner.RunWithInput(Report, "read", "-").ShouldSucceed().Output.Should().StartWith("广元市中医医院  2023年").And.Contain("同比增长9.80%").And.Contain("表彰: 集体 20，个人 230");

    [Fact]
    public void Read_NoFile_FailsWithOneLine() =>
        CliRunner.Run("read").ShouldFailWithOneLine().Should().Be("hospital: read needs a FILE (- for standard input)");

    [Fact]
    public void Read_MissingFile_NamesIt() =>
        CliRunner.Run("read", "no-such-report.txt").ShouldFailWithOneLine().Should().StartWith("hospital: no-such-report.txt: no such file");

    [Fact]
    public void Write_SampleYears_PrintsTheSentences()
    {
        var output = CliRunner.Run("write", "--metrics", RepositoryFiles.PathOf("samples/HospitalDomain.Cli/Samples/example-2023.metrics.json"),
            "--previous", RepositoryFiles.PathOf("samples/HospitalDomain.Cli/Samples/example-2022.metrics.json"), "--basis", "较上年同期").ShouldSucceed().Output;

        output.Should().Contain("出院人次16.00万人次，较上年同期增长6.67%").And.EndWith("。\n");
    }

    [Fact]
    public void Write_NoMetrics_FailsWithOneLine() =>
        CliRunner.Run("write").ShouldFailWithOneLine().Should().Be("hospital: --metrics is required");
}
