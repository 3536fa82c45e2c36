using HospitalDomain.Governance;

namespace HospitalDomain.Tests.Governance;

public sealed class StatedChangeTests
{
    [Fact]
    public void Constructor_AmountWithoutUnit_IsRejected()
    {
        FluentActions.Invoking(() => new StatedChange(ChangeDirection.Up, 5m))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("unit is required with amount 5: %, 个百分点, 倍, 番 or the figure's unit.*")
            .And.ParamName.Should().Be("unit");
    }

    [Fact]
    public void Constructor_AmountWithBlankUnit_IsRejected()
    {
        FluentActions.Invoking(() => new StatedChange(ChangeDirection.Down, 0.5m, "  "))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("unit is required with amount 0.5: *")
            .And.ParamName.Should().Be("unit");
    }

    [Fact]
    public void Constructor_FlatWithAnAmount_IsRejected()
    {
        FluentActions.Invoking(() => new StatedChange(ChangeDirection.Flat, 1m, "%"))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("a flat change (持平) has no amount, was 1.*")
            .And.ParamName.Should().Be("amount");
    }

    [Fact]
    public void Constructor_FlatWithAZeroAmount_IsAccepted()
    {
        var change = new StatedChange(ChangeDirection.Flat, 0m, "%");

        change.Amount.Should().Be(0m);
        change.Unit.Should().Be("%");
        change.Factor.Should().Be(1m);
    }

    [Theory]
    [InlineData(ChangeDirection.Up, "12.5", "%", "1.125")]
    [InlineData(ChangeDirection.Down, "12.5", "%", "0.875")]
    [InlineData(ChangeDirection.Up, "1.65", "倍", "2.65")]
    [InlineData(ChangeDirection.Up, "1", "番", "2")]
    [InlineData(ChangeDirection.Up, "10", "番", "1024")]
    public void Factor_WordingThatFixesIt_IsTheNewValueOverTheOld(ChangeDirection direction, string amount, string unit, string factor)
    {
        var change = new StatedChange(direction, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), unit);

        change.Factor.Should().Be(decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(ChangeDirection.Up, "1.5", "番")]
    [InlineData(ChangeDirection.Up, "11", "番")]
    [InlineData(ChangeDirection.Up, "1.7", "个百分点")]
    [InlineData(ChangeDirection.Down, "0.5", "天")]
    [InlineData(ChangeDirection.Down, "1", "倍")]
    [InlineData(ChangeDirection.Ambiguous, "3", "%")]
    public void Factor_WordingThatDoesNotFixIt_IsNull(ChangeDirection direction, string amount, string unit)
    {
        var change = new StatedChange(direction, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), unit);

        change.Factor.Should().BeNull();
    }

    [Theory]
    [InlineData(ChangeDirection.Up, "18.32", "%", "同比", "同比增长18.32%")]
    [InlineData(ChangeDirection.Up, "1.65", "倍", "比2000年", "比2000年增长1.65倍")]
    [InlineData(ChangeDirection.Up, "1.7", "个百分点", null, "提高1.7个百分点")]
    [InlineData(ChangeDirection.Up, "2", "天", null, "延长2天")]
    [InlineData(ChangeDirection.Up, "3", "日", null, "延长3日")]
    [InlineData(ChangeDirection.Up, "14781", "例次", "较上年同期", "较上年同期增加14781例次")]
    [InlineData(ChangeDirection.Up, "5", "元", null, "上升5元")]
    [InlineData(ChangeDirection.Up, "10", "番", null, "翻10番")]
    [InlineData(ChangeDirection.Up, "1.5", "番", null, "翻1.5番")]
    [InlineData(ChangeDirection.Down, "1.7", "个百分点", null, "降低1.7个百分点")]
    [InlineData(ChangeDirection.Down, "5", "%", "同比", "同比下降5%")]
    [InlineData(ChangeDirection.Down, "0.5", "天", "较上年同期", "较上年同期缩短0.5天")]
    [InlineData(ChangeDirection.Down, "2", "日", null, "缩短2日")]
    [InlineData(ChangeDirection.Down, "3", "人", null, "减少3人")]
    [InlineData(ChangeDirection.Down, "5", "元", null, "下降5元")]
    [InlineData(ChangeDirection.Flat, "0", "%", "同比", "同比持平0%")]
    [InlineData(ChangeDirection.Ambiguous, "3", "%", null, "变化3%")]
    public void ToString_UsesTheVerbOfTheUnit(ChangeDirection direction, string amount, string unit, string? basis, string expected)
    {
        var change = new StatedChange(direction, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), unit, basis);

        change.ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData(ChangeDirection.Up, "增长")]
    [InlineData(ChangeDirection.Down, "下降")]
    [InlineData(ChangeDirection.Flat, "持平")]
    [InlineData(ChangeDirection.Ambiguous, "变化")]
    public void ToString_NoAmountNorUnit_IsTheVerbAlone(ChangeDirection direction, string expected) =>
        new StatedChange(direction).ToString().Should().Be(expected);

    [Theory]
    [InlineData(1, "翻一番")]
    [InlineData(2, "翻两番")]
    [InlineData(9, "翻九番")]
    public void ToString_WholeDoublingsFromOneToNine_AreWrittenInChinese(int doublings, string expected) =>
        new StatedChange(ChangeDirection.Up, doublings, "番").ToString().Should().Be(expected);

    [Fact]
    public void ToString_Doublings_KeepTheBasis() =>
        new StatedChange(ChangeDirection.Up, 1m, "番", "比2010年").ToString().Should().Be("比2010年翻一番");

    [Fact]
    public void ToString_AmountWithTrailingZeros_IsWrittenWithoutThem() =>
        new StatedChange(ChangeDirection.Down, 0.50m, "天").ToString().Should().Be("缩短0.5天");

    [Fact]
    public void ToString_FromToFormWithoutAmount_StatesTheEarlierValue() =>
        new StatedChange(ChangeDirection.Down, unit: "天", from: ChineseNumber.Parse("8.2")).ToString().Should().Be("由8.2缩短");
}
