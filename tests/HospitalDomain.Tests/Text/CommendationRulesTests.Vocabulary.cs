using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

// Each word of the commendation tables, one generated sentence each, in which that word decides the title or the kind.
public sealed partial class CommendationRulesTests
{
    // Every entry of CommendationRules.AwardVerbs: the title is what follows the verb. After the number, a
    // sentence without the verb gives the noun before it (科室) as the title; before the number (授予, 推荐),
    // the verb itself would stay in the title.
    [Theory]
    [InlineData("3个科室被评为先进集体。", "3个", "先进集体|Collective|3|False|3个科室@0")]
    [InlineData("3个科室获评为先进集体。", "3个", "先进集体|Collective|3|False|3个科室@0")]
    [InlineData("3个科室评为先进集体。", "3个", "先进集体|Collective|3|False|3个科室@0")]
    [InlineData("3个科室获评先进集体。", "3个", "先进集体|Collective|3|False|3个科室@0")]
    [InlineData("3个科室荣获先进集体称号。", "3个", "先进集体称号|Collective|3|False|3个科室@0")]
    [InlineData("3个科室被授予先进集体称号。", "3个", "先进集体称号|Collective|3|False|3个科室@0")]
    [InlineData("授予先进集体称号3个。", "3个", "先进集体称号|Collective|3|False|3个@8")]
    [InlineData("3个科室被推荐先进集体。", "3个", "先进集体|Collective|3|False|3个科室@0")]
    [InlineData("3个科室推荐为先进集体。", "3个", "先进集体|Collective|3|False|3个科室@0")]
    [InlineData("推荐先进集体3个。", "3个", "先进集体|Collective|3|False|3个@6")]
    public void Read_EachAwardVerb_LeavesTheTitleAfterIt(string text, string asWritten, string expected) =>
        Read(text, asWritten).Should().Be(expected);

    // Every entry of CommendationRules.IndividualWords: counted with 个, which is no person count, only the
    // word in the title makes the recipients individuals.
    [Theory]
    [InlineData("个人")]
    [InlineData("工作者")]
    [InlineData("同志")]
    [InlineData("职工")]
    [InlineData("党员")]
    [InlineData("医生")]
    [InlineData("护士")]
    [InlineData("干部")]
    [InlineData("员工")]
    [InlineData("积极分子")]
    public void Read_EachIndividualWordInTheTitle_CountsIndividuals(string word) =>
        Read("表彰5个优秀" + word + "。", "5个").Should().Be($"优秀{word}|Individual|5|False|5个优秀{word}@2");

    [Fact]
    public void Read_TitleWithoutAnIndividualWord_CountsCollectives() =>
        Read("表彰5个优秀科室。", "5个").Should().Be("优秀科室|Collective|5|False|5个优秀科室@2");
}
