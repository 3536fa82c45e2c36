using HospitalDomain.Departments;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Departments;

public sealed class ClinicalSubjectCodeTests
{
    [Theory]
    [InlineData("03", 1, "03", "03")]
    [InlineData("03.04", 2, "03.04", "0304")]
    [InlineData("0304", 2, "03.04", "0304")]
    [InlineData("04.01.01", 3, "04.01.01", "040101")]
    [InlineData("040101", 3, "04.01.01", "040101")]
    public void Parse_DottedAndCompactForms(string text, int depth, string canonical, string compact)
    {
        var code = ClinicalSubjectCode.Parse(text);

        code.Depth.Should().Be(depth);
        code.ToString().Should().Be(canonical);
        code.ToCompactString().Should().Be(compact);
    }

    [Theory]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("03.")]
    [InlineData("03.4")]
    [InlineData("03.00")]
    [InlineData("03.04.05.06")]
    [InlineData("0304.01")]
    [InlineData("A03.04")]
    [InlineData("03-04")]
    public void Parse_Invalid_Throws(string text)
    {
        ClinicalSubjectCode.TryParse(text, out _).Should().BeFalse();
        var act = () => ClinicalSubjectCode.Parse(text);
        act.Should().Throw<FormatException>().WithMessage($"'{text}' is not a clinical subject code; expected two digits, optionally followed by .NN and .NN (03, 03.04, 04.01.01) or the same digits without dots (0304).");
    }

    [Fact]
    public void ParseAndTryParse_OfNull()
    {
        FluentActions.Invoking(() => ClinicalSubjectCode.Parse(null!)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("text");
        ClinicalSubjectCode.TryParse(null, out var code).Should().BeFalse();
        code.Should().Be(default(ClinicalSubjectCode));
    }

    [Theory]
    [InlineData("03", true)]
    [InlineData("03.04", false)]
    [InlineData("04.01.01", false)]
    public void IsTopLevel_OnlyForASubject(string text, bool topLevel) =>
        ClinicalSubjectCode.Parse(text).IsTopLevel.Should().Be(topLevel);

    [Theory]
    [InlineData("04")]
    [InlineData("04.01")]
    [InlineData("04.01.01")]
    public void IsWithin_ItselfIsTrue(string text) =>
        ClinicalSubjectCode.Parse(text).IsWithin(ClinicalSubjectCode.Parse(text)).Should().BeTrue();

    [Theory]
    [InlineData("04.01.02", "04.01.01", false)]
    [InlineData("04.01", "04.01.01", false)]
    [InlineData("04.02", "04.01", false)]
    [InlineData("05.01", "04", false)]
    [InlineData("04.01.01", "04.01", true)]
    public void IsWithin_ComparesTheDigitsOfTheOtherCodesDepth(string code, string other, bool within) =>
        ClinicalSubjectCode.Parse(code).IsWithin(ClinicalSubjectCode.Parse(other)).Should().Be(within);

    [Fact]
    public void CompareTo_AnObjectOfAnotherType_Throws()
    {
        IComparable code = ClinicalSubjectCode.Parse("03");

        FluentActions.Invoking(() => code.CompareTo("03")).Should().ThrowExactly<ArgumentException>()
            .WithMessage("Object must be a ClinicalSubjectCode. (Parameter 'obj')").And.ParamName.Should().Be("obj");
        code.CompareTo(null).Should().Be(1);
        code.CompareTo(ClinicalSubjectCode.Parse("03.01")).Should().BeNegative();
    }

    [Fact]
    public void Parent_AndIsWithin()
    {
        var item = ClinicalSubjectCode.Parse("04.01.01");

        item.Parent.Should().Be(ClinicalSubjectCode.Parse("04.01"));
        item.Parent!.Value.Parent.Should().Be(ClinicalSubjectCode.Parse("04"));
        ClinicalSubjectCode.Parse("04").Parent.Should().BeNull();
        item.IsWithin(ClinicalSubjectCode.Parse("04")).Should().BeTrue();
        item.IsWithin(ClinicalSubjectCode.Parse("04.01")).Should().BeTrue();
        item.IsWithin(ClinicalSubjectCode.Parse("04.02")).Should().BeFalse();
        ClinicalSubjectCode.Parse("04").IsWithin(item).Should().BeFalse();
    }

    [Fact]
    public void Ordering_ParentBeforeChildren() =>
        ContractAssert.Ordering(
            ClinicalSubjectCode.Parse("03"),
            ClinicalSubjectCode.Parse("03.01"),
            ClinicalSubjectCode.Parse("03.11"),
            ClinicalSubjectCode.Parse("04"),
            ClinicalSubjectCode.Parse("04.01"),
            ClinicalSubjectCode.Parse("04.01.01"),
            ClinicalSubjectCode.Parse("04.02"),
            ClinicalSubjectCode.Parse("50"));

    [Fact]
    public void Equality_IgnoresTheWrittenForm() =>
        ContractAssert.Equality(ClinicalSubjectCode.Parse("03.04"), ClinicalSubjectCode.Parse("0304"), ClinicalSubjectCode.Parse("03"), ClinicalSubjectCode.Parse("03.04.01"));

    [Fact]
    public void Json_IsTheDottedForm()
    {
        JsonAssert.RoundTrip(ClinicalSubjectCode.Parse("0304"), "\"03.04\"");
        JsonAssert.Invalid<ClinicalSubjectCode>("\"3.4\"", "$").Message.Should().StartWith("Invalid clinical subject code '3.4'");
    }
}
