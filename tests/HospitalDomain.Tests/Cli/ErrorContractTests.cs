using System.Text.Json;
using System.Text.Json.Nodes;
using HospitalDomain.Accreditation;
using HospitalDomain.Assessments;
using HospitalDomain.Cli;
using HospitalDomain.Indicators;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Cli;

/// <summary>
/// The command's error contract: bad input exits 1 with one line; a defect exits 2 with one line
/// that says so and how to report it, the stack trace only with --debug; never a raw stack trace.
/// Each case the hardening issue reproduced has its test here.
/// </summary>
public sealed class ErrorContractTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hospital-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("editions")]
    [InlineData("standards")]
    public void ListCommands_Json_WriteCamelCaseJsonFromSourceGeneratedMetadata(string command)
    {
        var run = CliRunner.Run(command, "--json").ShouldSucceed();

        var items = JsonNode.Parse(run.Output)!.AsArray();
        items.Should().NotBeEmpty();
        items[0]!["id"]!.GetValue<string>().Should().NotBeEmpty("properties are camelCase, as everywhere else");
    }

    [Fact]
    public void EditionsJson_ListsEveryShippedEdition()
    {
        var items = JsonNode.Parse(CliRunner.Run("editions", "--json").ShouldSucceed().Output)!.AsArray();

        items.Select(i => i!["id"]!.GetValue<string>()).Should().Equal(IndicatorEditions.All.Select(e => e.Id));
        items[0]!.AsObject().Select(p => p.Key).Should().Equal("id", "title", "year", "indicators", "nationallyMonitored", "status");
    }

    [Fact]
    public void StandardsJson_ReadsBackAsTheShippedStandards()
    {
        var json = CliRunner.Run("standards", "--json").ShouldSucceed().Output;

        JsonSerializer.Deserialize<AccreditationStandard[]>(json, JsonAssert.Options).Should().Equal(AccreditationStandards.All);
    }

    [Fact]
    public void CliJsonOptions_UseNoReflection() =>
        CliContext.JsonOptions.TypeInfoResolverChain.Should().NotContain(r => r is System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver);

    [Theory]
    [InlineData]
    [InlineData("overview")]
    public void Overview_Json_WritesTheHospitalsAndMedicalGroups(params string[] command)
    {
        var json = CliRunner.Run([.. command, "--json"]).ShouldSucceed().Output;

        var document = JsonNode.Parse(json)!;
        document["hospitals"]!.AsArray().Should().HaveCount(HospitalDomain.Samples.SeedHospitals.All.Length);
        document["medicalGroups"]!.AsArray().Should().HaveCount(HospitalDomain.Samples.SeedHospitals.Groups.Length);
    }

    [Theory]
    [InlineData(new[] { "--version", "extra" }, "hospital: unexpected argument 'extra' after --version")]
    [InlineData(new[] { "--help", "hospitals", "extra" }, "hospital: unexpected argument 'extra' (run 'hospital --help')")]
    [InlineData(new[] { "evaluate", "--metrics=" }, "hospital: option --metrics needs a value")]
    [InlineData(new[] { "evaluate", "--metrics", "" }, "hospital: option --metrics needs a value")]
    [InlineData(new[] { "hospitals", "" }, "hospital: the file name is empty")]
    public void CommandLine_Mistakes_ExitOneSayingWhat(string[] args, string expected) =>
        CliRunner.Run(args).ShouldFailWithOneLine().Should().Be(expected);

    [Fact]
    public void ReadingADirectory_SaysItIsADirectory() =>
        CliRunner.Run("hospitals", _folder).ShouldFailWithOneLine().Should().Be($"hospital: {_folder}: is a directory, not a file");

    [Fact]
    public void Evaluate_MetricsOfTheLastQuarterOfYear9999_Evaluates()
    {
        var current = Write("last.json", """{"entity":"x","period":"9999Q4","values":{"discharges":10,"dischargedPatientBedDays":80}}""");
        var previous = Write("before.json", """{"entity":"x","period":"9999Q3","values":{"discharges":8}}""");

        var run = CliRunner.Run("evaluate", "--metrics", current, "--previous", previous, "--json").ShouldSucceed();

        JsonNode.Parse(run.Output)!["period"]!.GetValue<string>().Should().Be("9999Q4");
        CliRunner.Run("evaluate", "--metrics", current).ShouldSucceed().Output.Should().Contain("x 9999Q4");
    }

    [Fact]
    public void GradeCheck_DecimalMaximumAsOpenBeds_ChecksEveryCriterion()
    {
        var profile = Write("profile.json", """{"openBeds":79228162514264337593543950335,"healthTechnicians":100,"registeredNurses":50}""");

        var run = CliRunner.Run("grade-check", "--profile", profile, "--standard", "basic-standard-1994-general", "--json").ShouldSucceed();

        JsonNode.Parse(run.Output)!["results"]!.AsArray().Should().NotBeEmpty();
        CliRunner.Run("grade-check", "--profile", profile, "--standard", "basic-standard-1994-general", "--target", "三级").ShouldSucceed();
    }

    [Fact]
    public void GradeCheck_StandardWithANegativeMinimum_ExitsOne()
    {
        var standard = JsonNode.Parse(JsonSerializer.Serialize(AccreditationStandards.BasicStandard1994General, JsonAssert.Options))!;
        var criterion = standard["articles"]![0]!["criteria"]![0]!;
        criterion["minimum"] = -1;
        var file = Write("standard.json", standard.ToJsonString());

        CliRunner.Run("grade-check", "--profile", Sample("county-hospital.profile.json"), "--standard-file", file).ShouldFailWithOneLine()
            .Should().Contain("minimum must be non-negative, was -1");
    }

    [Fact]
    public void Assess_SchemeWeightOfTheDecimalMaximum_ExitsOneNamingTheLimit()
    {
        var scheme = JsonNode.Parse(File.ReadAllText(Sample("city-operations.scheme.json")))!;
        scheme["rules"]![0]!["weight"] = decimal.MaxValue;
        var file = Write("scheme.json", scheme.ToJsonString());

        CliRunner.Run("assess", "--figures", Sample("city-2021.figures.json"), "--scheme", file).ShouldFailWithOneLine()
            .Should().Contain("must be positive and at most 1000000, was 79228162514264337593543950335");
    }

    [Fact]
    public void Assess_CohortWithANegativeValueBesideAPositiveNumerator_ExitsOne()
    {
        var members = HospitalDomain.Samples.SyntheticProvince.Generate(3);
        var cohort = JsonNode.Parse(JsonSerializer.Serialize(members, JsonAssert.Options))!;
        var result = cohort[1]!["evaluation"]!["results"]!.AsArray().First(r => r!["status"]!.GetValue<string>() == "computed" && r["numerator"]?.GetValue<decimal>() > 0)!;
        result["value"] = -1;
        var file = Write("cohort.json", cohort.ToJsonString());

        CliRunner.Run("assess", "--cohort", file).ShouldFailWithOneLine().Should().StartWith($"hospital: {file} at $[1]").And.Contain("does not fit numerator");
    }

    [Fact]
    public void Assess_Cohort_IsReadElementByElement()
    {
        var members = HospitalDomain.Samples.SyntheticProvince.Generate(3);
        var good = JsonSerializer.Serialize(members, JsonAssert.Options);
        var file = Write("cohort.json", good[..good.LastIndexOf(']')] + ", {\"entity\": 1}]");
        var context = new CliContext(TextWriter.Null, TextWriter.Null, TextReader.Null);

        var read = new List<CohortMember>();
        var act = () => read.AddRange(context.ReadJsonArray<CohortMember>(file));

        act.Should().Throw<CliException>().WithMessage($"{file} at $[3]*");
        read.Select(m => m.Entity).Should().Equal(members.Select(m => m.Entity), "the elements before the bad one were read, one by one");
    }

    [Fact]
    public void Assess_JsonWrittenByTheAssessment_IsTheLibrarysCohortAssessment()
    {
        var run = CliRunner.Run("assess", "--figures", Sample("city-2021.figures.json"), "--scheme", Sample("city-operations.scheme.json"), "--json").ShouldSucceed();

        var written = JsonSerializer.Deserialize<CohortAssessment>(run.Output, JsonAssert.Options)!;
        run.Output.TrimEnd('\n').Should().Be(JsonSerializer.Serialize(written, CliContext.JsonOptions).ReplaceLineEndings("\n"), "the streamed text is the same as the whole object's");
    }

    [Fact]
    public void Assess_SchemeWithNoInput_AssessesASyntheticProvinceEvaluatedWithTheSchemesEdition() =>
        CliRunner.Run("assess", "--scheme", Sample("city-operations.scheme.json"), "--top", "3").ShouldSucceed().Output.Should().Contain("300 hospitals");

    [Fact]
    public void Evaluate_EmbeddedFiguresWithAnotherEdition_PrintsTheReportLine() =>
        CliRunner.Run("evaluate", "--edition", "national-secondary-2019").ShouldSucceed().Output.Should().Contain("四级手术占比 39.12%");

    [Theory]
    [InlineData(typeof(InvalidOperationException))]
    [InlineData(typeof(NullReferenceException))]
    [InlineData(typeof(OverflowException))]
    [InlineData(typeof(KeyNotFoundException))]
    public void UnexpectedException_ExitsTwoWithOneLineSayingItIsADefect(Type exception)
    {
        var run = RunFailing((Exception)Activator.CreateInstance(exception, "it broke")!);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.TrimEnd('\n').Split('\n').Should().ContainSingle().Which.Should().Be(
            $"hospital: internal error ({exception.Name}: it broke); this is a defect in HospitalDomain, not in your input: please report it with the command line at https://github.com/hospitaldomain/HospitalDomain/issues (run again with --debug for the stack trace)");
    }

    [Fact]
    public void UnexpectedException_WithDebug_AlsoPrintsTheStackTrace()
    {
        var run = RunFailing(new InvalidOperationException("it broke"), "--debug");

        run.ExitCode.Should().Be(2);
        var lines = run.Error.TrimEnd('\n').Split('\n');
        lines[0].Should().StartWith("hospital: internal error (InvalidOperationException: it broke)").And.NotContain("--debug");
        lines.Should().Contain(l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal), "--debug asks for the stack trace");
    }

    [Fact]
    public void BadInputExceptions_ExitOne()
    {
        RunFailing(new ArgumentException("the input is wrong")).ShouldFailWithOneLine().Should().Be("hospital: the input is wrong");
        RunFailing(new FormatException("not a number")).ShouldFailWithOneLine().Should().Be("hospital: not a number");
    }

    [Fact]
    public void Debug_IsAcceptedAnywhereAndChangesNothingOnSuccess() =>
        CliRunner.Run("--debug", "metrics").ShouldSucceed().Output.Should().Be(CliRunner.Run("metrics").Output);

    private static CliRun RunFailing(Exception exception, params string[] extra)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApplication.Run(["fail", .. extra], output, error, TextReader.Null, [new FailingCommand(exception)]);
        return new CliRun(code, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    private static string Sample(string name) => RepositoryFiles.PathOf("samples/HospitalDomain.Cli/Samples/" + name);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A command that throws, standing for a defect in the library or the command.</summary>
    private sealed class FailingCommand(Exception exception) : ICommand
    {
        public string Name => "fail";

        public string Summary => "fails";

        public string Usage => "hospital fail";

        public IReadOnlyCollection<string> ValueOptions => [];

        public int Run(CommandLine line, CliContext context) => throw exception;
    }
}
