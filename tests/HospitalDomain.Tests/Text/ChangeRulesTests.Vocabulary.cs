using HospitalDomain.Governance;
using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

// Each word of the change tables, one generated phrase each, in which that word alone decides the change
// and where its words start. The adverbs are pinned one by one by the other tests of this class.
public sealed partial class ChangeRulesTests
{
    // Every entry of ChangeRules.Verbs. The verb stands between a basis and the amount, so the change starts at
    // the basis only when the whole verb is matched: a shorter verb inside it (降 in 下降) starts it later, and a
    // verb that is missing leaves no change at all. The 了 forms are reached only when another filler (达)
    // stands after them, since a lone 了 is taken as the filler.
    [Theory]
    [InlineData("减增长", "", ChangeDirection.Ambiguous)]
    [InlineData("增长了", "达", ChangeDirection.Up)]
    [InlineData("增加了", "达", ChangeDirection.Up)]
    [InlineData("提高了", "达", ChangeDirection.Up)]
    [InlineData("下降了", "达", ChangeDirection.Down)]
    [InlineData("减少了", "达", ChangeDirection.Down)]
    [InlineData("增长", "", ChangeDirection.Up)]
    [InlineData("增加", "", ChangeDirection.Up)]
    [InlineData("上升", "", ChangeDirection.Up)]
    [InlineData("提高", "", ChangeDirection.Up)]
    [InlineData("提升", "", ChangeDirection.Up)]
    [InlineData("升高", "", ChangeDirection.Up)]
    [InlineData("增幅", "", ChangeDirection.Up)]
    [InlineData("升幅", "", ChangeDirection.Up)]
    [InlineData("下降", "", ChangeDirection.Down)]
    [InlineData("减少", "", ChangeDirection.Down)]
    [InlineData("降低", "", ChangeDirection.Down)]
    [InlineData("缩短", "", ChangeDirection.Down)]
    [InlineData("降幅", "", ChangeDirection.Down)]
    [InlineData("延长", "", ChangeDirection.Up)]
    [InlineData("增", "", ChangeDirection.Up)]
    [InlineData("升", "", ChangeDirection.Up)]
    [InlineData("减", "", ChangeDirection.Down)]
    [InlineData("降", "", ChangeDirection.Down)]
    public void Before_EachVerb_GivesItsDirectionAndReachesBackToTheBasis(string verb, string filler, ChangeDirection direction)
    {
        var text = "同比" + verb + filler + "9%";

        var found = Before(text);

        found.Should().NotBeNull();
        (found!.Start, found.AmountStart, found.End).Should().Be((0, 2 + verb.Length + filler.Length, text.Length));
        found.Change.Should().Be(new StatedChange(direction, 9m, "%", "同比"));
    }

    // Every entry of ChangeRules.Bases. The basis is taken whole: without it a shorter basis inside it (去年 in
    // 较去年) is taken and starts later, or none is and the change starts at the verb.
    [Theory]
    [InlineData("与上年同期相比")]
    [InlineData("与去年同期相比")]
    [InlineData("与上年同期比")]
    [InlineData("与去年同期比")]
    [InlineData("与上年相比")]
    [InlineData("与去年相比")]
    [InlineData("较上年同期")]
    [InlineData("较去年同期")]
    [InlineData("比上年同期")]
    [InlineData("比去年同期")]
    [InlineData("较上一年")]
    [InlineData("较上年")]
    [InlineData("较去年")]
    [InlineData("比上年")]
    [InlineData("比去年")]
    [InlineData("同比")]
    [InlineData("环比")]
    [InlineData("去年")]
    public void Before_EachBasis_IsTakenWholeAndStartsTheChange(string basis)
    {
        var text = basis + "增长9%";

        var found = Before(text);

        found.Should().NotBeNull();
        (found!.Start, found.AmountStart, found.End).Should().Be((0, basis.Length + 2, text.Length));
        found.Change.Should().Be(new StatedChange(ChangeDirection.Up, 9m, "%", basis));
    }
}
