using System.Text.Json;
using HospitalDomain.Organizations;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Organizations;

public sealed class CodeValidationResultTests
{
    [Fact]
    public void Valid_HasNoErrorAndAnEmptyMessage()
    {
        var valid = CodeValidationResult.Valid;

        valid.IsValid.Should().BeTrue();
        valid.Error.Should().Be(CodeValidationError.None);
        valid.Message.Should().BeEmpty();
        valid.Position.Should().BeNull();
        valid.ExpectedCheckCharacter.Should().BeNull();
        valid.ToString().Should().Be("valid");
        default(CodeValidationResult).ToString().Should().Be("valid");
    }

    [Fact]
    public void ToString_OfAnInvalidResult_IsTheMessage()
    {
        var result = UnifiedSocialCreditCode.Validate("91350200776049653B");

        result.ToString().Should().Be("check character is 'B', expected 'A'");
        UnifiedSocialCreditCode.Validate(" ").ToString().Should().Be("the code is empty");
    }

    [Fact]
    public void Json_ValidAndInvalidResults_RoundTrip()
    {
        JsonAssert.RoundTrip(CodeValidationResult.Valid, """{"isValid":true}""");
        JsonAssert.RoundTrip(
            UnifiedSocialCreditCode.Validate("91350200776049653B"),
            """{"isValid":false,"error":"checkCharacter","message":"check character is \u0027B\u0027, expected \u0027A\u0027","position":18,"expectedCheckCharacter":"A"}""");
        JsonAssert.RoundTrip(
            UnifiedSocialCreditCode.Validate(""),
            """{"isValid":false,"error":"empty","message":"the code is empty"}""");
    }

    [Theory]
    [InlineData("""{"isValid":true,"error":"none"}""")]
    [InlineData("""{"isValid":true,"error":null,"message":null,"position":null,"expectedCheckCharacter":null}""")]
    public void Json_ValidWithNothingElse_IsValid(string json) =>
        JsonSerializer.Deserialize<CodeValidationResult>(json, JsonAssert.Options).Should().Be(CodeValidationResult.Valid);

    [Theory]
    [InlineData("""{"isValid":true,"error":"length"}""")]
    [InlineData("""{"isValid":true,"message":"the code is empty"}""")]
    [InlineData("""{"isValid":true,"position":3}""")]
    [InlineData("""{"isValid":true,"expectedCheckCharacter":"A"}""")]
    [InlineData("""{"isValid":true,"error":"none","message":"m","position":3}""")]
    public void Json_ValidWithAnErrorMessagePositionOrCheckCharacter_IsRejected(string json)
    {
        var act = () => JsonSerializer.Deserialize<CodeValidationResult>(json, JsonAssert.Options);

        act.Should().ThrowExactly<JsonException>()
            .WithMessage("Invalid CodeValidationResult: a valid result has no error, message, position or expected check character. (Parameter 'isValid')")
            .Which.InnerException.Should().BeOfType<ArgumentException>().Which.ParamName.Should().Be("isValid");
    }

    [Theory]
    [InlineData("""{"isValid":false,"message":"m"}""")]
    [InlineData("""{"isValid":false,"error":"none","message":"m"}""")]
    [InlineData("""{"isValid":false,"error":"length"}""")]
    public void Json_InvalidWithoutAnErrorOrMessage_IsRejected(string json)
    {
        var act = () => JsonSerializer.Deserialize<CodeValidationResult>(json, JsonAssert.Options);

        act.Should().ThrowExactly<JsonException>()
            .WithMessage("Invalid CodeValidationResult: an invalid result needs an error and a message. (Parameter 'isValid')")
            .Which.InnerException.Should().BeOfType<ArgumentException>().Which.ParamName.Should().Be("isValid");
    }

    [Theory]
    [InlineData("AB")]
    [InlineData("")]
    public void Json_ExpectedCheckCharacterNotOneCharacter_IsRejected(string expected)
    {
        var json = $$"""{"isValid":false,"error":"checkCharacter","message":"m","position":18,"expectedCheckCharacter":"{{expected}}"}""";
        var act = () => JsonSerializer.Deserialize<CodeValidationResult>(json, JsonAssert.Options);

        act.Should().ThrowExactly<JsonException>()
            .WithMessage("Invalid CodeValidationResult: expectedCheckCharacter must be one character. (Parameter 'expectedCheckCharacter')")
            .Which.InnerException.Should().BeOfType<ArgumentException>().Which.ParamName.Should().Be("expectedCheckCharacter");
    }

    [Fact]
    public void Json_InvalidWithOneExpectedCharacter_ReadsEveryPart()
    {
        var result = JsonSerializer.Deserialize<CodeValidationResult>(
            """{"isValid":false,"error":"checkCharacter","message":"m","position":18,"expectedCheckCharacter":"X"}""", JsonAssert.Options);

        result.IsValid.Should().BeFalse();
        result.Error.Should().Be(CodeValidationError.CheckCharacter);
        result.Message.Should().Be("m");
        result.Position.Should().Be(18);
        result.ExpectedCheckCharacter.Should().Be('X');
        result.ToString().Should().Be("m");
    }
}
