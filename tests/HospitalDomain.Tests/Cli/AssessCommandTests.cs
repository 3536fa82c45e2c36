using System.Text.Json;
using HospitalDomain.Assessments;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Cli;

public sealed class AssessCommandTests
{
    private static string Sample(string name) => RepositoryFiles.PathOf("samples/HospitalDomain.Cli/Samples/" + name);

    [Fact]
    public void Figures_AreEvaluatedWithTheSchemesEdition_AndAssessed()
    {
        var run = CliRunner.Run("assess", "--figures", Sample("city-2021.figures.json"), "--scheme", Sample("city-operations.scheme.json"), "--json").ShouldSucceed();

        var result = JsonSerializer.Deserialize<CohortAssessment>(run.Output, JsonAssert.Options)!;
        result.SchemeId.Should().Be("city-operations-2021");
        result.Assessments.Should().HaveCount(6);
        result["徐州市中心医院"].PeerGroup.Should().Be("综合医院");
        result["徐州市中心医院"].PreviousTotal.Should().BeNull("a figures file carries no previous assessment");

        // Xuzhou reports no drug revenue or nurses: those indicators are missing and their weight renormalised away.
        result["徐州市中心医院"].Points.Where(p => p.Missing).Select(p => p.IndicatorCode).Should().Equal("drugRevenueShare", "nursesPerBed");
        result["西岭县中医院"].Rank.Should().Be(2);
        result["西岭县中医院"].PeerCount.Should().Be(2);
    }

    [Fact]
    public void Figures_AsATable_ListTheTopHospitals()
    {
        var run = CliRunner.Run("assess", "--figures", Sample("city-2021.figures.json"), "--scheme", Sample("city-operations.scheme.json"), "--top", "2").ShouldSucceed();

        run.Output.Should().Contain("市级医院运营评价（示例，非官方） — 6 hospitals (illustrative scheme: not official grades)")
            .And.Contain("徐州市中心医院").And.Contain("东湖市第一人民医院").And.NotContain("东湖市肿瘤医院");
    }

    [Fact]
    public void Hospital_ShowsItsStandingIndicatorByIndicator()
    {
        var run = CliRunner.Run("assess", "--figures", Sample("city-2021.figures.json"), "--scheme", Sample("city-operations.scheme.json"), "--hospital", "徐州市中心医院").ShouldSucceed();

        var lines = run.Output.Split('\n');
        lines[0].Should().StartWith("徐州市中心医院: 74.49 points, grade B, rank 1 of 4;");
        lines.Should().Contain(l => l.StartsWith("4 出院患者四级手术比例", StringComparison.Ordinal) && l.Contains("39.12%") && l.Contains("62.5") && l.EndsWith("18.75/30", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("13 床护比", StringComparison.Ordinal) && l.Contains("缺少数据") && l.EndsWith("0/20", StringComparison.Ordinal));

        var json = CliRunner.Run("assess", "--figures", Sample("city-2021.figures.json"), "--scheme", Sample("city-operations.scheme.json"), "--hospital", "徐州市中心医院", "--json").ShouldSucceed();
        // 18.75 (level-4 share at 62.5) + 14.67 (stay 7.8: 20 × 2.2 ÷ 3) + 15 (3,407 day surgeries) over the 65 points
        // assessed, renormalised to 100: 48.4166… × 100 ÷ 65.
        JsonSerializer.Deserialize<Assessment>(json.Output, JsonAssert.Options)!.Total.Should().BeApproximately((18.75m + (20m * 2.2m / 3m) + 15m) * 100m / 65m, 0.0000000001m);
    }

    [Fact]
    public void Hospital_NotInTheCohort_ExitsOne() =>
        CliRunner.Run("assess", "--hospital", "nosuch").ShouldFailWithOneLine().Should().Be("hospital: 'nosuch' is not in the cohort");

    [Fact]
    public void TopAndHospital_AreNotGivenTogether() =>
        CliRunner.Run("assess", "--top", "3", "--hospital", "H0001").ShouldFailWithOneLine().Should().Be("hospital: give --top or --hospital, not both");

    [Theory]
    [InlineData("""[{"peerGroup":"G","current":{"entity":"A","period":"2021","values":{"discharge":1}}}]""", "hospital: - at $[0].current.values.discharge (line 1): Unknown metric 'discharge' in the catalogue 'standard'.")]
    [InlineData("""[{"peerGroup":"G","current":{"entity":"A","period":"2021","values":{}},"previous":{"entity":"B","period":"2020","values":{}}}]""", "hospital: - at $[0] (line 1): Invalid CohortFigures: previous is of 'B', current of 'A'.*")]
    [InlineData("""[{"peerGroup":"G","current":{"entity":"A","period":"2021","values":{}},"previous":{"entity":"A","period":"2021","values":{}}}]""", "hospital: - at $[0] (line 1): Invalid CohortFigures: previous (2021) must end before current (2021) begins.*")]
    [InlineData("""[{"current":{"entity":"A","period":"2021","values":{}}}]""", "hospital: - at $[0] (line 1):*peerGroup*")]
    public void BadFigures_ExitOneNamingTheFileAndTheField(string input, string expected) =>
        CliRunner.RunWithInput(input, "assess", "--figures", "-").ShouldFailWithOneLine().Should().Match(expected);

    [Fact]
    public void CohortAndFigures_AreNotGivenTogether() =>
        CliRunner.Run("assess", "--cohort", "a.json", "--figures", "b.json").ShouldFailWithOneLine()
            .Should().Be("hospital: give --cohort or --figures, not both");
}
