using HospitalDomain.Organizations;

namespace HospitalDomain.Cli.Commands;

/// <summary><c>hospital validate-code CODE [--json]</c>: checks a unified social credit code or an organization code.</summary>
internal sealed class ValidateCodeCommand : ICommand
{
    public string Name => "validate-code";

    public string Summary => "Check a unified social credit code (18 characters) or an organization code (77604965-3).";

    public string Usage => "hospital validate-code CODE [--json]\nA code of 18 characters is read as a unified social credit code (GB 32100), anything else as an\norganization code (GB 11714). Exit code 0 when valid, 1 with the broken rule when not.";

    public IReadOnlyCollection<string> ValueOptions => [];

    public int Run(CommandLine line, CliContext context)
    {
        var json = line.Flag("json");
        line.EnsureAllUsed(maxPositional: 1);
        if (line.Positional.Count == 0)
        {
            throw new CliException("validate-code needs the code to check (run 'hospital help validate-code')");
        }

        var code = line.Positional[0].Trim();
        var isCreditCode = code.Length == 18;
        var kind = isCreditCode ? "unified social credit code" : "organization code";
        var result = isCreditCode ? UnifiedSocialCreditCode.Validate(code) : OrganizationCode.Validate(code);
        if (json)
        {
            context.WriteJson(result);
            return result.IsValid ? CliApplication.Success : CliApplication.BadInput;
        }

        if (!result.IsValid)
        {
            throw new CliException($"'{code}' is not a valid {kind}: {result.Message}");
        }

        if (isCreditCode)
        {
            var parsed = UnifiedSocialCreditCode.Parse(code);
            context.Output.WriteLine($"{code}: valid {kind}");
            context.Output.WriteLine($"  registration authority {parsed.RegistrationAuthority}, organization category {parsed.OrganizationCategory}, region {parsed.RegionCode}");
            context.Output.WriteLine($"  organization code {parsed.OrganizationCode}, check character {parsed.CheckCharacter}");
        }
        else
        {
            context.Output.WriteLine($"{OrganizationCode.Parse(code)}: valid {kind}");
        }

        return CliApplication.Success;
    }
}
