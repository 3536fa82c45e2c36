using HospitalDomain.Organizations;

namespace HospitalDomain.Tests.Organizations;

/// <summary>
/// The edges of the two organization codes that the example tests leave open: the empty values'
/// parts, the exact positions errors name, characters beyond ASCII, the limits of the character
/// ranges, and the null arguments.
/// </summary>
public sealed class CodeEdgeTests
{
    private const string Credit = "91350200776049653A";

    [Fact]
    public void UnifiedSocialCreditCode_Default_HasEmptyParts()
    {
        var empty = default(UnifiedSocialCreditCode);

        empty.RegistrationAuthority.Should().Be('\0');
        empty.OrganizationCategory.Should().Be('\0');
        empty.RegionCode.Should().BeEmpty();
        empty.CheckCharacter.Should().Be('\0');
        empty.GetHashCode().Should().Be(0);
    }

    [Fact]
    public void UnifiedSocialCreditCode_Parsed_HashesItsText()
    {
        var code = UnifiedSocialCreditCode.Parse(Credit);

        code.GetHashCode().Should().Be(StringComparer.Ordinal.GetHashCode(Credit));
        code.RegionCode.Should().Be("350200");
        code.CheckCharacter.Should().Be('A');
    }

    [Theory]
    [InlineData("9135020077604965ZA", 17, 'Z')]
    [InlineData("9135020077604965中A", 17, '中')]
    [InlineData("\u00801350200776049653A", 1, '\u0080')]
    [InlineData("9135020077604965\u007FA", 17, '\u007F')]
    public void UnifiedSocialCreditCode_CharacterOutsideTheAlphabet_IsNamedAtItsPosition(string text, int position, char character)
    {
        var result = UnifiedSocialCreditCode.Validate(text);

        result.Error.Should().Be(CodeValidationError.Character);
        result.Position.Should().Be(position);
        result.Message.Should().StartWith($"character '{character}' at position {position} is not allowed");
    }

    [Fact]
    public void UnifiedSocialCreditCode_LetterInTheRegionCode_IsNamedAtItsPosition()
    {
        var result = UnifiedSocialCreditCode.Validate("91A50200776049653A");

        result.Error.Should().Be(CodeValidationError.RegionCode);
        result.Position.Should().Be(3);
        result.Message.Should().EndWith("found 'A' at position 3");
    }

    [Fact]
    public void UnifiedSocialCreditCode_ParseAndTryParse_OfNullAndOfAValidCode()
    {
        FluentActions.Invoking(() => UnifiedSocialCreditCode.Parse(null!)).Should().ThrowExactly<ArgumentNullException>();
        UnifiedSocialCreditCode.TryParse(null, out var none).Should().BeFalse();
        none.Should().Be(default(UnifiedSocialCreditCode));

        UnifiedSocialCreditCode.TryParse(Credit, out var code).Should().BeTrue();
        code.Should().Be(UnifiedSocialCreditCode.Parse(Credit));
        code.ToString().Should().Be(Credit);
    }

    [Fact]
    public void OrganizationCode_Default_HasAnEmptyBody()
    {
        default(OrganizationCode).Body.Should().BeEmpty();
    }

    [Fact]
    public void OrganizationCode_ParseOfNull_ThrowsArgumentNullException()
    {
        FluentActions.Invoking(() => OrganizationCode.Parse(null!)).Should().ThrowExactly<ArgumentNullException>();
    }

    [Fact]
    public void OrganizationCode_ComputeCheckCharacterOfAShortBody_SaysWhatABodyIs()
    {
        FluentActions.Invoking(() => OrganizationCode.ComputeCheckCharacter("7760496"))
            .Should().ThrowExactly<ArgumentException>().WithMessage("body must be eight digits or upper-case letters.*").Which.ParamName.Should().Be("body");
    }

    [Fact]
    public void OrganizationCode_LowerCaseBodyCharacter_IsNamedAtItsPosition()
    {
        var result = OrganizationCode.Validate("7760496a-3");

        result.Error.Should().Be(CodeValidationError.Character);
        result.Position.Should().Be(8);
        result.Message.Should().Be("character 'a' at position 8 is not a digit or upper-case letter");
    }

    [Theory]
    [InlineData("77604965-Y", 'Y')]
    [InlineData("77604965-y", 'y')]
    public void OrganizationCode_CheckCharacterNotADigitOrX_IsNamedAsTheCheckCharacter(string text, char check)
    {
        var result = OrganizationCode.Validate(text);

        result.Error.Should().Be(CodeValidationError.Character);
        result.Position.Should().Be(9);
        result.Message.Should().Be($"check character '{check}' at position 9 is not a digit or 'X'");
        result.ExpectedCheckCharacter.Should().Be('3');
    }

    [Theory]
    [InlineData("A0000000")]
    [InlineData("Z0000000")]
    [InlineData("0000000Z")]
    [InlineData("9ZZZZZZA")]
    public void OrganizationCode_BodiesAtTheEndsOfTheRanges_AreValid(string body)
    {
        var text = body + "-" + OrganizationCode.ComputeCheckCharacter(body);

        OrganizationCode.Validate(text).IsValid.Should().BeTrue(text);
        OrganizationCode.Parse(text).Body.Should().Be(body);
    }

    [Fact]
    public void OrganizationCode_CheckCharacterNine_IsValid()
    {
        var body = Enumerable.Range(0, 1000).Select(n => n.ToString("D8", System.Globalization.CultureInfo.InvariantCulture))
            .First(b => OrganizationCode.ComputeCheckCharacter(b) == '9');

        OrganizationCode.Validate(body + "-9").IsValid.Should().BeTrue();
        OrganizationCode.Parse(body + "-9").ToString().Should().Be(body + "-9");
    }
}
