using HospitalDomain.Commendations;

namespace HospitalDomain.Tests.Commendations;

public sealed class CommendationRollTests
{
    [Fact]
    public void NullAward_Throws()
    {
        var act = () => new CommendationRoll("表彰决定", [new Commendation("先进集体", RecipientKind.Collective), null!]);

        act.Should().Throw<ArgumentException>().WithMessage("awards must not contain null.*").And.ParamName.Should().Be("awards");
    }

    [Theory]
    [InlineData(RecipientKind.Collective)]
    [InlineData(RecipientKind.Individual)]
    public void Counts_UpToTheLargestInt_AreAccepted(RecipientKind kind)
    {
        var roll = new CommendationRoll("表彰决定", [new Commendation("甲", kind, statedCount: int.MaxValue - 1), new Commendation("乙", kind, statedCount: 1)]);

        (kind == RecipientKind.Collective ? roll.CollectiveCount : roll.IndividualCount).Should().Be(int.MaxValue);
        (kind == RecipientKind.Collective ? roll.IndividualCount : roll.CollectiveCount).Should().Be(0);
    }

    [Theory]
    [InlineData(RecipientKind.Collective)]
    [InlineData(RecipientKind.Individual)]
    public void Counts_BeyondTheLargestInt_Throw_NamingTheKind(RecipientKind kind)
    {
        var act = () => new CommendationRoll("表彰决定", [new Commendation("甲", kind, statedCount: int.MaxValue), new Commendation("乙", kind, statedCount: 2)]);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"the awards count 2147483649 {kind} recipients, more than 2147483647 (表彰决定).*")
            .And.ParamName.Should().Be("awards");
    }

    [Fact]
    public void Counts_AddUpEveryAwardOfTheKind()
    {
        var roll = new CommendationRoll(
            "表彰决定",
            [
                new Commendation("先进集体", RecipientKind.Collective, statedCount: 20),
                new Commendation("优秀科室", RecipientKind.Collective, statedCount: 5),
                new Commendation("先进个人", RecipientKind.Individual, statedCount: 230),
                new Commendation("十佳医生", RecipientKind.Individual, statedCount: 10),
            ]);

        roll.CollectiveCount.Should().Be(25);
        roll.IndividualCount.Should().Be(240);
    }

    [Fact]
    public void ToSummary_NamesAnAwardWithoutANumberByItsTitle()
    {
        var roll = new CommendationRoll("关于表彰2023年度先进集体和先进个人的通报", [new Commendation("先进集体", RecipientKind.Collective, statedCount: 3), new Commendation("优秀共产党员", RecipientKind.Individual)]);

        roll.ToSummary().Should().Be("先进集体3个、优秀共产党员");
        roll.ToString().Should().Be("关于表彰2023年度先进集体和先进个人的通报: 先进集体3个、优秀共产党员");
    }

    [Fact]
    public void ToString_WithoutAwards_HasAnEmptySummary() =>
        new CommendationRoll("通报").ToString().Should().Be("通报: ");
}
