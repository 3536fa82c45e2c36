using HospitalDomain.Cli;

namespace HospitalDomain.Tests.Cli;

/// <summary>Runs the <c>hospital</c> command in process and captures what it prints.</summary>
internal static class CliRunner
{
    public static CliRun Run(params string[] args) => RunWithInput(string.Empty, args);

    public static CliRun RunWithInput(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var code = CliApplication.Run(args, output, error, reader);
        return new CliRun(code, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}

/// <summary>The exit code and the two output streams of one run.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Asserts the run failed as bad input: exit code 1, nothing on standard output, exactly one line on standard error.</summary>
    public string ShouldFailWithOneLine()
    {
        ExitCode.Should().Be(1, $"the run failed as bad input (stdout: {Output}, stderr: {Error})");
        var lines = Error.TrimEnd('\n').Split('\n');
        lines.Should().ContainSingle($"a failure is one line on standard error, not a stack trace: {Error}");
        lines[0].Should().StartWith("hospital: ");
        return lines[0];
    }

    /// <summary>Asserts the run succeeded with nothing on standard error.</summary>
    public CliRun ShouldSucceed()
    {
        ExitCode.Should().Be(0, $"the run succeeded (stderr: {Error})");
        Error.Should().BeEmpty();
        return this;
    }
}
