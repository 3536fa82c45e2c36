using HospitalDomain.Cli;

namespace HospitalDomain.Tests.Cli;

public sealed class CommandLineTests
{
    private static readonly string[] ValueOptions = ["edition", "metrics"];

    [Fact]
    public void Parse_OptionsSwitchesAndPositionals_AreSeparated()
    {
        var line = CommandLine.Parse(["file.json", "--edition", "national-tertiary-2020", "--json", "--metrics=m.json"], ValueOptions);

        line.Positional.Should().Equal("file.json");
        line.Option("edition").Should().Be("national-tertiary-2020");
        line.Option("metrics").Should().Be("m.json");
        line.Flag("json").Should().BeTrue();
        line.Flag("table").Should().BeFalse();
        line.EnsureAllUsed(maxPositional: 1);
    }

    [Fact]
    public void Parse_ValueOptionWithoutValue_Throws()
    {
        var act = () => CommandLine.Parse(["--edition"], ValueOptions);
        act.Should().Throw<CliException>().WithMessage("option --edition needs a value");
    }

    [Fact]
    public void Parse_RepeatedOption_Throws()
    {
        var act = () => CommandLine.Parse(["--json", "--json"], ValueOptions);
        act.Should().Throw<CliException>().WithMessage("option --json is given more than once");
    }

    [Fact]
    public void Flag_GivenAValue_Throws()
    {
        var line = CommandLine.Parse(["--json=yes"], ValueOptions);
        var act = () => line.Flag("json");
        act.Should().Throw<CliException>().WithMessage("option --json takes no value");
    }

    [Fact]
    public void EnsureAllUsed_UnknownOption_NamesIt()
    {
        var line = CommandLine.Parse(["--jsn"], ValueOptions);
        line.Flag("json");
        var act = () => line.EnsureAllUsed(maxPositional: 0);
        act.Should().Throw<CliException>().WithMessage("unknown option --jsn");
    }

    [Fact]
    public void EnsureAllUsed_TooManyPositionals_NamesTheFirstExtra()
    {
        var line = CommandLine.Parse(["a", "b"], ValueOptions);
        var act = () => line.EnsureAllUsed(maxPositional: 1);
        act.Should().Throw<CliException>().WithMessage("unexpected argument 'b'");
    }
}
