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
