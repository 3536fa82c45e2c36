using System.Globalization;
using System.Text.Json;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Root;

[UseCulture("de-DE")]
public sealed class RatioTests
{
    [Theory]
    [InlineData("0.3912499", "39.12%")]
    [InlineData("0.3912500", "39.13%")]
    [InlineData("-0.3912500", "-39.13%")]
    [InlineData("0.0000499", "0.00%")]
    [InlineData("1", "100.00%")]
    public void ToPercentString_RoundsHalfAwayFromZero(string value, string expected) =>
        Ratio.Of(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), 1m).ToPercentString().Should().Be(expected);

    [Fact]
    public void ToPercentString_DayShareOfSeed004_PrintsAsTheReport()
    {
        // 39.12% of 95,700 surgeries were level-4 surgeries: 37,438 / 95,700 = 0.391201...
        Ratio.Of(37_438, 95_700).ToPercentString().Should().Be("39.12%");
        Ratio.Of(37_438, 95_700).ToPercentString(1).Should().Be("39.1%");
        Ratio.Of(37_438, 95_700).ToPercentString(0).Should().Be("39%");
    }

    [Fact]
    public void ZeroDenominator_IsNotComputable_AndNeverThrows()
    {
        var ratio = Ratio.Of(12, 0);

        ratio.IsComputable.Should().BeFalse();
        ratio.Value.Should().BeNull();
        ratio.Percent.Should().BeNull();
        ratio.TryGetValue(out var value).Should().BeFalse();
        value.Should().Be(0m);
        ratio.GetValueOrDefault(-1m).Should().Be(-1m);
        ratio.ToPercentString().Should().Be("n/a");
        ratio.ToString("P1", null).Should().Be("n/a");
        ratio.ToString().Should().Be("12/0");
    }

    [Fact]
    public void Default_IsZeroOverZero_NotComputable()
    {
        default(Ratio).Should().Be(Ratio.Of(0, 0));
        default(Ratio).IsComputable.Should().BeFalse();
    }

    [Fact]
    public void Value_KeepsDecimalPrecision()
    {
        var ratio = Ratio.Of(1_244_100, 159_500); // occupied bed-days of discharged patients / discharges
        ratio.Value.Should().Be(7.8m);
        ratio.Percent.Should().Be(780m);
        ratio.TryGetValue(out var value).Should().BeTrue();
        value.Should().Be(7.8m);
    }

    [Theory]
    [InlineData(null, "1/3")]
    [InlineData("G", "1/3")]
    [InlineData("P", "33,33%")]
    [InlineData("P0", "33%")]
    [InlineData("F", "0,3333")]
    [InlineData("F2", "0,33")]
    public void ToString_Formats_WithTheGivenProvider(string? format, string expected) =>
        Ratio.Of(1, 3).ToString(format, System.Globalization.CultureInfo.CurrentCulture).Should().Be(expected);

    [Fact]
    public void ToString_NoProvider_IsInvariant() =>
        Ratio.Of(1.5m, 3).ToString().Should().Be("1.5/3");

    [Theory]
    [InlineData("X")]
    [InlineData("P11")]
    [InlineData("Pz")]
    public void ToString_UnknownFormat_Throws(string format)
    {
        var act = () => Ratio.Of(1, 3).ToString(format, null);
        act.Should().Throw<FormatException>().WithMessage($"Unknown Ratio format '{format}'*");
    }

    [Fact]
    public void ToPercentString_DecimalsOutOfRange_Throws()
    {
        var act = () => Ratio.Of(1, 3).ToPercentString(11);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("decimals must be in the range ?0, 10?, was 11.*");
    }

    [Fact]
    public void Equality_IsExactOnNumeratorAndDenominator() =>
        ContractAssert.Equality(Ratio.Of(1, 2), Ratio.Of(1, 2), Ratio.Of(2, 4), Ratio.Of(1, 3), Ratio.Of(1, 0));

    [Fact]
    public void ValueEquals_ComparesValues()
    {
        Ratio.Of(1, 2).ValueEquals(Ratio.Of(2, 4)).Should().BeTrue();
        Ratio.Of(1, 0).ValueEquals(Ratio.Of(5, 0)).Should().BeTrue();
        Ratio.Of(1, 2).ValueEquals(Ratio.Of(1, 3)).Should().BeFalse();
        Ratio.Of(0, 2).ValueEquals(Ratio.Of(0, 0)).Should().BeFalse();
    }

    [Fact]
    public void ValueComparer_SortsNotComputableFirst_ThenByValue()
    {
        var sorted = new[] { Ratio.Of(3, 4), Ratio.Of(1, 0), Ratio.Of(1, 4), Ratio.Of(2, 4) }.Order(Ratio.ValueComparer).ToArray();
        sorted.Should().Equal(Ratio.Of(1, 0), Ratio.Of(1, 4), Ratio.Of(2, 4), Ratio.Of(3, 4));
    }

    [Fact]
    public void Json_RoundTrips() =>
        JsonAssert.RoundTrip(Ratio.Of(3407, 95700), """{"numerator":3407,"denominator":95700}""");

    [Fact]
    public void Json_KeepsDecimalDigits() =>
        JsonAssert.RoundTrip(Ratio.Of(1.50m, 0), """{"numerator":1.50,"denominator":0}""");

    [Theory]
    [InlineData("""{"numerator":1}""", "$", "Missing required property 'denominator' for Ratio.*")]
    [InlineData("""{"numerator":1,"denominator":2,"share":3}""", "$", "At .share: Unknown property 'share' for Ratio.*")]
    [InlineData("""{"numerator":"1","denominator":2}""", "$", "At .numerator: Expected numerator as a JSON number but found a string.*")]
    [InlineData("""{"numerator":1e400,"denominator":2}""", "$", "At .numerator: numerator is out of the range of a decimal number.*")]
    [InlineData("""[1,2]""", "$", "Expected a Ratio as a JSON object but found an array.*")]
    public void Json_Invalid_ThrowsJsonExceptionWithPath(string json, string path, string message) =>
        JsonAssert.Invalid<Ratio>(json, path).Message.Should().Match(message);

    [Fact]
    public void Json_Truncated_ThrowsJsonException()
    {
        var act = () => JsonSerializer.Deserialize<Ratio>("""{"numerator":1,""", JsonAssert.Options);
        act.Should().ThrowExactly<JsonException>();
    }

    [Fact]
    public void ToPercentString_DecimalMaxValue_WritesTheWholePercentage()
    {
        var ratio = Ratio.Of(decimal.MaxValue, 1);

        ratio.ToPercentString().Should().Be("7922816251426433759354395033500.00%");
        ratio.ToPercentString(0).Should().Be("7922816251426433759354395033500%");
        Ratio.Of(decimal.MinValue, 1).ToPercentString(1).Should().Be("-7922816251426433759354395033500.0%");
        ratio.ToString("P1", CultureInfo.GetCultureInfo("de-DE")).Should().Be("7922816251426433759354395033500,0%");
        ratio.Percent.Should().BeNull("the percentage is beyond the decimal range");
        ratio.Value.Should().Be(decimal.MaxValue);
    }

    [Fact]
    public void ToPercentString_ValueWithAFractionBeyondTheRangeOfItsPercentage_KeepsTheFraction() =>
        Ratio.Of(1_000_000_000_000_000_000_000_000_000.5m, 1).ToPercentString(1).Should().Be("100000000000000000000000000050.0%");

    [Fact]
    public void ValueBeyondTheDecimalRange_IsNotComputable_AndNoMemberThrows()
    {
        var ratio = Ratio.Of(decimal.MaxValue, 0.5m);

        ratio.IsComputable.Should().BeFalse();
        ratio.Value.Should().BeNull();
        ratio.Percent.Should().BeNull();
        ratio.TryGetValue(out _).Should().BeFalse();
        ratio.GetValueOrDefault(-1).Should().Be(-1);
        ratio.ToPercentString().Should().Be("n/a");
        ratio.ToString("F2", CultureInfo.InvariantCulture).Should().Be("n/a");
        ratio.ToString().Should().Be("79228162514264337593543950335/0.5");
        Ratio.ValueComparer.Compare(ratio, Ratio.Of(1, 0)).Should().Be(0);
        Ratio.Of(decimal.MaxValue / 4, 0.5m).IsComputable.Should().BeTrue();
    }
}
