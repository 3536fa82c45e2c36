using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

public sealed class TextLayoutTests
{
    [Theory]
    [InlineData('。', true, true)]
    [InlineData('；', true, true)]
    [InlineData(';', true, true)]
    [InlineData('！', true, true)]
    [InlineData('!', true, true)]
    [InlineData('？', true, true)]
    [InlineData('?', true, true)]
    [InlineData('\n', true, true)]
    [InlineData('\r', true, true)]
    [InlineData('，', false, true)]
    [InlineData(',', false, true)]
    [InlineData('：', false, true)]
    [InlineData(':', false, true)]
    [InlineData('、', false, true)]
    [InlineData('（', false, true)]
    [InlineData('(', false, true)]
    [InlineData('）', false, true)]
    [InlineData(')', false, true)]
    [InlineData('“', false, true)]
    [InlineData('”', false, true)]
    [InlineData('"', false, true)]
    [InlineData('《', false, false)]
    [InlineData(' ', false, false)]
    [InlineData('院', false, false)]
    public void Breaks_Character_IsASentenceOrClauseBreak(char c, bool sentence, bool clause)
    {
        TextLayout.IsSentenceBreak(c).Should().Be(sentence);
        TextLayout.IsClauseBreak(c).Should().Be(clause);
    }

    [Theory]
    [InlineData('\u4E00', true)]
    [InlineData('\u9FFF', true)]
    [InlineData('院', true)]
    [InlineData('\u4DFF', false)]
    [InlineData('\uA000', false)]
    [InlineData('a', false)]
    public void IsHan_Character_IsACjkIdeograph(char c, bool expected) =>
        TextLayout.IsHan(c).Should().Be(expected);

    [Theory]
    [InlineData(0, 0, 3, 0, 3)]
    [InlineData(2, 0, 3, 0, 3)]
    [InlineData(3, 0, 3, 0, 3)]
    [InlineData(4, 4, 8, 4, 6)]
    [InlineData(5, 4, 8, 4, 6)]
    [InlineData(7, 4, 8, 7, 8)]
    [InlineData(8, 4, 8, 7, 8)]
    [InlineData(20, 4, 20, 7, 20)]
    public void StartsAndEnds_Position_FindTheSentenceAndClause(int position, int sentenceStart, int sentenceEnd, int clauseStart, int clauseEnd)
    {
        // 第0 一1 句2 。3 第4 二5 ，6 三7
        var layout = new TextLayout("第一句。第二，三");

        layout.SentenceStart(position).Should().Be(sentenceStart);
        layout.SentenceEnd(position).Should().Be(sentenceEnd);
        layout.ClauseStart(position).Should().Be(clauseStart);
        layout.ClauseEnd(position).Should().Be(clauseEnd);
    }

    [Theory]
    [InlineData("医院通过“三甲”复评", 5, 12, true)]
    [InlineData("医院通过“三甲”复评", 6, 12, true)]
    [InlineData("医院通过“三甲”复评", 4, 12, false)]
    [InlineData("医院通过“三甲”复评", 8, 12, false)]
    [InlineData("医院通过“三甲复评", 5, 12, false)]
    [InlineData("刊登于《健康报》", 4, 12, true)]
    [InlineData("称为「十佳」医生", 3, 12, true)]
    [InlineData("称为\"十佳\"医生", 3, 12, true)]
    [InlineData("“一二三”", 3, 3, true)]
    [InlineData("“三甲”", 0, 12, false)]
    [InlineData("医院“三甲”", 2, 12, false)]
    [InlineData("“一二三”", 3, 2, false)]
    [InlineData("“一二三”", 1, 2, false)]
    [InlineData("“一二三四五六七八九十百千”", 1, 12, true)]
    [InlineData("“一二三四五六七八九十百千万”", 1, 12, false)]
    [InlineData("“一。二”", 3, 12, false)]
    [InlineData("“一；二”", 3, 12, false)]
    [InlineData("“一\n二”", 3, 12, false)]
    [InlineData("“一”二”", 3, 12, false)]
    public void InShortQuotation_Position_IsInsideAShortQuotation(string text, int position, int maxLength, bool expected) =>
        new TextLayout(text).InShortQuotation(position, maxLength).Should().Be(expected);

    [Fact]
    public void InShortQuotation_DefaultLength_IsTwelve()
    {
        new TextLayout("“一二三四五六七八九十百千”").InShortQuotation(1).Should().BeTrue();
        new TextLayout("“一二三四五六七八九十百千万”").InShortQuotation(1).Should().BeFalse();
    }

    [Theory]
    [InlineData(0, true, false)]
    [InlineData(1, false, true)]
    [InlineData(2, true, false)]
    [InlineData(4, true, false)]
    [InlineData(5, false, true)]
    [InlineData(7, true, true)]
    public void AtLineStartAndEnd_Position_SkipWhiteSpaceToABreak(int position, bool atStart, bool atEnd)
    {
        // 甲0 \n1 ' '2 ' '3 乙4 ' '5 \r6
        var layout = new TextLayout("甲\n  乙 \r");

        layout.AtLineStart(position).Should().Be(atStart);
        layout.AtLineEnd(position).Should().Be(atEnd);
    }

    [Fact]
    public void AtLineStartAndEnd_NoBreakNorText_AreTrueAtTheEdges()
    {
        var layout = new TextLayout("  甲  ");

        layout.AtLineStart(2).Should().BeTrue();
        layout.AtLineEnd(3).Should().BeTrue();
        layout.AtLineStart(3).Should().BeFalse();
        layout.AtLineEnd(2).Should().BeFalse();
    }

    [Theory]
    [InlineData(0, "同比", true)]
    [InlineData(1, "比增", true)]
    [InlineData(1, "同比", false)]
    [InlineData(4, "", true)]
    [InlineData(3, "长", true)]
    [InlineData(-1, "", false)]
    [InlineData(5, "", false)]
    public void StartsWithAt_PositionAndWord_AreCheckedWithinTheText(int position, string word, bool expected) =>
        new TextLayout("同比增长").StartsWithAt(position, word).Should().Be(expected);

    [Theory]
    [InlineData(2, "同比", true)]
    [InlineData(4, "增长", true)]
    [InlineData(4, "同比增长", true)]
    [InlineData(1, "同比", false)]
    [InlineData(3, "同比", false)]
    [InlineData(0, "", true)]
    [InlineData(5, "", false)]
    public void EndsWithAt_EndAndWord_AreCheckedWithinTheText(int end, string word, bool expected) =>
        new TextLayout("同比增长").EndsWithAt(end, word).Should().Be(expected);

    [Fact]
    public void WordAt_Words_GiveTheFirstThatStartsThere()
    {
        var layout = new TextLayout("同比增长");

        layout.WordAt(0, ["比", "同比增", "同比"]).Should().Be("同比增");
        layout.WordAt(1, ["同比", "比"]).Should().Be("比");
        layout.WordAt(2, ["同比", "比"]).Should().BeNull();
    }

    [Theory]
    [InlineData(0, 2, "同比")]
    [InlineData(2, 2, "")]
    [InlineData(3, 2, "")]
    [InlineData(-3, 1, "同")]
    [InlineData(2, 9, "增长")]
    public void Slice_Range_IsClampedToTheText(int start, int end, string expected) =>
        new TextLayout("同比增长").Slice(start, end).Should().Be(expected);

    [Fact]
    public void Text_IsTheTextGiven() =>
        new TextLayout("同比增长").Text.Should().Be("同比增长");
}
