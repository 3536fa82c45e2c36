using HospitalDomain.Organizations;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Organizations;

public sealed class HospitalRatingTests
{
    [Fact]
    public void All_IsTheFourteenCodeList()
    {
        HospitalRating.All.Select(r => $"{r.Code} {r.ChineseName}").Should().Equal(
            "1 三级特等", "2 三级甲等", "3 三级乙等", "4 三级丙等", "5 二级甲等", "6 二级乙等", "7 二级丙等",
            "8 一级甲等", "9 一级乙等", "10 一级丙等", "11 一级未评", "12 二级未评", "13 三级未评", "14 未定级");
        HospitalRating.All.Select(r => r.Name).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("三级甲等", HospitalLevel.Tertiary, HospitalGrade.A)]
    [InlineData("三甲", HospitalLevel.Tertiary, HospitalGrade.A)]
    [InlineData("二乙", HospitalLevel.Secondary, HospitalGrade.B)]
    [InlineData("三级特等", HospitalLevel.Tertiary, HospitalGrade.Special)]
    [InlineData("一级未评", HospitalLevel.Primary, HospitalGrade.Unrated)]
    [InlineData("未定级", HospitalLevel.Unclassified, HospitalGrade.Unrated)]
    [InlineData("tertiaryGradeA", HospitalLevel.Tertiary, HospitalGrade.A)]
    public void Parse_ChineseShortAndJsonNames(string text, HospitalLevel level, HospitalGrade grade)
    {
        var rating = HospitalRating.Parse(text);

        rating.Level.Should().Be(level);
        rating.Grade.Should().Be(grade);
        rating.Should().Be(HospitalRating.Create(level, grade));
    }

    [Theory]
    [InlineData("三级")]
    [InlineData("三特")]
    [InlineData("四级甲等")]
    [InlineData("")]
    public void Parse_NotARating_Throws(string text)
    {
        var act = () => HospitalRating.Parse(text);
        act.Should().Throw<FormatException>()
            .WithMessage($"'{text}' is not a hospital rating; expected one of 三级特等, 三级甲等 … 一级未评, 未定级 (or 三甲, 二乙 …).");
    }

    [Fact]
    public void ParseAndTryParse_OfNull()
    {
        FluentActions.Invoking(() => HospitalRating.Parse(null!)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("text");
        HospitalRating.TryParse(null, out var rating).Should().BeFalse();
        rating.Should().Be(HospitalRating.Unclassified);
    }

    [Theory]
    [InlineData(HospitalLevel.Secondary, HospitalGrade.Special)]
    [InlineData(HospitalLevel.Unclassified, HospitalGrade.A)]
    public void Create_CombinationOutsideTheList_Throws(HospitalLevel level, HospitalGrade grade)
    {
        var act = () => HospitalRating.Create(level, grade);
        act.Should().Throw<ArgumentException>().WithMessage($"grade {grade} is not defined for level {level}; 特等 exists only at level 3, and 未定级 takes no grade. (Parameter 'grade')");
    }

    [Fact]
    public void Default_IsUnclassified()
    {
        default(HospitalRating).Should().Be(HospitalRating.Unclassified);
        default(HospitalRating).ChineseName.Should().Be("未定级");
        default(HospitalRating).Code.Should().Be(14);
    }

    [Fact]
    public void Equality() =>
        ContractAssert.Equality(HospitalRating.TertiaryGradeA, HospitalRating.Parse("三级甲等"), HospitalRating.TertiaryGradeB, HospitalRating.SecondaryGradeA, HospitalRating.Unclassified);

    [Fact]
    public void Json_IsTheCamelCaseName()
    {
        JsonAssert.RoundTrip(HospitalRating.TertiaryGradeA, "\"tertiaryGradeA\"");
        JsonAssert.RoundTrip(HospitalRating.Unclassified, "\"unclassified\"");
        JsonAssert.Invalid<HospitalRating>("\"grade9\"", "$").Message.Should().StartWith("Invalid hospital rating 'grade9'");
    }
}
