using System.Text.Json;
using HospitalDomain.Organizations;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Organizations;

public sealed class HospitalCategoryTests
{
    [Fact]
    public void All_IsTheWholeWs218Table()
    {
        HospitalCategory.All.Should().HaveCount(182);
        HospitalCategory.All.Select(c => c.Code).Should().BeInAscendingOrder(StringComparer.Ordinal).And.OnlyHaveUniqueItems();
        HospitalCategory.All.Should().OnlyContain(c => c.Status == SourceStatus.Secondary);
        HospitalCategory.CatalogueSource.Should().Contain("WS 218-2002");
    }

    [Theory]
    [InlineData("A100", "综合医院", "General hospital")]
    [InlineData("A210", "中医（综合）医院", "Traditional Chinese medicine (general) hospital")]
    [InlineData("A300", "中西医结合医院", "Integrated Chinese and Western medicine hospital")]
    [InlineData("A223", "针灸医院", "Acupuncture hospital")]
    [InlineData("C210", "中心卫生院", "Central township health centre")]
    [InlineData("G100", "妇幼保健院", "Maternal and child health hospital")]
    public void Get_KnownCode(string code, string chinese, string english)
    {
        var category = HospitalCategory.Get(code);

        category.ChineseName.Should().Be(chinese);
        category.EnglishName.Should().Be(english);
        category.ToString().Should().Be($"{code} {chinese}");
    }

    [Fact]
    public void WellKnownCategories_AreFromTheTable()
    {
        HospitalCategory.General.Code.Should().Be("A100");
        HospitalCategory.TraditionalChineseMedicine.Code.Should().Be("A210");
        HospitalCategory.IntegratedMedicine.Code.Should().Be("A300");
        HospitalCategory.TownshipHealthCentre.Code.Should().Be("C220");
        HospitalCategory.General.IsHospital.Should().BeTrue();
        HospitalCategory.TownshipHealthCentre.IsHospital.Should().BeFalse();
        HospitalCategory.Get("J100").EnglishName.Should().BeNull();
    }

    [Fact]
    public void WellKnownCategories_HaveTheirDocumentedCodes()
    {
        HospitalCategory.TraditionalChineseMedicineSpecialty.Should().BeSameAs(HospitalCategory.Get("A220"));
        HospitalCategory.TraditionalChineseMedicineSpecialty.ToString().Should().Be("A220 中医专科医院");
        HospitalCategory.Children.Code.Should().Be("A519");
        HospitalCategory.Children.ChineseName.Should().Be("儿童医院");
        HospitalCategory.MaternalAndChildHealth.Code.Should().Be("G100");
        HospitalCategory.CommunityHealthServiceCentre.Code.Should().Be("B100");
        HospitalCategory.CommunityHealthServiceCentre.ChineseName.Should().Be("社区卫生服务中心");
        HospitalCategory.CentralTownshipHealthCentre.Code.Should().Be("C210");
    }

    [Theory]
    [InlineData("A100", true)]
    [InlineData("A539", true)]
    [InlineData("A600", false)]
    [InlineData("A710", false)]
    [InlineData("B100", false)]
    [InlineData("G100", false)]
    public void IsHospital_IsCodesA100ToA539(string code, bool isHospital) =>
        HospitalCategory.Get(code).IsHospital.Should().Be(isHospital);

    [Fact]
    public void IsHospital_OfACreatedCategory_FollowsTheCode()
    {
        HospitalCategory.Create("A599", "x").IsHospital.Should().BeTrue();
        HospitalCategory.Create("A600", "x").IsHospital.Should().BeFalse();
        HospitalCategory.Create("Z100", "x").IsHospital.Should().BeFalse();
    }

    [Fact]
    public void GetAndCreate_NullCode_ThrowArgumentNullException()
    {
        FluentActions.Invoking(() => HospitalCategory.Get(null!)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("code");
        FluentActions.Invoking(() => HospitalCategory.Create(null!, "x")).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("code");
    }

    [Fact]
    public void Get_UnknownCode_Throws()
    {
        var act = () => HospitalCategory.Get("A999");
        act.Should().Throw<KeyNotFoundException>().WithMessage("'A999' is not a WS 218-2002 category code.");
        HospitalCategory.TryGet(null, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("a100")]
    [InlineData("A10")]
    [InlineData("AA00")]
    public void Create_BadCode_Throws(string code)
    {
        var act = () => HospitalCategory.Create(code, "x");
        act.Should().Throw<ArgumentException>().WithMessage($"code must be an upper-case letter and three digits such as A100, was '{code}'. (Parameter 'code')");
    }

    [Fact]
    public void Equality() =>
        ContractAssert.Equality(
            HospitalCategory.General,
            HospitalCategory.Create("A100", "综合医院", "General hospital", SourceStatus.Secondary),
            HospitalCategory.Create("A100", "综合医院", "General hospital", SourceStatus.Official),
            HospitalCategory.TraditionalChineseMedicine);

    [Fact]
    public void Json_ShippedCategoryIsItsCode_OtherIsAnObject()
    {
        JsonAssert.RoundTrip(HospitalCategory.General, "\"A100\"");
        JsonAssert.RoundTrip(
            HospitalCategory.Create("A100", "综合医院（本地扩展）", null, SourceStatus.Unconfirmed),
            """{"code":"A100","chineseName":"\u7EFC\u5408\u533B\u9662\uFF08\u672C\u5730\u6269\u5C55\uFF09","status":"unconfirmed"}""");
    }

    [Theory]
    [InlineData("\"Z999\"", "Invalid hospital category 'Z999': not a WS 218-2002 code; write a category outside the table as an object.*")]
    [InlineData("""{"code":"A100","chineseName":"x"}""", "Missing required property 'status' for HospitalCategory.*")]
    [InlineData("""{"code":"A100","chineseName":"x","status":"maybe"}""", "*")]
    [InlineData("""{"code":"1","chineseName":"x","status":"official"}""", "Invalid HospitalCategory: code must be an upper-case letter and three digits such as A100, was '1'.*")]
    public void Json_Invalid(string json, string message)
    {
        var act = () => JsonSerializer.Deserialize<HospitalCategory>(json, JsonAssert.Options);
        act.Should().ThrowExactly<JsonException>().WithMessage(message);
    }
}
