using Xunit.Abstractions;

namespace HospitalDomain.Tests.Properties;

/// <summary>The generated-input tests together run at least 100,000 cases in every test run.</summary>
public sealed class GeneratedCasesTests(ITestOutputHelper output)
{
    [Fact]
    public void Plan_EveryRun_GeneratesAtLeast100000Cases()
    {
        var line = $"generated cases per run: {GeneratedCases.Total:N0} over {GeneratedCases.Plan.Count} properties";
        output.WriteLine(line);
        Console.WriteLine(line);

        GeneratedCases.Total.Should().BeGreaterThanOrEqualTo(100_000);
    }

    [Fact]
    public void Plan_EveryProperty_IsRunByATest()
    {
        var source = string.Concat(Directory.GetFiles(Path.Combine(TestHelpers.RepositoryFiles.Root, "tests", "HospitalDomain.Tests", "Properties"), "*.cs").Select(File.ReadAllText));

        GeneratedCases.Plan.Keys.Should().OnlyContain(name => source.Contains($"GeneratedCases.Run(\"{name}\"", StringComparison.Ordinal));
    }
}
