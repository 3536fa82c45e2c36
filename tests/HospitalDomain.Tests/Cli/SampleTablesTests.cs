using System.Diagnostics;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Cli;

/// <summary>
/// The samples' printed tables line up on screen: each sample is run as built (the solution's build
/// puts it beside this test, in the same configuration) and every table it prints is checked.
/// </summary>
public sealed class SampleTablesTests
{
    public static TheoryData<string> Samples() =>
        new(Directory.GetDirectories(RepositoryFiles.PathOf("samples"))
            .Select(Path.GetFileName)
            .Where(name => name is not ("HospitalDomain.Cli" or "Workbooks") && File.Exists(RepositoryFiles.PathOf($"samples/{name}/{name}.csproj")))
            .Select(name => name!));

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Sample_PrintsAlignedTables(string name)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var dll = RepositoryFiles.PathOf($"samples/{name}/bin/{configuration}/net10.0/{name}.dll");
        File.Exists(dll).Should().BeTrue($"the solution's build writes {dll}");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.Should().Be(0, $"{name} runs ({await error})");

        var text = (await output).ReplaceLineEndings("\n");
        TableLayout.AssertPlainTablesAligned(text, name);

        // Report lines that line up without a rule: the figures after each hospital's name.
        TableLayout.AssertMarkerAligned(text, " 出院 ", name);
        TableLayout.AssertMarkerAligned(text, "四级手术 ", name);
    }
}
