using HospitalDomain.Assessments;

namespace HospitalDomain.Tests.Assessments;

public sealed class TopThreeTests
{
    private static readonly string[] Codes = ["d", "b", "c", "a", "e"];

    [Fact]
    public void Offer_KeepsTheThreeLargestKeys_LargestFirst()
    {
        var top = new TopThree<decimal>();
        top.Offer(1, 0, Codes);
        top.Offer(5, 1, Codes);
        top.Offer(3, 2, Codes);
        top.Offer(4, 3, Codes);
        top.Offer(2, 4, Codes);

        top.Codes(Codes).Should().Equal("b", "a", "c");
    }

    [Fact]
    public void Offer_FewerThanThree_GivesThemAll()
    {
        var top = new TopThree<long>();
        top.Offer(1, 0, Codes);
        top.Offer(2, 1, Codes);

        top.Codes(Codes).Should().Equal("b", "d");
    }

    [Fact]
    public void Offer_EqualKeys_OrderByCode_EvenAgainstTheThirdWhenFull()
    {
        var top = new TopThree<decimal>();
        top.Offer(2, 4, Codes);
        top.Offer(2, 0, Codes);
        top.Offer(2, 2, Codes);
        top.Offer(2, 1, Codes);
        top.Offer(1, 3, Codes);

        top.Codes(Codes).Should().Equal("b", "c", "d");
    }

    [Fact]
    public void Clear_ForgetsEverything()
    {
        var top = new TopThree<decimal>();
        top.Offer(9, 0, Codes);
        top.Offer(8, 1, Codes);
        top.Clear();
        top.Offer(1, 2, Codes);

        top.Codes(Codes).Should().Equal("c");
    }
}
