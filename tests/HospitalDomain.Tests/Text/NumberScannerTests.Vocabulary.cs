using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

// Each unit the scanner knows, one generated number each. The hedge words and the scale words of vague
// amounts are pinned one by one by the other tests of this class.
public sealed partial class NumberScannerTests
{
    // Every entry of NumberScanner.Units: the unit is taken whole and ends the token. Without it a shorter unit
    // at its start is taken (个 for 个百分点, 周 for 周年) or none is; ％ is given as %.
    [Theory]
    [InlineData("个百分点", "个百分点")]
    [InlineData("个周期", "个周期")]
    [InlineData("平方米", "平方米")]
    [InlineData("人次", "人次")]
    [InlineData("例次", "例次")]
    [InlineData("台次", "台次")]
    [InlineData("床日", "床日")]
    [InlineData("平米", "平米")]
    [InlineData("周期", "周期")]
    [InlineData("分钟", "分钟")]
    [InlineData("小时", "小时")]
    [InlineData("周年", "周年")]
    [InlineData("%", "%")]
    [InlineData("％", "%")]
    [InlineData("‰", "‰")]
    [InlineData("倍", "倍")]
    [InlineData("个", "个")]
    [InlineData("名", "名")]
    [InlineData("人", "人")]
    [InlineData("位", "位")]
    [InlineData("例", "例")]
    [InlineData("台", "台")]
    [InlineData("项", "项")]
    [InlineData("篇", "篇")]
    [InlineData("部", "部")]
    [InlineData("家", "家")]
    [InlineData("所", "所")]
    [InlineData("支", "支")]
    [InlineData("次", "次")]
    [InlineData("种", "种")]
    [InlineData("辆", "辆")]
    [InlineData("场", "场")]
    [InlineData("期", "期")]
    [InlineData("面", "面")]
    [InlineData("批", "批")]
    [InlineData("件", "件")]
    [InlineData("套", "套")]
    [InlineData("张", "张")]
    [InlineData("床", "床")]
    [InlineData("天", "天")]
    [InlineData("元", "元")]
    [InlineData("亩", "亩")]
    [InlineData("㎡", "㎡")]
    [InlineData("分", "分")]
    [InlineData("年", "年")]
    [InlineData("月", "月")]
    [InlineData("日", "日")]
    [InlineData("号", "号")]
    [InlineData("时", "时")]
    [InlineData("届", "届")]
    [InlineData("岁", "岁")]
    [InlineData("点", "点")]
    [InlineData("条", "条")]
    [InlineData("强", "强")]
    [InlineData("大", "大")]
    [InlineData("甲", "甲")]
    [InlineData("乙", "乙")]
    [InlineData("丙", "丙")]
    [InlineData("佳", "佳")]
    [InlineData("级", "级")]
    [InlineData("等", "等")]
    [InlineData("星", "星")]
    [InlineData("好", "好")]
    [InlineData("楼", "楼")]
    [InlineData("层", "层")]
    [InlineData("周", "周")]
    public void Scan_NumberBeforeEachUnit_TakesTheWholeUnit(string written, string unit)
    {
        var token = NumberScanner.Scan("5" + written).Single();

        (token.Start, token.NumberEnd, token.End, token.Unit).Should().Be((0, 1, 1 + written.Length, unit));
        token.Number.Value.Should().Be(5m);
    }
}
