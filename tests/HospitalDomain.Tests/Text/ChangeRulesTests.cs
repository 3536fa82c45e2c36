using HospitalDomain.Governance;
using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

/// <summary>The wording of changes, read from single phrases: where the words start and what they say.</summary>
public sealed partial class ChangeRulesTests
{
    private static ChangeFound? Before(string text)
    {
        var tokens = NumberScanner.Scan(text);
        return ChangeRules.Before(new TextLayout(text), tokens[^1]);
    }

    [Theory]
    [InlineData("同比增长9%", 0, 4, 6, ChangeDirection.Up, 9, "%", "同比")]
    [InlineData("门诊量同比增长9%", 3, 7, 9, ChangeDirection.Up, 9, "%", "同比")]
    [InlineData("增长达到9%", 0, 4, 6, ChangeDirection.Up, 9, "%", null)]
    [InlineData("增长为9%", 0, 3, 5, ChangeDirection.Up, 9, "%", null)]
    [InlineData("下降达9%", 0, 3, 5, ChangeDirection.Down, 9, "%", null)]
    [InlineData("减少了3天", 0, 3, 5, ChangeDirection.Down, 3, "天", null)]
    [InlineData("同比分别增长9%", 0, 6, 8, ChangeDirection.Up, 9, "%", "同比")]
    [InlineData("较上年同期缩短0.5天", 0, 7, 11, ChangeDirection.Down, 0.5, "天", "较上年同期")]
    [InlineData("比2000年增长1.65倍", 0, 8, 13, ChangeDirection.Up, 1.65, "倍", "比2000年")]
    [InlineData("较2015年下降5%", 0, 8, 10, ChangeDirection.Down, 5, "%", "较2015年")]
    [InlineData("于2000年增长5%", 6, 8, 10, ChangeDirection.Up, 5, "%", null)]
    [InlineData("新增加3个", 1, 3, 5, ChangeDirection.Up, 3, "个", null)]
    [InlineData("增3个", 0, 1, 3, ChangeDirection.Up, 3, "个", null)]
    [InlineData("再增3个", 1, 2, 4, ChangeDirection.Up, 3, "个", null)]
    [InlineData("减增长3%", 0, 3, 5, ChangeDirection.Ambiguous, 3, "%", null)]
    public void Before_ChangeWords_GiveTheChangeAndItsSpan(string text, int start, int amountStart, int end, ChangeDirection direction, double amount, string unit, string? basis)
    {
        var found = Before(text)!;

        (found.Start, found.AmountStart, found.End).Should().Be((start, amountStart, end));
        found.Change.Should().Be(new StatedChange(direction, (decimal)amount, unit, basis));
    }

    [Theory]
    [InlineData("分别")]
    [InlineData("均")]
    [InlineData("共")]
    [InlineData("累计")]
    [InlineData("再")]
    [InlineData("持续")]
    [InlineData("大幅")]
    [InlineData("稳步")]
    [InlineData("明显")]
    [InlineData("进一步")]
    [InlineData("逐步")]
    public void Before_AdverbBetweenBasisAndVerb_KeepsTheBasis(string adverb)
    {
        var found = Before("同比" + adverb + "增长9%")!;

        found.Start.Should().Be(0);
        found.Change.Basis.Should().Be("同比");
    }

    [Theory]
    [InlineData("新增3个")]
    [InlineData("递增5%")]
    [InlineData("倍增5%")]
    [InlineData("剧增5%")]
    [InlineData("骤降5%")]
    [InlineData("增长9")]
    [InlineData("门诊9%")]
    public void Before_NoChangeVerbOrNoUnit_IsNull(string text) =>
        Before(text).Should().BeNull();

    [Theory]
    [InlineData("3天", true)]
    [InlineData("3人次", true)]
    [InlineData("3%", false)]
    [InlineData("3个百分点", false)]
    [InlineData("3倍", false)]
    public void IsAbsolute_Unit_IsTheFiguresOwn(string amount, bool expected) =>
        Before("增长" + amount)!.IsAbsolute.Should().Be(expected);

    [Fact]
    public void IsAbsolute_Doubling_IsRelative() =>
        ChangeRules.Doublings(new TextLayout("翻一番")).Single().IsAbsolute.Should().BeFalse();

    [Fact]
    public void Doublings_OneAndTwo_AreFoundWithTheirSpans()
    {
        var found = ChangeRules.Doublings(new TextLayout("收入翻一番，同比翻了两番。")).ToList();

        found.Select(f => (f.Start, f.AmountStart, f.End)).Should().Equal((2, 3, 5), (6, 10, 12));
        found.Select(f => f.Change).Should().Equal(new StatedChange(ChangeDirection.Up, 1m, "番"), new StatedChange(ChangeDirection.Up, 2m, "番", "同比"));
    }

    [Theory]
    [InlineData("翻番")]
    [InlineData("翻一倍")]
    [InlineData("翻一")]
    [InlineData("推翻")]
    [InlineData("翻了")]
    public void Doublings_NoCountOrNoFan_AreNone(string text) =>
        ChangeRules.Doublings(new TextLayout(text)).Should().BeEmpty();

    [Theory]
    [InlineData("同比持平", 0, 4, "同比")]
    [InlineData("门诊同比持平。", 2, 6, "同比")]
    [InlineData("门诊与上年同期持平", 2, 9, "与上年同期")]
    [InlineData("门诊与上年同期相比持平", 2, 11, "与上年同期相比")]
    [InlineData("门诊持平。", 2, 4, null)]
    [InlineData("门诊持平", 2, 4, null)]
    [InlineData("同比持平稳定", 0, 4, "同比")]
    public void Flats_Flat_IsFoundWithItsBasis(string text, int start, int end, string? basis)
    {
        var found = ChangeRules.Flats(new TextLayout(text)).Should().ContainSingle().Subject;

        (found.Start, found.AmountStart, found.End).Should().Be((start, start, end));
        found.Change.Should().Be(new StatedChange(ChangeDirection.Flat, basis: basis));
    }

    [Theory]
    [InlineData("支持平台")]
    [InlineData("保持平稳")]
    [InlineData("坚持平等")]
    [InlineData("维持平衡")]
    [InlineData("扶持平台")]
    [InlineData("主持平台")]
    [InlineData("门诊持平稳定")]
    public void Flats_OtherWordsOrNoBreak_AreNone(string text) =>
        ChangeRules.Flats(new TextLayout(text)).Should().BeEmpty();

    [Fact]
    public void Flats_Several_AreAllFound() =>
        ChangeRules.Flats(new TextLayout("门诊持平，住院持平。")).Select(f => f.Start).Should().Equal(2, 7);

    private static (int Start, StatedChange Change, string? From)? ToForm(string text)
    {
        var tokens = NumberScanner.Scan(text);
        var layout = new TextLayout(text);
        return ChangeRules.ToForm(layout, tokens[^1], tokens) is { } found
            ? (found.Start, found.Change, found.From is { } from ? layout.Slice(from.Start, from.End) : null)
            : null;
    }

    [Fact]
    public void ToForm_VerbAndTo_IsADirectionWithoutAmount() =>
        ToForm("住院日降至7.9天").Should().Be((3, new StatedChange(ChangeDirection.Down), (string?)null));

    [Fact]
    public void ToForm_VerbAndDao_IsADirectionWithoutAmount() =>
        ToForm("住院日延长到7.9天").Should().Be((3, new StatedChange(ChangeDirection.Up), (string?)null));

    [Theory]
    [InlineData("由8.2天缩短至7.8天", ChangeDirection.Down, "8.2天", null)]
    [InlineData("从8天到9天", ChangeDirection.Up, "8天", null)]
    [InlineData("由9天至8天", ChangeDirection.Down, "9天", null)]
    [InlineData("由8天至8天", ChangeDirection.Flat, "8天", null)]
    [InlineData("由8天延长至7天", ChangeDirection.Up, "8天", null)]
    [InlineData("同比由8天至7天", ChangeDirection.Down, "8天", "同比")]
    public void ToForm_FromAndTo_KeepsTheEarlierValue(string text, ChangeDirection direction, string from, string? basis)
    {
        var found = ToForm(text)!.Value;

        found.Start.Should().Be(0);
        found.From.Should().Be(from);
        found.Change.Should().Be(new StatedChange(direction, basis: basis, from: ChineseNumber.Parse(from.TrimEnd('天'))));
    }

    [Fact]
    public void ToForm_FromInAnotherClause_IsIgnored() =>
        ToForm("由8天，降至7天").Should().Be((4, new StatedChange(ChangeDirection.Down), (string?)null));

    [Fact]
    public void ToForm_NumberWithoutFrom_IsNotTheFrom() =>
        ToForm("8天至9天").Should().BeNull();

    [Theory]
    [InlineData("至7.9天")]
    [InlineData("降低7.9天")]
    [InlineData("7.9天")]
    public void ToForm_NoVerbNoFromOrNoTo_IsNull(string text) =>
        ToForm(text).Should().BeNull();

    [Theory]
    [InlineData("与去年同期比门诊人次增长28.42%", "与去年同期比")]
    [InlineData("住院减少，较上年同期门诊增长5%", "较上年同期")]
    [InlineData("同比门诊增长5%", null)]
    [InlineData("门诊较上年增长5%", null)]
    public void OpeningBasis_ClauseOpeningWithABasis_IsThatBasis(string text, string? basis) =>
        ChangeRules.OpeningBasis(new TextLayout(text), text.Length - 1).Should().Be(basis);
}
