using HospitalDomain.Assessments;

namespace HospitalDomain.Tests.Assessments;

public sealed class GradeBandTests
{
    [Fact]
    public void Constructor_BlankGrade_IsRejected()
    {
        FluentActions.Invoking(() => new GradeBand(" ", 10))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("grade must not be empty or white space.*")
            .And.ParamName.Should().Be("grade");
    }

    [Fact]
    public void Constructor_NegativeBound_IsRejected()
    {
        FluentActions.Invoking(() => new GradeBand("A", -0.5m))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("bound must be non-negative, was -0.5.*")
            .And.ParamName.Should().Be("bound");
    }

    [Fact]
    public void Constructor_ZeroBound_IsAccepted() => new GradeBand("D", 0).Bound.Should().Be(0m);

    [Fact]
    public void ToString_IsTheGradeAndItsBound() => new GradeBand("A++", 90.5m).ToString().Should().Be("A++ ≥ 90.5");
}
