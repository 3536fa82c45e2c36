using System.Text.Json;
using HospitalDomain.Cli;
using HospitalDomain.Samples;
using HospitalDomain.Organizations;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Cli;

public sealed class CliApplicationTests
{
    [Fact]
    public void NoArguments_PrintsTheEmbeddedSample()
    {
        var run = CliRunner.Run().ShouldSucceed();

        foreach (var hospital in SeedHospitals.All)
        {
            run.Output.Should().Contain(hospital.Name);
        }

        run.Output.Should().Contain("寿阳县医疗集团").And.Contain("24");
    }

    [Fact]
    public void Help_ListsEveryCommand()
    {
        var run = CliRunner.Run("--help").ShouldSucceed();

        foreach (var command in CliApplication.Commands)
        {
            run.Output.Should().Contain(command.Name);
        }

        CliRunner.Run("help", "validate-code").ShouldSucceed().Output.Should().Contain("hospital validate-code CODE");
        CliRunner.Run("hospitals", "--help").ShouldSucceed().Output.Should().Contain("Usage:");
    }

    [Fact]
    public void Version_PrintsTheInformationalVersion() =>
        CliRunner.Run("--version").ShouldSucceed().Output.Should().MatchRegex(@"^\d+\.\d+\.\d+");

    [Theory]
    [InlineData(new[] { "nosuchcommand" }, "hospital: unknown command 'nosuchcommand' (run 'hospital --help' for the list)")]
    [InlineData(new[] { "hospitals", "--jsn" }, "hospital: unknown option --jsn")]
    [InlineData(new[] { "validate-code" }, "hospital: validate-code needs the code to check (run 'hospital help validate-code')")]
    [InlineData(new[] { "validate-code", "91350200776049653B" }, "hospital: '91350200776049653B' is not a valid unified social credit code: check character is 'B', expected 'A'")]
    [InlineData(new[] { "validate-code", "77604965-4" }, "hospital: '77604965-4' is not a valid organization code: check character is '4', expected '3'")]
    [InlineData(new[] { "hospitals", "no-such-file.json" }, "hospital: no-such-file.json: no such file")]
    public void BadInput_ExitsOneWithOneLine(string[] args, string expected) =>
        CliRunner.Run(args).ShouldFailWithOneLine().Should().Match(expected);

    [Fact]
    public void ValidateCode_Valid_ExitsZeroAndShowsTheParts()
    {
        CliRunner.Run("validate-code", "91350200776049653A").ShouldSucceed().Output.Should().Contain("organization code 77604965-3");
        CliRunner.Run("validate-code", "776049653").ShouldSucceed().Output.Should().StartWith("77604965-3: valid organization code");
    }

    [Fact]
    public void ValidateCode_Json_WritesTheResult()
    {
        var run = CliRunner.Run("validate-code", "91350200776049653B", "--json");

        run.ExitCode.Should().Be(1);
        run.Output.Should().Contain("\"expectedCheckCharacter\": \"A\"");
    }

    [Fact]
    public void HospitalsJson_RoundTripsToTheSample()
    {
        var run = CliRunner.Run("hospitals", "--json").ShouldSucceed();

        var hospitals = JsonSerializer.Deserialize<System.Collections.Immutable.ImmutableArray<Hospital>>(run.Output, JsonAssert.Options);
        hospitals.Should().Equal(SeedHospitals.All);
        run.Output.Should().Contain("\"name\": \"徐州市中心医院\"", "Chinese text is written unescaped");
    }

    [Fact]
    public void Hospitals_FromStandardInput_BadJsonNamesThePathAndLine()
    {
        var line = CliRunner.RunWithInput("[{\"name\":\"x\",\"rating\":\"grade9\"}]", "hospitals", "-").ShouldFailWithOneLine();

        line.Should().Be("hospital: - at $[0].rating (line 1): Invalid hospital rating 'grade9': expected a name such as tertiaryGradeA or 三级甲等.");
    }

    [Fact]
    public void Hospitals_FromStandardInput_PrintsTheTable() =>
        CliRunner.RunWithInput("[{\"name\":\"河北省中医院\",\"category\":\"A210\"}]", "hospitals", "-").ShouldSucceed()
            .Output.Should().Contain("河北省中医院").And.Contain("A210 中医（综合）医院");
}
