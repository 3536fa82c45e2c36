using HospitalDomain.Assessments;

namespace HospitalDomain.Tests.Assessments;

public sealed class QualitativeAnswerTests
{
    [Theory]
    [InlineData(" ", "chiefAccountant", "entity")]
    [InlineData("H0001", "", "indicatorCode")]
    public void Constructor_BlankText_IsRejected(string entity, string code, string param)
    {
        FluentActions.Invoking(() => new QualitativeAnswer(entity, code, 1))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage($"{param} must not be empty or white space.*")
            .And.ParamName.Should().Be(param);
    }

    [Fact]
    public void Constructor_NegativePoints_AreRejected()
    {
        FluentActions.Invoking(() => new QualitativeAnswer("H0001", "chiefAccountant", -2))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("points must be non-negative, was -2.*")
            .And.ParamName.Should().Be("points");
    }

    [Fact]
    public void Constructor_ZeroPoints_AreAccepted() => new QualitativeAnswer("H0001", "chiefAccountant", 0).Points.Should().Be(0m);

    [Fact]
    public void ToString_IsTheEntityTheCodeAndThePoints() =>
        new QualitativeAnswer("H0001", "chiefAccountant", 2.5m).ToString().Should().Be("H0001 chiefAccountant: 2.5");
}
