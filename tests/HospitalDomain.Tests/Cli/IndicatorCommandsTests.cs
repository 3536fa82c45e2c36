using System.Text.Json;
using HospitalDomain.Indicators;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Cli;

public sealed class IndicatorCommandsTests
{
    [Fact]
    public void Evaluate_WithNoInput_PrintsTheSeedFiguresAsTheReportDoes()
    {
        var output = CliRunner.Run("evaluate").ShouldSucceed().Output;

        output.Should().Contain("门急诊 260.72万人次")
            .And.Contain("出院 15.95万人次")
            .And.Contain("手术 9.57万台次")
            .And.Contain("四级手术占比 39.12%")
            .And.Contain("日间手术 3407例次")
            .And.Contain("平均住院日 7.8天")
            .And.Contain("平均住院日较上年同期下降0.5天")
            .And.Contain("总手术量较上年同期增加14781例次", "the change is in 例次, the total's unit, not the level-4 share's");
    }

    [Fact]
    public void EvaluateJson_IsAnIndicatorEvaluation()
    {
        var run = CliRunner.Run("evaluate", "--json").ShouldSucceed();

        var evaluation = JsonSerializer.Deserialize<IndicatorEvaluation>(run.Output, JsonAssert.Options)!;
        evaluation.Edition.Should().BeSameAs(IndicatorEditions.Operations);
        evaluation["level4SurgeryShare"].Format().Should().Be("39.12%");
        evaluation["averageLengthOfStay"].Value.Should().Be(7.8m);
        run.Output.Should().Contain("\"status\": \"missingData\"");
    }

    [Fact]
    public void Evaluate_FilesWithPrevious_ComputesGrowth()
    {
        var samples = RepositoryFiles.PathOf("samples/HospitalDomain.Cli/Samples");
        var run = CliRunner.Run("evaluate", "--edition", "national-tertiary-2020", "--metrics", Path.Combine(samples, "example-2023.metrics.json"), "--previous", Path.Combine(samples, "example-2022.metrics.json"), "--json")
            .ShouldSucceed();

        var evaluation = JsonSerializer.Deserialize<IndicatorEvaluation>(run.Output, JsonAssert.Options)!;
        evaluation["outpatientCostPerVisitGrowth"].Value.Should().BeApproximately(5.2631578947m, 0.0000000001m);
        evaluation["level4SurgeryShare"].Value.Should().Be(39m);
    }

    [Theory]
    [InlineData("""{"entity":"x","period":"2021","values":{"discharge":1}}""", "hospital: - at $.values.discharge (line 1): Unknown metric 'discharge' in the catalogue 'standard'.")]
    [InlineData("""{"entity":"x","period":"2021","values":{"discharges":-5}}""", "hospital: - at $.values.discharges (line 1): Invalid MetricSet: discharges must be non-negative, was -5. (Parameter 'value')")]
    [InlineData("""{"entity":"x","period":"2021Q5","values":{}}""", "hospital: - at $.period (line 1): Invalid reporting period '2021Q5': expected 2023, 2023H1, 2023Q4, 2023-03 or 2023-01-01/2023-07-31.")]
    [InlineData("""{"entity":"x","period":"2021","values":{"discharges":1}""", "hospital: - at $ (line 1):*")]
    public void Evaluate_BadMetricsFile_ExitsOneNamingFileAndField(string input, string expected) =>
        CliRunner.RunWithInput(input, "evaluate", "--metrics", "-").ShouldFailWithOneLine().Should().Match(expected);

    [Fact]
    public void Evaluate_UnknownEdition_ListsTheShippedOnes() =>
        CliRunner.Run("evaluate", "--edition", "x").ShouldFailWithOneLine()
            .Should().Be("hospital: unknown edition 'x'; expected one of national-tertiary-2019, national-tertiary-2020, national-secondary-2019, operations");

    [Fact]
    public void Indicators_ShowsTheEdition()
    {
        var output = CliRunner.Run("indicators", "--edition", "national-tertiary-2019").ShouldSucceed().Output;

        output.Should().Contain("出院患者四级手术比例").And.Contain("level4Surgeries / surgeries × 100").And.Contain("▲");
        CliRunner.Run("indicators").ShouldFailWithOneLine().Should().StartWith("hospital: --edition is required");
    }

    [Fact]
    public void EditionsAndMetrics_List()
    {
        CliRunner.Run("editions").ShouldSucceed().Output.Should().Contain("national-secondary-2019").And.Contain("28");
        CliRunner.Run("metrics").ShouldSucceed().Output.Should().Contain("level4Surgeries").And.Contain("出院患者四级手术台次");
        CliRunner.Run("metrics", "--json").ShouldSucceed().Output.Should().Contain("\"code\": \"discharges\"");
    }
}
