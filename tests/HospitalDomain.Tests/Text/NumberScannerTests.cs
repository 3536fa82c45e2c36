using System.Globalization;
using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

/// <summary>The numbers of a text as the scanner finds them: span, value, qualifier, unit and numeral kind.</summary>
public sealed partial class NumberScannerTests
{
    // start-numberEnd-end value qualifier unit digits|chinese
    private static string Describe(NumberToken t) => string.Create(
        CultureInfo.InvariantCulture,
        $"{t.Start}-{t.NumberEnd}-{t.End} {t.Number.Value} {t.Number.Qualifier} {t.Unit ?? "-"} {(t.Chinese ? "chinese" : "digits")}");

    [Theory]
    [InlineData("共8,600人次", "1-6-8 8600 None 人次 digits")]
    [InlineData("1,2345例", "0-1-1 1 None - digits|2-6-7 2345 None 例 digits")]
    [InlineData("1,234,567元", "0-9-10 1234567 None 元 digits")]
    [InlineData("12,34", "0-2-2 12 None - digits|3-5-5 34 None - digits")]
    [InlineData("住院日7.8天", "3-6-7 7.8 None 天 digits")]
    [InlineData("第3.", "1-2-2 3 None - digits")]
    [InlineData("3.5.6", "0-3-3 3.5 None - digits")]
    [InlineData("近1000余人", "0-6-7 1000 MoreThan 人 digits")]
    [InlineData("超过 300人", "0-6-7 300 Over 人 digits")]
    [InlineData("约束5人", "2-3-4 5 None 人 digits")]
    [InlineData("约定", "")]
    [InlineData("上千人", "0-2-3 1000 AtLeast 人 chinese")]
    [InlineData("数十人", "0-2-3 20 Several 人 chinese")]
    [InlineData("几百例", "0-2-3 200 Several 例 chinese")]
    [InlineData("上海5人", "2-3-4 5 None 人 digits")]
    [InlineData("十四五", "0-2-2 14 None - chinese|2-3-3 5 None - chinese")]
    [InlineData("3万余人", "0-3-4 30000 MoreThan 人 digits")]
    [InlineData("3余万人", "0-3-4 30000 MoreThan 人 digits")]
    [InlineData("3 万人", "0-3-4 30000 None 人 digits")]
    [InlineData("3多人", "0-2-3 3 MoreThan 人 digits")]
    [InlineData("50％", "0-2-3 50 None % digits")]
    [InlineData("50 %", "0-2-4 50 None % digits")]
    [InlineData("300人以上", "0-3-6 300 AtLeast 人 digits")]
    [InlineData("300以上", "0-3-3 300 None - digits")]
    [InlineData("约300人以上", "0-4-5 300 About 人 digits")]
    [InlineData("9个周期", "0-1-4 9 None 个周期 digits")]
    [InlineData("1.7个百分点", "0-3-7 1.7 None 个百分点 digits")]
    [InlineData("三百五十台", "0-4-5 350 None 台 chinese")]
    public void Scan_Text_FindsItsNumbers(string text, string expected) =>
        string.Join("|", NumberScanner.Scan(text).Select(Describe)).Should().Be(expected);

    [Theory]
    [InlineData("将近")]
    [InlineData("接近")]
    [InlineData("大约")]
    [InlineData("超过")]
    [InlineData("突破")]
    [InlineData("近")]
    [InlineData("约")]
    [InlineData("逾")]
    [InlineData("超")]
    public void Scan_HedgeWord_IsPartOfTheNumber(string hedge)
    {
        foreach (var space in new[] { "", " ", "\u3000", "\u00A0" })
        {
            var token = NumberScanner.Scan($"门诊{hedge}{space}3人").Single();

            (token.Start, token.NumberEnd, token.End).Should().Be((2, 2 + hedge.Length + space.Length + 1, 2 + hedge.Length + space.Length + 2), $"'{hedge}{space}' leads the number");
            token.Number.Value.Should().Be(3m);
            token.Number.Qualifier.Should().NotBe(ChineseNumberQualifier.None);
        }
    }

    [Theory]
    [InlineData("十余人", "0-2-3 10 MoreThan 人 chinese")]
    [InlineData("3.a", "0-1-1 3 None - digits")]
    [InlineData("共 8,600 人次", "2-7-10 8600 None 人次 digits")]
    [InlineData("上", "")]
    [InlineData("数", "")]
    public void Scan_MoreForms_AreRead(string text, string expected) =>
        string.Join("|", NumberScanner.Scan(text).Select(Describe)).Should().Be(expected);

    [Theory]
    [InlineData("上万人", 2)]
    [InlineData("上亿元", 2)]
    [InlineData("数十万人", 3)]
    [InlineData("数百万人", 3)]
    [InlineData("几千万人", 3)]
    [InlineData("上百人", 2)]
    public void Scan_VagueAmount_TakesItsScaleWord(string text, int numberEnd)
    {
        var token = NumberScanner.Scan(text).Single();

        (token.Start, token.NumberEnd, token.End, token.Chinese).Should().Be((0, numberEnd, numberEnd + 1, true));
    }

    [Fact]
    public void Length_IsFromTheStartToTheEndOfTheUnit() =>
        NumberScanner.Scan("共8,600人次").Single().Length.Should().Be(7);

    [Theory]
    [InlineData('零', true)]
    [InlineData('〇', true)]
    [InlineData('两', true)]
    [InlineData('亿', true)]
    [InlineData('余', false)]
    [InlineData('5', false)]
    public void IsNumeral_Character_IsAChineseNumeral(char c, bool expected) =>
        NumberScanner.IsNumeral(c).Should().Be(expected);
}
