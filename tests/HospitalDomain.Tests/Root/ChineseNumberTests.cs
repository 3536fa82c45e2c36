using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Root;

[UseCulture("de-DE")]
public sealed class ChineseNumberTests
{
    public static TheoryData<string, decimal, ChineseNumberQualifier, string, string> Figures => new()
    {
        // text, value, qualifier, qualifier word, canonical form
        { "260.72万", 2_607_200m, ChineseNumberQualifier.None, "", "260.72万" },
        { "15.95万", 159_500m, ChineseNumberQualifier.None, "", "15.95万" },
        { "2.58亿", 258_000_000m, ChineseNumberQualifier.None, "", "2.58亿" },
        { "9.57万", 95_700m, ChineseNumberQualifier.None, "", "9.57万" },
        { "3407", 3_407m, ChineseNumberQualifier.None, "", "3407" },
        { "3,407", 3_407m, ChineseNumberQualifier.None, "", "3407" },
        { "1,234,567.5", 1_234_567.5m, ChineseNumberQualifier.None, "", "1234567.5" },
        { "7.8", 7.8m, ChineseNumberQualifier.None, "", "7.8" },
        { "三千余", 3_000m, ChineseNumberQualifier.MoreThan, "余", "3000余" },
        { "二十余", 20m, ChineseNumberQualifier.MoreThan, "余", "20余" },
        { "1000余", 1_000m, ChineseNumberQualifier.MoreThan, "余", "1000余" },
        { "1000多", 1_000m, ChineseNumberQualifier.MoreThan, "多", "1000多" },
        { "近1000", 1_000m, ChineseNumberQualifier.Nearly, "近", "近1000" },
        { "将近500", 500m, ChineseNumberQualifier.Nearly, "将近", "将近500" },
        { "逾万", 10_000m, ChineseNumberQualifier.Over, "逾", "逾1万" },
        { "超过5000", 5_000m, ChineseNumberQualifier.Over, "超过", "超过5000" },
        { "超3万", 30_000m, ChineseNumberQualifier.Over, "超", "超3万" },
        { "突破10亿", 1_000_000_000m, ChineseNumberQualifier.Over, "突破", "突破10亿" },
        { "约2.5万", 25_000m, ChineseNumberQualifier.About, "约", "约2.5万" },
        { "大约300", 300m, ChineseNumberQualifier.About, "大约", "大约300" },
        { "1.2万余", 12_000m, ChineseNumberQualifier.MoreThan, "余", "1.2万余" },
        { "20余万", 200_000m, ChineseNumberQualifier.MoreThan, "余", "20余万" },
        { "二十四", 24m, ChineseNumberQualifier.None, "", "24" },
        { "十二", 12m, ChineseNumberQualifier.None, "", "12" },
        { "一百零五", 105m, ChineseNumberQualifier.None, "", "105" },
        { "两万三千", 23_000m, ChineseNumberQualifier.None, "", "23000" },
        { "一亿二千万", 120_000_000m, ChineseNumberQualifier.None, "", "120000000" },
        { "十万", 100_000m, ChineseNumberQualifier.None, "", "100000" },
        { " 260.72万 ", 2_607_200m, ChineseNumberQualifier.None, "", "260.72万" },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Parse_KeepsValueQualifierAndForm(string text, decimal value, ChineseNumberQualifier qualifier, string word, string canonical)
    {
        var number = ChineseNumber.Parse(text);

        number.Value.Should().Be(value);
        number.Qualifier.Should().Be(qualifier);
        number.QualifierWord.Should().Be(word);
        number.ToString().Should().Be(canonical);
        ChineseNumber.Parse(canonical).Should().Be(number, "the canonical form parses back to an equal figure");
        ChineseNumber.TryParse(text.AsSpan(), out var fromSpan).Should().BeTrue();
        fromSpan.Should().Be(number);
    }

    [Theory]
    [InlineData(2_607_200, "260.72万")]
    [InlineData(159_500, "15.95万")]
    [InlineData(258_000_000, "2.58亿")]
    [InlineData(3_407, "3407")]
    [InlineData(10_000, "1万")]
    [InlineData(9_999, "9999")]
    [InlineData(12_345, "1.23万")]
    [InlineData(12_355, "1.24万")]
    [InlineData(-2_607_200, "-260.72万")]
    [InlineData(0, "0")]
    public void Format_UsesTheLargestScaleAndTwoDecimals(long value, string expected) =>
        ChineseNumber.Format(value).Should().Be(expected);

    [Fact]
    public void Format_RoundsHalfAwayFromZero() =>
        ChineseNumber.Format(12_345m).Should().Be("1.23万", "1.2345万 rounds to 1.23万")
            .And.Subject.Should().NotBeNull();

    [Fact]
    public void Format_MidpointGoesUp() =>
        ChineseNumber.Format(1_234.565m).Should().Be("1234.57");

    [Theory]
    [InlineData("", "'' is not a Chinese figure: the text is empty.")]
    [InlineData("万元", "'万元' is not a Chinese figure: unexpected character '元' at position 1.")]
    [InlineData("260.72万人次", "'260.72万人次' is not a Chinese figure: unexpected character '人' at position 7.")]
    [InlineData("近", "'近' is not a Chinese figure: the number is missing after '近'.")]
    [InlineData("abc", "'abc' is not a Chinese figure: unexpected character 'a' at position 0; expected a digit or a Chinese numeral.")]
    [InlineData("1.2.3", "'1.2.3' is not a Chinese figure: '1.2.3' at position 0 is not a number.")]
    [InlineData("12,34", "'12,34' is not a Chinese figure: '12,34' at position 0 is not a number.")]
    [InlineData("三六", "'三六' is not a Chinese figure: '三六' at position 0 is not a well-formed Chinese numeral.")]
    [InlineData("近1000余", "'近1000余' is not a Chinese figure: a figure takes a hedge word before it or after it, not both.")]
    public void Parse_Invalid_SaysWhereItWentWrong(string text, string message)
    {
        ChineseNumber.TryParse(text, out _).Should().BeFalse();
        var act = () => ChineseNumber.Parse(text);
        act.Should().Throw<FormatException>().WithMessage(message);
    }

    [Fact]
    public void FromValue_IsExactAndUnscaled()
    {
        var number = ChineseNumber.FromValue(3407);
        number.Qualifier.Should().Be(ChineseNumberQualifier.None);
        number.Scale.Should().Be(1m);
        number.ToString().Should().Be("3407");
        default(ChineseNumber).ToString().Should().Be("0");
        default(ChineseNumber).Should().Be(ChineseNumber.FromValue(0));
    }

    [Fact]
    public void Equality_ComparesValueScaleAndHedge() =>
        ContractAssert.Equality(
            ChineseNumber.Parse("260.72万"),
            ChineseNumber.Parse("260.720万"),
            ChineseNumber.Parse("2607200"),
            ChineseNumber.Parse("约260.72万"),
            ChineseNumber.Parse("260.72万余"),
            ChineseNumber.Parse("260.72亿"));

    [Fact]
    public void Json_IsTheCanonicalText()
    {
        JsonAssert.RoundTrip(ChineseNumber.Parse("260.72万"), "\"260.72万\"".Replace("万", "\\u4E07"));
        JsonAssert.RoundTrip(ChineseNumber.Parse("3407"), "\"3407\"");
    }

    [Theory]
    [InlineData("\"abc\"", "'abc' is not a Chinese figure*")]
    [InlineData("3407", "Expected a Chinese figure as a JSON string but found a number.*")]
    public void Json_Invalid_ThrowsJsonException(string json, string message) =>
        JsonAssert.Invalid<ChineseNumber>(json, "$").Message.Should().Match(message);

    [Property(MaxTest = 500)]
    public Property Format_ThenParse_IsWithinRounding() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), n =>
        {
            var value = (decimal)n;
            var parsed = ChineseNumber.Parse(ChineseNumber.Format(value)).Value;
            var tolerance = value >= 100_000_000m ? 500_000m : value >= 10_000m ? 50m : 0m;
            return Math.Abs(parsed - value) <= tolerance;
        });

    [Property(MaxTest = 300)]
    public Property CanonicalForm_RoundTrips() =>
        Prop.ForAll(Gen.Choose(0, 99_999_999).ToArbitrary(), Gen.Elements("", "近", "逾", "约", "余", "多").ToArbitrary(), Gen.Elements("", "万", "亿").ToArbitrary(), (n, hedge, scale) =>
        {
            var mantissa = (n / 100m).ToString(CultureInfo.InvariantCulture);
            var text = hedge is "余" or "多" ? mantissa + scale + hedge : hedge + mantissa + scale;
            var number = ChineseNumber.Parse(text);
            return ChineseNumber.Parse(number.ToString()) == number;
        });

    [Theory]
    [InlineData("亿亿亿亿", "'亿亿亿亿' at position 0 is too large: a figure must lie within ±79228162514264337593543950335.")]
    [InlineData("79228162514264337593543950335万", "'79228162514264337593543950335万' at position 0 is too large: a figure must lie within ±79228162514264337593543950335.")]
    [InlineData("约79228162514264337593543950336", "'79228162514264337593543950336' at position 1 is too large: a figure must lie within ±79228162514264337593543950335.")]
    [InlineData("万万万万万万万万", "'万万万万万万万万' at position 0 is too large: a figure must lie within ±79228162514264337593543950335.")]
    public void TryParse_BeyondTheDecimalRange_ReturnsFalseAndParseSaysWhy(string text, string reason)
    {
        ChineseNumber.TryParse(text, out var number).Should().BeFalse();
        number.Should().Be(default(ChineseNumber));
        ChineseNumber.TryParse(text.AsSpan(), out _).Should().BeFalse();
        FluentActions.Invoking(() => ChineseNumber.Parse(text)).Should().ThrowExactly<FormatException>()
            .WithMessage($"'{text}' is not a Chinese figure: {reason}");
        JsonAssert.Invalid<ChineseNumber>(System.Text.Json.JsonSerializer.Serialize(text), "$").Message.Should().Contain("too large");
    }

    [Fact]
    public void TryParse_MillionsOfThousandsGroups_NeitherThrowsNorExhaustsTheStack()
    {
        // 1 followed by 250,000 ",000" groups once overflowed a 1 MB stack through a buffer sized by the input.
        var huge = "1" + string.Concat(Enumerable.Repeat(",000", 250_000));
        bool? parsed = null;
        var thread = new Thread(() => parsed = ChineseNumber.TryParse(huge, out _), maxStackSize: 1 << 20);
        thread.Start();
        thread.Join();

        parsed.Should().BeFalse("the number is far beyond the decimal range");
        ChineseNumber.TryParse("1" + string.Concat(Enumerable.Repeat(",000", 4_000_000)), out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_GroupedDigitsLongerThanTheStackBuffer_ReadsFromTheHeap()
    {
        var ones = "000" + string.Concat(Enumerable.Repeat(",000", 30)) + ",001.5";

        ChineseNumber.Parse(ones).Value.Should().Be(1.5m);
        ChineseNumber.Parse("1,000,000,000,000,000,000,000,000,000").Value.Should().Be(1_000_000_000_000_000_000_000_000_000m);
    }

    [Theory]
    [InlineData("79228162514264337593543950335", "792281625142643375935.43亿")]
    [InlineData("-79228162514264337593543950335", "-792281625142643375935.43亿")]
    [InlineData("79228162514264337593542500000", "792281625142643375935.43亿")]
    [InlineData("-0.005", "-0.01")]
    public void Format_AtTheEdgeOfTheDecimalRange_ParsesBack(string value, string expected)
    {
        var text = ChineseNumber.Format(decimal.Parse(value, CultureInfo.InvariantCulture));

        text.Should().Be(expected);
        ChineseNumber.TryParse(text, out var back).Should().BeTrue();
        ChineseNumber.Format(back.Value).Should().Be(text);
    }

    [Theory]
    [InlineData("-3.2", -3.2)]
    [InlineData("-260.72万", -2_607_200)]
    [InlineData("约-2.5万", -25_000)]
    [InlineData("-1,234.5", -1_234.5)]
    public void Parse_MinusSignBeforeArabicDigits_IsNegative(string text, double value)
    {
        var number = ChineseNumber.Parse(text);

        number.Value.Should().Be((decimal)value);
        ChineseNumber.Parse(number.ToString()).Should().Be(number);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("-三千")]
    [InlineData("--5")]
    [InlineData("5-")]
    public void TryParse_MinusSignWithoutArabicDigits_ReturnsFalse(string text) =>
        ChineseNumber.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void ToString_NegativeFigure_ParsesBack()
    {
        var number = ChineseNumber.FromValue(-5m);

        number.ToString().Should().Be("-5");
        ChineseNumber.Parse(number.ToString()).Should().Be(number);
        JsonAssert.RoundTrip(number, "\"-5\"");
    }
}
