using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HospitalDomain.Organizations;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Organizations;

public sealed class UnifiedSocialCreditCodeTests
{
    private const string Valid = "91350200776049653A";
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    [Fact]
    public void Parse_ValidCode_ExposesItsParts()
    {
        var code = UnifiedSocialCreditCode.Parse(Valid);

        code.RegistrationAuthority.Should().Be('9');
        code.OrganizationCategory.Should().Be('1');
        code.RegionCode.Should().Be("350200");
        code.OrganizationCode.Should().Be(OrganizationCode.Parse("77604965-3"));
        code.CheckCharacter.Should().Be('A');
        code.ToString().Should().Be(Valid);
        UnifiedSocialCreditCode.Validate(Valid).Should().Be(CodeValidationResult.Valid);
    }

    [Fact]
    public void Validate_WrongCheckCharacter_NamesTheExpectedOne()
    {
        var result = UnifiedSocialCreditCode.Validate("91350200776049653B");

        result.IsValid.Should().BeFalse();
        result.Error.Should().Be(CodeValidationError.CheckCharacter);
        result.Message.Should().Be("check character is 'B', expected 'A'");
        result.Position.Should().Be(18);
        result.ExpectedCheckCharacter.Should().Be('A');
    }

    [Theory]
    [InlineData("", CodeValidationError.Empty, "the code is empty")]
    [InlineData("9135020077604965", CodeValidationError.Length, "a unified social credit code has 18 characters, was 16")]
    [InlineData("91350200776049653AA", CodeValidationError.Length, "a unified social credit code has 18 characters, was 19")]
    [InlineData("9135020077604965IA", CodeValidationError.Character, "character 'I' at position 17 is not allowed (digits and upper-case letters except I, O, S, V and Z)")]
    [InlineData("91350200776049653a", CodeValidationError.Character, "character 'a' at position 18 is not allowed (digits and upper-case letters except I, O, S, V and Z)")]
    [InlineData("H1350200776049653A", CodeValidationError.RegistrationAuthority, "registration authority code 'H' at position 1 is not defined by GB 32100")]
    [InlineData("94350200776049653A", CodeValidationError.OrganizationCategory, "organization category code '4' at position 2 is not defined for registration authority '9' (expected one of 1, 2, 3)")]
    [InlineData("913502A0776049653A", CodeValidationError.RegionCode, "region code must be six digits at positions 3–8, found 'A' at position 7")]
    public void Validate_BrokenRule_SaysWhichRule(string text, CodeValidationError error, string message)
    {
        var result = UnifiedSocialCreditCode.Validate(text);

        result.Error.Should().Be(error);
        result.Message.Should().Be(message);
        UnifiedSocialCreditCode.TryParse(text, out var parsed).Should().BeFalse();
        parsed.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Validate_EmbeddedOrganizationCodeWrong_EvenWithAMatchingCheckCharacter()
    {
        // Body 77604965 with check 4 instead of 3; position 18 recomputed so that only the embedded check fails.
        var prefix = "9135020077604965" + "4";
        var text = prefix + ExpectedCheck(prefix);

        var result = UnifiedSocialCreditCode.Validate(text);

        result.Error.Should().Be(CodeValidationError.EmbeddedOrganizationCode);
        result.Message.Should().Be("embedded organization code at positions 9–17: check character is '4', expected '3'");
        result.Position.Should().Be(17);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionQuotingTheInput()
    {
        var act = () => UnifiedSocialCreditCode.Parse("91350200776049653B");
        act.Should().Throw<FormatException>()
            .WithMessage("'91350200776049653B' is not a valid unified social credit code: check character is 'B', expected 'A'.");
    }

    [Property(MaxTest = 1000)]
    public Property EverySingleCharacterChange_IsRejected() =>
        Prop.ForAll(Gen.Choose(0, 17).ToArbitrary(), Gen.Elements((Alphabet + "IOSVZa-").ToCharArray()).ToArbitrary(), (position, replacement) =>
        {
            var chars = Valid.ToCharArray();
            if (chars[position] == replacement)
            {
                return true; // not a change
            }

            chars[position] = replacement;
            return !UnifiedSocialCreditCode.Validate(new string(chars)).IsValid;
        });

    [Fact]
    public void EverySingleCharacterChange_IsRejected_Exhaustively()
    {
        var accepted = new List<string>();
        for (var position = 0; position < 18; position++)
        {
            foreach (var replacement in Alphabet)
            {
                var chars = Valid.ToCharArray();
                if (chars[position] == replacement)
                {
                    continue;
                }

                chars[position] = replacement;
                var text = new string(chars);
                if (UnifiedSocialCreditCode.Validate(text).IsValid)
                {
                    accepted.Add(text);
                }
            }
        }

        accepted.Should().BeEmpty();
    }

    [Fact]
    public void Default_IsEmpty()
    {
        default(UnifiedSocialCreditCode).IsEmpty.Should().BeTrue();
        default(UnifiedSocialCreditCode).ToString().Should().BeEmpty();
        default(UnifiedSocialCreditCode).OrganizationCode.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Equality() =>
        ContractAssert.Equality(UnifiedSocialCreditCode.Parse(Valid), UnifiedSocialCreditCode.Parse(new string(Valid.ToCharArray())), default, UnifiedSocialCreditCode.Parse(Generate("12510800", "45075321")));

    [Fact]
    public void Json_IsTheCode()
    {
        JsonAssert.RoundTrip(UnifiedSocialCreditCode.Parse(Valid), "\"91350200776049653A\"");
        JsonAssert.Invalid<UnifiedSocialCreditCode>("\"91350200776049653B\"", "$").Message
            .Should().StartWith("Invalid unified social credit code '91350200776049653B': check character is 'B', expected 'A'.");
    }

    /// <summary>Builds a valid code from the first eight characters and the eight body characters of the organization code.</summary>
    internal static string Generate(string authorityCategoryRegion, string organizationBody)
    {
        var first17 = authorityCategoryRegion + organizationBody + OrganizationCode.ComputeCheckCharacter(organizationBody);
        return first17 + ExpectedCheck(first17);
    }

    private static char ExpectedCheck(string first17)
    {
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }
}
