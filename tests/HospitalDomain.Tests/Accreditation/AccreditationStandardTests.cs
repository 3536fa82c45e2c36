using System.Text.Json;
using HospitalDomain.Accreditation;
using HospitalDomain.Tests.TestHelpers;
using static HospitalDomain.Metrics.StandardMetrics;

namespace HospitalDomain.Tests.Accreditation;

[UseCulture("de-DE")]
public sealed class AccreditationStandardTests
{
    private static Criterion Beds(string id, string level, decimal minimum) => new(id, level, CriterionKind.Threshold, "beds", ProfileMeasure.OpenBeds, minimum: minimum);

    private static AccreditationStandard Standard(bool cumulative, params StandardArticle[] articles) =>
        new("s", "标准", "src", SourceStatus.Secondary, ["C", "B", "A"], cumulative, articles);

    /// <summary>C needs 10 beds, B 20, A 30, each in its own article.</summary>
    private static AccreditationStandard Graded(bool cumulative) => Standard(cumulative,
        new StandardArticle("1", "c", [Beds("c", "C", 10)]),
        new StandardArticle("2", "b", [Beds("b", "B", 20)]),
        new StandardArticle("3", "a", [Beds("a", "A", 30)]));

    private static HospitalProfile Profile(decimal beds) => new([new(OpenBeds, beds)]);

    [Fact]
    public void AllCriteria_AreInDocumentOrder_DepthFirst()
    {
        var standard = Standard(false,
            new StandardArticle("1", "one", [Beds("x1", "C", 1)], [new StandardArticle("1.1", "one.one", [Beds("x2", "C", 1), Beds("x3", "C", 1)], [new StandardArticle("1.1.1", "deep", [Beds("x4", "C", 1)])]), new StandardArticle("1.2", "one.two", [Beds("x5", "C", 1)])]),
            new StandardArticle("2", "two", [Beds("x6", "C", 1)]));

        standard.AllCriteria().Select(c => $"{c.ArticleNumber}:{c.Criterion.Id}").Should().Equal("1:x1", "1.1:x2", "1.1:x3", "1.1.1:x4", "1.2:x5", "2:x6");
        standard.Check(Profile(1)).Results.Select(r => r.ArticleNumber).Should().Equal("1", "1.1", "1.1", "1.1.1", "1.2", "2");
    }

    [Fact]
    public void Constructor_KeepsItsFields_AndPrintsIdAndTitle()
    {
        var standard = new AccreditationStandard("s", "标准", "src", SourceStatus.Unconfirmed, ["一级", "二级"], true);

        (standard.Id, standard.Title, standard.Source, standard.Status, standard.Cumulative).Should().Be(("s", "标准", "src", SourceStatus.Unconfirmed, true));
        standard.Levels.Should().Equal("一级", "二级");
        standard.Articles.Should().BeEmpty();
        standard.ToString().Should().Be("s: 标准");
    }

    [Theory]
    [InlineData(" ", "t", "s", "id")]
    [InlineData("i", " ", "s", "title")]
    [InlineData("i", "t", " ", "source")]
    public void Constructor_BlankText_IsRejectedNamingIt(string id, string title, string source, string parameter) =>
        FluentActions.Invoking(() => new AccreditationStandard(id, title, source, SourceStatus.Secondary, ["A"], false)).Should().ThrowExactly<ArgumentException>()
            .WithParameterName(parameter).WithMessage($"{parameter} must not be empty or white space.*");

    [Fact]
    public void Constructor_BadLevelsOrArticles_AreRejectedWithTheirMessages()
    {
        FluentActions.Invoking(() => new AccreditationStandard("s", "t", "src", (SourceStatus)9, ["A"], false)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("status");
        FluentActions.Invoking(() => new AccreditationStandard("s", "t", "src", SourceStatus.Secondary, [], false)).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("levels").WithMessage("levels must name at least one level.*");
        FluentActions.Invoking(() => new AccreditationStandard("s", "t", "src", SourceStatus.Secondary, ["A", " "], false)).Should().ThrowExactly<ArgumentException>().WithParameterName("levels");
        FluentActions.Invoking(() => new AccreditationStandard("s", "t", "src", SourceStatus.Secondary, ["A", "A"], false)).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("levels").WithMessage("levels contains the level 'A' more than once.*");
        FluentActions.Invoking(() => new AccreditationStandard("s", "t", "src", SourceStatus.Secondary, ["A"], false, [null!])).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("articles").WithMessage("articles must not contain null.*");
        FluentActions.Invoking(() => Standard(false, new StandardArticle("1", "t", [Beds("x", "C", 1)], [new StandardArticle("1.1", "t", [Beds("x", "B", 2)])]))).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("articles").WithMessage("articles contains the criterion id 'x' more than once.*");
        FluentActions.Invoking(() => Standard(false, new StandardArticle("1", "t", articles: [new StandardArticle("1.1", "t", [Beds("x", "D", 2)])]))).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("articles").WithMessage("criterion x has the level 'D', which is not one of C, B, A.*");
    }

    [Fact]
    public void CheckAndLoad_RejectNull()
    {
        FluentActions.Invoking(() => Graded(false).Check(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("profile");
        FluentActions.Invoking(() => AccreditationStandard.Load(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("json");
    }

    [Fact]
    public void Check_CarriesTheStandardsIdLevelsAndCumulation()
    {
        var result = Graded(true).Check(Profile(25));

        result.StandardId.Should().Be("s");
        result.Levels.Should().Equal("C", "B", "A");
        result.Cumulative.Should().BeTrue();
        result.Results.Select(r => r.Outcome).Should().Equal(CriterionOutcome.Met, CriterionOutcome.Met, CriterionOutcome.NotMet);
    }

    [Fact]
    public void Equality_ComparesTheFields()
    {
        ContractAssert.Equality(Graded(true), Graded(true), Graded(false), Standard(true, new StandardArticle("1", "c", [Beds("c", "C", 10)])));
        var standard = Graded(false);
        standard.Should().NotBe(new AccreditationStandard("s", "标准", "other", SourceStatus.Secondary, ["C", "B", "A"], false, standard.Articles));
        standard.Should().NotBe(new AccreditationStandard("s", "标准", "src", SourceStatus.Official, ["C", "B", "A"], false, standard.Articles));
    }

    [Fact]
    public void Load_InvalidJson_IsAJsonException()
    {
        FluentActions.Invoking(() => AccreditationStandard.Load("{")).Should().Throw<JsonException>();
        FluentActions.Invoking(() => AccreditationStandard.Load("""{"id":"s","title":"t","source":"s","status":"secondary","levels":[],"cumulative":false}""")).Should().ThrowExactly<JsonException>()
            .WithMessage("Invalid AccreditationStandard: levels must name at least one level.*");
    }

    [Theory]
    [InlineData(5, null, null)]
    [InlineData(10, "C", "C")]
    [InlineData(19, "C", "C")]
    [InlineData(20, "B", "B")]
    [InlineData(30, "A", "A")]
    public void HighestLevel_Cumulative_IsTheHighestWithEveryLevelBelowMet(int beds, string? cumulative, string? notCumulative)
    {
        Graded(true).Check(Profile(beds)).HighestLevel.Should().Be(cumulative);
        Graded(false).Check(Profile(beds)).HighestLevel.Should().Be(notCumulative);
    }

    [Fact]
    public void HighestLevel_NotCumulative_IgnoresTheLevelsBelow()
    {
        // A needs at most 15 beds, C at least 20: a profile of 10 beds meets A alone.
        var standard = Standard(false, new StandardArticle("1", "c", [Beds("c", "C", 20)]), new StandardArticle("2", "a", [new Criterion("a", "A", CriterionKind.Threshold, "beds", ProfileMeasure.OpenBeds, maximum: 15)]));

        standard.Check(Profile(10)).HighestLevel.Should().Be("A");
    }

    [Fact]
    public void Gaps_Cumulative_IncludeTheLevelsBelow_NotThoseAbove()
    {
        var result = Graded(true).Check(Profile(5));

        result.Gaps("C").Select(g => g.Criterion.Id).Should().Equal("c");
        result.Gaps("B").Select(g => g.Criterion.Id).Should().Equal("c", "b");
        result.Gaps("A").Select(g => g.Criterion.Id).Should().Equal("c", "b", "a");
        Graded(true).Check(Profile(20)).Gaps("B").Should().BeEmpty();
    }

    [Fact]
    public void Gaps_NotCumulative_AreTheLevelsOwn()
    {
        var result = Graded(false).Check(Profile(5));

        result.Gaps("B").Select(g => g.Criterion.Id).Should().Equal("b");
        result.Gaps("A").Select(g => g.Criterion.Id).Should().Equal("a");
    }

    [Fact]
    public void Gaps_UnknownLevel_IsRejectedListingTheLevels() =>
        FluentActions.Invoking(() => Graded(true).Check(Profile(5)).Gaps("AA")).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("level").WithMessage("level 'AA' is not one of C, B, A.*");

    [Theory]
    [InlineData(5, "s: no level attained")]
    [InlineData(20, "s: B")]
    public void Result_ToString_NamesTheHighestLevel(int beds, string text) =>
        Graded(true).Check(Profile(beds)).ToString().Should().Be(text);

    [Fact]
    public void Result_Constructor_RejectsBadInput()
    {
        FluentActions.Invoking(() => new AccreditationResult(" ", ["A"], false)).Should().ThrowExactly<ArgumentException>().WithParameterName("standardId");
        FluentActions.Invoking(() => new AccreditationResult("s", [" "], false)).Should().ThrowExactly<ArgumentException>().WithParameterName("levels");
        FluentActions.Invoking(() => new AccreditationResult("s", ["A"], false, [null!])).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("results").WithMessage("results must not contain null.*");
        new AccreditationResult("s", null, true).Levels.Should().BeEmpty();
    }

    [Fact]
    public void Result_Equality_ComparesTheFields()
    {
        var result = Graded(true).Check(Profile(25));

        ContractAssert.Equality(result, Graded(true).Check(Profile(25)), Graded(false).Check(Profile(25)), Graded(true).Check(Profile(26)), new AccreditationResult("t", result.Levels, true, result.Results));
    }

    [Fact]
    public void CriterionResult_KeepsItsFields_TrimsTheShortfall_AndPrints()
    {
        var criterion = Beds("c", "C", 10);
        var result = new CriterionResult("1.1", criterion, CriterionOutcome.NotMet, "beds 5, at least 10", 5, "  needs 5 more beds ", ["x"]);

        result.Shortfall.Should().Be("needs 5 more beds");
        result.Actual.Should().Be(5);
        result.MissingInputs.Should().Equal("x");
        result.ToString().Should().Be("1.1 C c: NotMet — beds 5, at least 10");
        new CriterionResult("1.1", criterion, CriterionOutcome.Met, "e", shortfall: " ").Shortfall.Should().BeNull();
        ContractAssert.Equality(result, new CriterionResult("1.1", criterion, CriterionOutcome.NotMet, "beds 5, at least 10", 5, "needs 5 more beds", ["x"]),
            new CriterionResult("1.2", criterion, CriterionOutcome.NotMet, "beds 5, at least 10", 5, "needs 5 more beds", ["x"]),
            new CriterionResult("1.1", criterion, CriterionOutcome.NotMet, "beds 5, at least 10", 6, "needs 5 more beds", ["x"]),
            new CriterionResult("1.1", criterion, CriterionOutcome.NotMet, "beds 5, at least 10", 5, "needs 6 more beds", ["x"]));
    }

    [Fact]
    public void CriterionResult_RejectsBadInput()
    {
        var criterion = Beds("c", "C", 10);

        FluentActions.Invoking(() => new CriterionResult(" ", criterion, CriterionOutcome.Met, "e")).Should().ThrowExactly<ArgumentException>().WithParameterName("articleNumber");
        FluentActions.Invoking(() => new CriterionResult("1", null!, CriterionOutcome.Met, "e")).Should().ThrowExactly<ArgumentNullException>().WithParameterName("criterion");
        FluentActions.Invoking(() => new CriterionResult("1", criterion, (CriterionOutcome)9, "e")).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("outcome");
        FluentActions.Invoking(() => new CriterionResult("1", criterion, CriterionOutcome.Met, " ")).Should().ThrowExactly<ArgumentException>().WithParameterName("explanation");
        FluentActions.Invoking(() => new CriterionResult("1", criterion, CriterionOutcome.Met, "e", missingInputs: [" "])).Should().ThrowExactly<ArgumentException>().WithParameterName("missingInputs");
    }

    [Fact]
    public void Shipped_Get_FindsEachById_AndNamesThemWhenUnknown()
    {
        foreach (var standard in AccreditationStandards.All)
        {
            AccreditationStandards.Get(standard.Id).Should().BeSameAs(standard);
        }

        AccreditationStandards.All.Should().HaveCount(3);
        AccreditationStandards.All[0].Should().BeSameAs(AccreditationStandards.BasicStandard1994General);
        AccreditationStandards.All[1].Should().BeSameAs(AccreditationStandards.TertiaryGeneralReview2011);
        AccreditationStandards.All[2].Should().BeSameAs(AccreditationStandards.TertiaryReview2022Departments);
        FluentActions.Invoking(() => AccreditationStandards.Get("x")).Should().ThrowExactly<KeyNotFoundException>()
            .WithMessage("'x' is not a shipped standard; expected one of basic-standard-1994-general, tertiary-general-review-2011, tertiary-review-2022-departments.");
    }
}
