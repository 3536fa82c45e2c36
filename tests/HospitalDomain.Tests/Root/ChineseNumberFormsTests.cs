using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Root;

/// <summary>The forms real reports use that the first parser rejected: spaces, 接近 and 以上, ranges, bare units, vague amounts.</summary>
[UseCulture("de-DE")]
public sealed class ChineseNumberFormsTests
{
    public static TheoryData<string, decimal, decimal?, ChineseNumberQualifier, string> Forms => new()
    {
        // text, value, upper end, qualifier, canonical form
        { "110.37 万", 1_103_700m, null, ChineseNumberQualifier.None, "110.37万" },
        { "约 22315", 22_315m, null, ChineseNumberQualifier.About, "约22315" },
        { "近　600", 600m, null, ChineseNumberQualifier.Nearly, "近600" },
        { "接近9000", 9_000m, null, ChineseNumberQualifier.Nearly, "接近9000" },
        { "300以上", 300m, null, ChineseNumberQualifier.AtLeast, "300以上" },
        { "3万以上", 30_000m, null, ChineseNumberQualifier.AtLeast, "3万以上" },
        { "六七百", 600m, 700m, ChineseNumberQualifier.Range, "600-700" },
        { "三五十", 30m, 50m, ChineseNumberQualifier.Range, "30-50" },
        { "三四十万", 300_000m, 400_000m, ChineseNumberQualifier.Range, "30-40万" },
        { "七八", 7m, 8m, ChineseNumberQualifier.Range, "7-8" },
        { "600-700", 600m, 700m, ChineseNumberQualifier.Range, "600-700" },
        { "600至700", 600m, 700m, ChineseNumberQualifier.Range, "600-700" },
        { "1.5～2万", 15_000m, 20_000m, ChineseNumberQualifier.Range, "1.5-2万" },
        { "近千", 1_000m, null, ChineseNumberQualifier.Nearly, "近1000" },
        { "百余", 100m, null, ChineseNumberQualifier.MoreThan, "100余" },
        { "十余万", 100_000m, null, ChineseNumberQualifier.MoreThan, "10余万" },
        { "二十多万", 200_000m, null, ChineseNumberQualifier.MoreThan, "20多万" },
        { "十几", 10m, null, ChineseNumberQualifier.MoreThan, "10几" },
        { "上千", 1_000m, null, ChineseNumberQualifier.AtLeast, "上千" },
        { "上万", 10_000m, null, ChineseNumberQualifier.AtLeast, "上万" },
        { "数百", 200m, 900m, ChineseNumberQualifier.Several, "数百" },
        { "几十", 20m, 90m, ChineseNumberQualifier.Several, "几十" },
        { "数十万", 200_000m, 900_000m, ChineseNumberQualifier.Several, "数十万" },
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
    public void Parse_ReadsTheForm(string text, decimal value, decimal? upper, ChineseNumberQualifier qualifier, string canonical)
    {
        var number = ChineseNumber.Parse(text);

        number.Value.Should().Be(value);
        number.UpperValue.Should().Be(upper);
        number.Qualifier.Should().Be(qualifier);
        number.ToString().Should().Be(canonical);
        ChineseNumber.Parse(canonical).Should().Be(number, "the canonical form parses back to an equal figure");
    }

    [Theory]
    [InlineData("1 000", "'1 000' is not a Chinese figure: a space at position 1 splits a number.")]
    [InlineData("700-600", "'700-600' is not a Chinese figure: unexpected character '-' at position 3.")]
    [InlineData("数", "'数' is not a Chinese figure: unexpected character '数' at position 0; expected a digit or a Chinese numeral.")]
    public void Parse_NotAFigure_SaysWhy(string text, string message) =>
        FluentActions.Invoking(() => ChineseNumber.Parse(text)).Should().Throw<FormatException>().WithMessage(message);

    [Fact]
    public void Equals_RangeAndItsLowerEnd_Differ()
    {
        ChineseNumber.Parse("六七百").Should().NotBe(ChineseNumber.Parse("600"));
        ChineseNumber.Parse("六七百").GetHashCode().Should().Be(ChineseNumber.Parse("600-700").GetHashCode());
    }
}
