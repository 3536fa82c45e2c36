using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Root;

/// <summary>
/// The edges of <see cref="ChineseNumber"/> that the example tests leave open: values that round up
/// into the next scale, null text, the canonical form of figures written with trailing zeros, a bare
/// scale hedged after it, and numerals that break the rules of thousands groups or of Chinese units.
/// </summary>
[UseCulture("de-DE")]
public sealed class ChineseNumberEdgeTests
{
    [Theory]
    [InlineData("9999.995", "1万")]
    [InlineData("-9999.995", "-1万")]
    [InlineData("9999.994", "9999.99")]
    [InlineData("99999999.995", "1亿")]
    [InlineData("-99999999.995", "-1亿")]
    [InlineData("99999999.994", "1亿")]
    [InlineData("99999949.994", "9999.99万")]
    [InlineData("10000", "1万")]
    [InlineData("100000000", "1亿")]
    [InlineData("1000000000000", "10000亿")]
    public void Format_ValueRoundingUpTo10000OfItsScale_IsWrittenInTheNextScale(string value, string expected)
    {
        var text = ChineseNumber.Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        text.Should().Be(expected);
        ChineseNumber.TryParse(text, out _).Should().BeTrue();
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull() =>
        FluentActions.Invoking(() => ChineseNumber.Parse(null!)).Should().ThrowExactly<ArgumentNullException>();

    [Fact]
    public void TryParse_Null_ReturnsFalseAndTheDefault()
    {
        ChineseNumber.TryParse((string?)null, out var number).Should().BeFalse();
        number.Should().Be(default(ChineseNumber));
    }

    [Theory]
    [InlineData("3407.0", "3407")]
    [InlineData("260.720万", "260.72万")]
    [InlineData("1.50亿", "1.5亿")]
    [InlineData("约2.50万", "约2.5万")]
    [InlineData("100.00余", "100余")]
    public void ToString_TrailingZerosOfTheMantissa_AreDropped(string text, string canonical)
    {
        var number = ChineseNumber.Parse(text);

        number.ToString().Should().Be(canonical);
        number.Should().Be(ChineseNumber.Parse(canonical), "equal figures have one canonical form");
    }

    [Theory]
    [InlineData("万余", 10_000, "1万余")]
    [InlineData("亿多", 100_000_000, "1亿多")]
    [InlineData("万以上", 10_000, "1万以上")]
    public void Parse_BareScaleHedgedAfterIt_KeepsTheHedgeAfterTheScale(string text, decimal value, string canonical)
    {
        var number = ChineseNumber.Parse(text);

        number.Value.Should().Be(value);
        number.ToString().Should().Be(canonical);
        ChineseNumber.Parse(canonical).Should().Be(number);
    }

    [Theory]
    [InlineData("三亿", 300_000_000)]
    [InlineData("两亿三千万", 230_000_000)]
    [InlineData("九亿零五", 900_000_005)]
    [InlineData("零", 0)]
    [InlineData("一百零五", 105)]
    [InlineData("三千零一十", 3_010)]
    [InlineData("十", 10)]
    public void Parse_ChineseNumerals_ReadsEachDigitBeforeItsUnitOrScale(string text, decimal value) =>
        ChineseNumber.Parse(text).Value.Should().Be(value);

    [Theory]
    [InlineData("零十")]
    [InlineData("〇十")]
    [InlineData("十十")]
    [InlineData("一百一百")]
    [InlineData("一十一百")]
    [InlineData("百二十")]
    [InlineData("千五百")]
    [InlineData("三千百")]
    public void Parse_ChineseNumeralsBreakingTheirOrder_AreNotWellFormed(string text) =>
        FluentActions.Invoking(() => ChineseNumber.Parse(text)).Should().ThrowExactly<FormatException>()
            .WithMessage($"'{text}' is not a Chinese figure: '{text}' at position 0 is not a well-formed Chinese numeral.");

    [Theory]
    [InlineData(".5.3")]
    [InlineData("0.5.3")]
    [InlineData("1234,567")]
    [InlineData("1,234.5,6")]
    [InlineData("1,234,5678")]
    [InlineData(".,234")]
    [InlineData("1.5,0")]
    public void Parse_MalformedArabicNumber_IsNotANumber(string text) =>
        FluentActions.Invoking(() => ChineseNumber.Parse(text)).Should().ThrowExactly<FormatException>()
            .WithMessage($"'{text}' is not a Chinese figure: '{text}' at position 0 is not a number.");
}
