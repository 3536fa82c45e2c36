using System.Text.Json;
using HospitalDomain.Accreditation;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Cli;

public sealed class GradeCheckCommandTests
{
    private static string Profile => Path.Combine(RepositoryFiles.PathOf("samples/HospitalDomain.Cli/Samples"), "county-hospital.profile.json");

    [Fact]
    public void GradeCheck_ListsWhatTheTargetLacks()
    {
        var output = CliRunner.Run("grade-check", "--profile", Profile, "--standard", "basic-standard-1994-general", "--target", "三级").ShouldSucceed().Output;

        output.Should().Contain("Highest level attained: none")
            .And.Contain("三级 still lacks 5:")
            .And.Contain("needs 1 more clinical dietitians")
            .And.Contain("needs 2600 more m² of building area");
    }

    [Fact]
    public void GradeCheckJson_IsAnAccreditationResult()
    {
        var run = CliRunner.Run("grade-check", "--profile", Profile, "--standard", "tertiary-review-2022-departments", "--json").ShouldSucceed();

        var result = JsonSerializer.Deserialize<AccreditationResult>(run.Output, JsonAssert.Options)!;
        result.StandardId.Should().Be("tertiary-review-2022-departments");
        result.Results.Should().Contain(r => r.Criterion.Id == "icu-physicians" && r.Outcome == CriterionOutcome.NotMet);
    }

    [Theory]
    [InlineData("""{"openBeds":-3}""", "hospital: - at $ (line 1): Invalid HospitalProfile: openBeds must be non-negative, was -3.*")]
    [InlineData("""{"registeredNurses":10,"wardNurses":20}""", "hospital: - at $ (line 1): Invalid HospitalProfile: wardNurses (20) must not exceed registeredNurses (10).*")]
    [InlineData("""{"openBed":500}""", "hospital: - at $.openBed (line 1): Unknown metric 'openBed' in the catalogue 'standard'.")]
    [InlineData("""{"openBeds":500,"openBeds":501}""", "hospital: - at $ (line 1): Duplicate property 'openBeds' for HospitalProfile.")]
    [InlineData("""{"openBeds":499.5}""", "hospital: - at $ (line 1): Invalid HospitalProfile: openBeds is a count and must be a whole number, was 499.5.*")]
    [InlineData("""{"departments":[{"name":"x","subjects":["3"]}]}""", "hospital: - at $.departments[0].subjects[0] (line 1): Invalid clinical subject code '3'*")]
    public void GradeCheck_BadProfile_ExitsOneNamingTheField(string profile, string expected) =>
        CliRunner.RunWithInput(profile, "grade-check", "--profile", "-", "--standard", "basic-standard-1994-general").ShouldFailWithOneLine().Should().Match(expected);

    [Fact]
    public void GradeCheck_BadArguments()
    {
        CliRunner.Run("grade-check", "--standard", "basic-standard-1994-general").ShouldFailWithOneLine().Should().StartWith("hospital: --profile FILE is required");
        CliRunner.Run("grade-check", "--profile", Profile, "--standard", "x").ShouldFailWithOneLine().Should().StartWith("hospital: unknown standard 'x'");
        CliRunner.Run("grade-check", "--profile", Profile, "--standard", "tertiary-general-review-2011", "--target", "AAA").ShouldFailWithOneLine()
            .Should().Be("hospital: --target 'AAA' is not a level of tertiary-general-review-2011; expected one of C, B, A");
    }

    [Fact]
    public void Standards_ListsTheShippedOnes() =>
        CliRunner.Run("standards").ShouldSucceed().Output.Should().Contain("basic-standard-1994-general").And.Contain("C ⊂ B ⊂ A");
}
