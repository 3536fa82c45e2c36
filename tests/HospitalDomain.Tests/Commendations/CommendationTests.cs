using HospitalDomain.Commendations;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Commendations;

public sealed class CommendationTests
{
    [Fact]
    public void Roll_TotalsAndSummary()
    {
        var roll = new CommendationRoll(
            "关于表彰2022年度先进集体和先进个人的决定",
            [
                new Commendation("先进集体", RecipientKind.Collective, statedCount: 20, forms: [AwardForm.Plaque]),
                new Commendation("先进个人", RecipientKind.Individual, recipients: [new CommendationRecipient("张三", "心血管内科", "科主任")], statedCount: 230, forms: [AwardForm.Certificate]),
                new Commendation("十佳医生", RecipientKind.Individual, recipients: [new CommendationRecipient("李四", "骨科")]),
            ],
            documentNumber: DocumentNumber.Parse("某医发〔2023〕5号"));

        roll.CollectiveCount.Should().Be(20);
        roll.IndividualCount.Should().Be(231);
        roll.ToSummary().Should().Be("先进集体20个、先进个人230名、十佳医生1名");
    }

    [Fact]
    public void Commendation_Validates()
    {
        var person = new CommendationRecipient("张三", "心血管内科", "科主任");
        FluentActions.Invoking(() => new Commendation("先进个人", RecipientKind.Individual, recipients: [person, new CommendationRecipient("张三", "心血管内科", "科主任")]))
            .Should().Throw<ArgumentException>().WithMessage("recipients contains the recipient '张三 (心血管内科, 科主任)' more than once.*");
        FluentActions.Invoking(() => new Commendation("先进个人", RecipientKind.Individual, recipients: [person], statedCount: 0))
            .Should().Throw<ArgumentException>().WithMessage("statedCount (0) must not be below the 1 recipients named (先进个人).*");
        FluentActions.Invoking(() => new Commendation("先进集体", RecipientKind.Collective, recipients: [person]))
            .Should().Throw<ArgumentException>().WithMessage("recipients of a collective award have no role (先进集体).*");
    }

    [Fact]
    public void EqualityAndJson()
    {
        var award = new Commendation("先进集体", RecipientKind.Collective, recipients: [new CommendationRecipient("急诊科")], statedCount: 20, forms: [AwardForm.Plaque, AwardForm.Certificate]);
        ContractAssert.Equality(award, new Commendation("先进集体", RecipientKind.Collective, recipients: [new CommendationRecipient("急诊科")], statedCount: 20, forms: [AwardForm.Plaque, AwardForm.Certificate]), new Commendation("先进集体", RecipientKind.Collective));
        JsonAssert.RoundTrip(
            new Commendation("A", RecipientKind.Collective, CommendationLevel.Municipal, [new CommendationRecipient("B")], 20, [AwardForm.Plaque]),
            """{"title":"A","recipientKind":"collective","level":"municipal","recipients":[{"name":"B"}],"statedCount":20,"forms":["plaque"]}""");
    }

    [Fact]
    public void Commendation_NullRecipient_Throws()
    {
        var act = () => new Commendation("先进个人", RecipientKind.Individual, recipients: [new CommendationRecipient("张三"), null!]);

        act.Should().Throw<ArgumentException>().WithMessage("recipients must not contain null.*").And.ParamName.Should().Be("recipients");
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData(" 市卫生健康委员会 ", "市卫生健康委员会")]
    [InlineData("市总工会", "市总工会")]
    public void Commendation_Issuer_IsTrimmed_AndBlankIsNone(string? issuer, string? expected)
    {
        var award = new Commendation("先进个人", RecipientKind.Individual, issuer: issuer);

        award.Issuer.Should().Be(expected);
    }

    [Theory]
    [InlineData("优秀共产党员", null, 0, "优秀共产党员 ×0")]
    [InlineData("先进个人", 230, 0, "先进个人 ×230")]
    [InlineData("十佳医生", null, 2, "十佳医生 ×2")]
    public void Commendation_ToString_GivesTitleAndCount(string title, int? statedCount, int named, string expected)
    {
        var recipients = Enumerable.Range(1, named).Select(i => new CommendationRecipient($"医生{i}"));

        new Commendation(title, RecipientKind.Individual, recipients: recipients, statedCount: statedCount).ToString().Should().Be(expected);
    }
}
