using HospitalDomain.Assessments;

namespace HospitalDomain.Tests.Assessments;

public sealed class DimensionTotalTests
{
    [Fact]
    public void Constructor_BlankDimension_IsRejected()
    {
        FluentActions.Invoking(() => new DimensionTotal(" ", 1, 2))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("dimension must not be empty or white space.*")
            .And.ParamName.Should().Be("dimension");
    }

    [Theory]
    [InlineData(-1, 2, "points", "points must be non-negative, was -1.*")]
    [InlineData(1, -2, "weight", "weight must be non-negative, was -2.*")]
    public void Constructor_NegativeNumber_IsRejectedNamingIt(int points, int weight, string param, string message)
    {
        FluentActions.Invoking(() => new DimensionTotal("医疗质量", points, weight))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage(message)
            .And.ParamName.Should().Be(param);
    }

    [Fact]
    public void Constructor_Zeros_AreAccepted()
    {
        var total = new DimensionTotal("医疗质量", 0, 0);

        total.Points.Should().Be(0m);
        total.Weight.Should().Be(0m);
    }

    [Fact]
    public void ToString_IsTheDimensionThePointsAndTheWeight() =>
        new DimensionTotal("医疗质量", 11.25m, 15).ToString().Should().Be("医疗质量: 11.25/15");
}
