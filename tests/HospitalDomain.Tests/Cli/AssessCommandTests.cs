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
