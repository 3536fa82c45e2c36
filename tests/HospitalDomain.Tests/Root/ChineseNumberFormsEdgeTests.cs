using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Root;

/// <summary>
/// The edges of the forms of <see cref="ChineseNumber"/> that the example tests leave open: ranges in
/// 万 and 亿 and up to the limit of decimal, canonical forms of ranges and vague amounts of every unit,
/// 几 before a scale, and text that resembles a form but is not one.
/// </summary>
[UseCulture("de-DE")]
public sealed class ChineseNumberFormsEdgeTests
{
    [Theory]
    [InlineData("0-5")]
    [InlineData("0.0-5万")]
    [InlineData("0到1,000")]
    public void TryParse_RangeFromZero_IsNotAFigure(string text) =>
        ChineseNumber.TryParse(text, out _).Should().BeFalse("a range's lower end must be above zero");

    [Fact]
    public void TryParse_RangeFromJustAboveZero_IsARange()
    {
        ChineseNumber.TryParse("0.5-5", out var number).Should().BeTrue();
        number.Value.Should().Be(0.5m);
        number.UpperValue.Should().Be(5m);
    }

    [Fact]
    public void Parse_SuffixJiBeforeTheScale_IsMoreThanWithItsWord()
    {
        var number = ChineseNumber.Parse("十几万");

        number.QualifierWord.Should().Be("几");
        number.Should().NotBe(ChineseNumber.Parse("十余万"));
        number.Should().NotBe(ChineseNumber.Parse("十万"));
    }

    [Fact]
    public void Parse_RangeUpToTheLargestDecimal_IsAccepted()
    {
        var inTenThousands = ChineseNumber.Parse("1-7922816251426433759354395.0335万");
        var plain = ChineseNumber.Parse("1-79228162514264337593543950335");

        inTenThousands.Value.Should().Be(10_000m);
        inTenThousands.UpperValue.Should().Be(decimal.MaxValue);
        plain.UpperValue.Should().Be(decimal.MaxValue);
        ChineseNumber.TryParse("1-7922816251426433759354395.0336万", out _).Should().BeFalse("the upper end lies beyond the range of decimal");
    }

    [Fact]
    public void TryParse_HedgedNumeralsBeyondTheDecimalRange_ReturnsFalse()
    {
        // 十亿亿亿 (10^25) reads; 10^25 万 lies beyond ±7.9 × 10^28.
        ChineseNumber.TryParse("十亿亿亿余", out var below).Should().BeTrue();
        below.Value.Should().Be(10_000_000_000_000_000_000_000_000m);

        ChineseNumber.TryParse("十亿亿亿余万", out var number).Should().BeFalse();
        number.Should().Be(default(ChineseNumber));
        FluentActions.Invoking(() => ChineseNumber.Parse("十亿亿亿余万")).Should().ThrowExactly<FormatException>();
    }

    [Theory]
    [InlineData("600-600")]
    [InlineData("1.5-1.5万")]
    [InlineData(",123-456")]
    [InlineData("123-,456")]
    [InlineData("600-700\0")]
    [InlineData("600\0-700")]
    [InlineData("六七百人")]
    [InlineData("三四五")]
    [InlineData("近百余")]
    [InlineData("近约千")]
    [InlineData("超过约千")]
    [InlineData("约近千")]
    public void TryParse_TextThatOnlyResemblesAForm_ReturnsFalse(string text)
    {
        ChineseNumber.TryParse(text, out var number).Should().BeFalse();
        number.Should().Be(default(ChineseNumber));
        FluentActions.Invoking(() => ChineseNumber.Parse(text)).Should().ThrowExactly<FormatException>();
    }
}
