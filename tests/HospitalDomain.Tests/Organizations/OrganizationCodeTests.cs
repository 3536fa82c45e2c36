using HospitalDomain.Organizations;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Organizations;

public sealed class OrganizationCodeTests
{
    private const string Valid = "77604965-3";

    [Theory]
    [InlineData("77604965-3")]
    [InlineData("776049653")]
    public void Parse_WithOrWithoutHyphen_GivesTheCanonicalForm(string text)
    {
        var code = OrganizationCode.Parse(text);

        code.Body.Should().Be("77604965");
        code.CheckCharacter.Should().Be('3');
        code.ToString().Should().Be(Valid);
        OrganizationCode.Validate(text).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("77604965", "3")]
    [InlineData("D2143569", "X")]
    [InlineData("00000000", "0")]
    public void ComputeCheckCharacter_FollowsGb11714(string body, string check) =>
        OrganizationCode.ComputeCheckCharacter(body).Should().Be(check[0]);

    [Theory]
    [InlineData("", CodeValidationError.Empty, "the code is empty")]
    [InlineData("7760-3", CodeValidationError.Length, "an organization code has 9 characters (8 and a check character, optionally written with a hyphen before it), was 6")]
    [InlineData("77604965-4", CodeValidationError.CheckCharacter, "check character is '4', expected '3'")]
    [InlineData("7760496a-3", CodeValidationError.Character, "character 'a' at position 8 is not a digit or upper-case letter")]
    [InlineData("77604965-Y", CodeValidationError.Character, "check character 'Y' at position 9 is not a digit or 'X'")]
    public void Validate_BrokenRule_SaysWhichRule(string text, CodeValidationError error, string message)
    {
        var result = OrganizationCode.Validate(text);

        result.Error.Should().Be(error);
        result.Message.Should().Be(message);
        var act = () => OrganizationCode.Parse(text);
        act.Should().Throw<FormatException>().WithMessage($"'{text}' is not a valid organization code: {message}.");
    }

    [Fact]
    public void EveryChangeOfTheCheckCharacter_AndEveryChangeToADigit_IsRejected()
    {
        var accepted = new List<string>();
        const string text = "776049653";
        for (var position = 0; position < 9; position++)
        {
            foreach (var replacement in position == 8 ? "0123456789X" : "0123456789")
            {
                var chars = text.ToCharArray();
                if (chars[position] == replacement)
                {
                    continue;
                }

                chars[position] = replacement;
                if (OrganizationCode.Validate(new string(chars)).IsValid)
                {
                    accepted.Add(new string(chars));
                }
            }
        }

        accepted.Should().BeEmpty();
    }

    [Fact]
    public void BodyChangeByAMultipleOfEleven_IsNotCaught_AsGb11714Allows()
    {
        // '0' (value 0) and 'B' (value 11) weigh the same modulo 11: the documented blind spot of the standard.
        var undetected = new List<string>();
        const string text = "776049653";
        for (var position = 0; position < 8; position++)
        {
            foreach (var replacement in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            {
                var chars = text.ToCharArray();
                var delta = Value(replacement) - Value(chars[position]);
                if (delta == 0)
                {
                    continue;
                }

                chars[position] = replacement;
                var valid = OrganizationCode.Validate(new string(chars)).IsValid;
                valid.Should().Be(delta % 11 == 0, $"changing position {position + 1} to '{replacement}' moves the value by {delta}");
                if (valid)
                {
                    undetected.Add(new string(chars));
                }
            }
        }

        undetected.Should().Contain("776B49653");
    }

    [Fact]
    public void Default_IsEmpty()
    {
        default(OrganizationCode).IsEmpty.Should().BeTrue();
        default(OrganizationCode).ToString().Should().BeEmpty();
    }

    [Fact]
    public void Equality() =>
        ContractAssert.Equality(OrganizationCode.Parse("776049653"), OrganizationCode.Parse(Valid), OrganizationCode.Parse("D2143569-X"), default);

    [Fact]
    public void Json_IsTheCanonicalForm()
    {
        JsonAssert.RoundTrip(OrganizationCode.Parse(Valid), "\"77604965-3\"");
        JsonAssert.Invalid<OrganizationCode>("\"77604965-4\"", "$").Message
            .Should().StartWith("Invalid organization code '77604965-4': check character is '4', expected '3'.");
    }

    private static int Value(char c) => c <= '9' ? c - '0' : c - 'A' + 10;
}
