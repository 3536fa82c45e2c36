using HospitalDomain.Assessments;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Assessments;

[UseCulture("de-DE")]
public sealed class DimensionWeightTests
{
    [Fact]
    public void Constructor_BlankDimension_IsRejected()
    {
        FluentActions.Invoking(() => new DimensionWeight("", 10))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("dimension must not be empty or white space.*")
            .And.ParamName.Should().Be("dimension");
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("1000000.5")]
    public void Constructor_WeightNotPositiveOrAboveTheLimit_IsRejectedWithIt(string weight)
    {
        FluentActions.Invoking(() => new DimensionWeight("医疗质量", decimal.Parse(weight, System.Globalization.CultureInfo.InvariantCulture)))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage($"the weight of 医疗质量 must be positive and at most 1000000, was {weight}.*")
            .And.ParamName.Should().Be("weight");
    }

    [Theory]
    [InlineData("0.01")]
    [InlineData("1000000")]
    public void Constructor_WeightJustPositiveOrAtTheLimit_IsAccepted(string weight)
    {
        var value = decimal.Parse(weight, System.Globalization.CultureInfo.InvariantCulture);

        new DimensionWeight("医疗质量", value).Weight.Should().Be(value);
    }

    [Fact]
    public void ToString_IsTheDimensionAndTheWeight_InTheInvariantCulture() =>
        new DimensionWeight("医疗质量", 60.5m).ToString().Should().Be("医疗质量: 60.5");
}
