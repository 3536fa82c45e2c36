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
    public static TheoryData<string, decimal, decimal?, ChineseNumberQualifier, string> Forms => new()
    {
        // text, value, upper end, qualifier, canonical form
        { "三四万", 30_000m, 40_000m, ChineseNumberQualifier.Range, "3-4万" },
        { "一两亿", 100_000_000m, 200_000_000m, ChineseNumberQualifier.Range, "1-2亿" },
        { "1-2亿", 100_000_000m, 200_000_000m, ChineseNumberQualifier.Range, "1-2亿" },
        { "600.0-700.00", 600m, 700m, ChineseNumberQualifier.Range, "600-700" },
        { "1.50～2.0万", 15_000m, 20_000m, ChineseNumberQualifier.Range, "1.5-2万" },
        { "1,000到1,500", 1_000m, 1_500m, ChineseNumberQualifier.Range, "1000-1500" },
        { "十几万", 100_000m, null, ChineseNumberQualifier.MoreThan, "10几万" },
        { "上千万", 10_000_000m, null, ChineseNumberQualifier.AtLeast, "上千万" },
        { "上亿", 100_000_000m, null, ChineseNumberQualifier.AtLeast, "上亿" },
        { "上十万", 100_000m, null, ChineseNumberQualifier.AtLeast, "上十万" },
        { "数百万", 2_000_000m, 9_000_000m, ChineseNumberQualifier.Several, "数百万" },
        { "几千万", 20_000_000m, 90_000_000m, ChineseNumberQualifier.Several, "几千万" },
        { "数亿", 200_000_000m, 900_000_000m, ChineseNumberQualifier.Several, "数亿" },
        { "数千", 2_000m, 9_000m, ChineseNumberQualifier.Several, "数千" },
        { "数万", 20_000m, 90_000m, ChineseNumberQualifier.Several, "数万" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Parse_ReadsTheFormAndItsCanonicalFormParsesBack(string text, decimal value, decimal? upper, ChineseNumberQualifier qualifier, string canonical)
    {
        var number = ChineseNumber.Parse(text);

        number.Value.Should().Be(value);
        number.UpperValue.Should().Be(upper);
        number.Qualifier.Should().Be(qualifier);
        number.ToString().Should().Be(canonical);
        ChineseNumber.Parse(canonical).Should().Be(number, "the canonical form parses back to an equal figure");
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
