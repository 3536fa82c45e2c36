using HospitalDomain.Assessments;

namespace HospitalDomain.Tests.Assessments;

public sealed class CohortPointsTests
{
    [Theory]
    [InlineData("999999.9999999999", 9_999_999_999_999_999L)]
    [InlineData("-999999.9999999999", -9_999_999_999_999_999L)]
    [InlineData("0.0000000001", 1L)]
    [InlineData("0", 0L)]
    public void TryToFixed_ExactAndSmallEnough_GivesTenBillionths(string value, long expected)
    {
        CohortPoints.TryToFixed(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), out var result).Should().BeTrue();
        result.Should().Be(expected);
    }

    [Theory]
    [InlineData("1000000")]
    [InlineData("-1000000")]
    [InlineData("0.00000000001")]
    public void TryToFixed_TooLargeOrTooFine_Fails(string value)
    {
        CohortPoints.TryToFixed(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), out var result).Should().BeFalse();
        result.Should().Be(0L);
    }

    [Theory]
    [InlineData(15_000L, 4, "1.5")]
    [InlineData(-25L, 1, "-2.5")]
    [InlineData(100L, 2, "1")]
    [InlineData(0L, 6, "0")]
    [InlineData(7L, 6, "0.000007")]
    [InlineData(long.MinValue, 10, "-922337203.6854775808")]
    public void FromScaled_DividesAndDropsTrailingZeros(long scaled, byte scale, string expected) =>
        CohortPoints.FromScaled(scaled, scale).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected);
}
