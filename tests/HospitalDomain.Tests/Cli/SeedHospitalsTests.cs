using HospitalDomain.Samples;
using HospitalDomain.Organizations;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Cli;

/// <summary>The embedded sample states what the seed reports state, and nothing they do not.</summary>
public sealed class SeedHospitalsTests
{
    [Fact]
    public void Sample_HasTheHospitalsAndTheCountyGroup()
    {
        SeedHospitals.All.Should().HaveCount(6);
        SeedHospitals.Shouyang.CountOf(MemberRole.PrimaryCareMember).Should().Be(24);
        SeedHospitals.Shouyang.Kind.Should().Be(MedicalGroupKind.CountyMedicalCommunity);
        SeedHospitals.GuangyuanTcm.Category.Should().Be(HospitalCategory.TraditionalChineseMedicine);
        SeedHospitals.XuzhouCentral.Designations.Should().Contain(new Designation("省级区域医疗中心", year: 2021));
        SeedHospitals.HebeiTcm.Affiliations.Should().ContainSingle().Which.Institution.Should().Be("河北中医学院");
    }

    [Fact]
    public void Sample_LeavesUnstatedFactsEmpty()
    {
        // Only Guangyuan's report states a grade (it passed its 三甲 re-review); none states a credit code.
        SeedHospitals.GuangyuanTcm.Rating.Should().Be(HospitalRating.TertiaryGradeA);
        SeedHospitals.All.Where(h => h != SeedHospitals.GuangyuanTcm).Should().OnlyContain(h => h.Rating == null);
        SeedHospitals.All.Should().OnlyContain(h => h.CreditCode == null);
    }

    [Theory]
    [InlineData("000", "广元市中医医院")]
    [InlineData("000", "国家中医住培基地")]
    [InlineData("000", "“三甲”医院复评")]
    [InlineData("000", "省级区域医疗中心")]
    [InlineData("001", "寿阳县医疗集团")]
    [InlineData("001", "平头镇中心卫生院")]
    [InlineData("001", "24所乡镇卫生院")]
    [InlineData("001", "全国县级医院五百强")]
    [InlineData("002", "中西医结合医院")]
    [InlineData("003", "河北省中医院")]
    [InlineData("003", "河北中医学院")]
    [InlineData("004", "徐州市中心医院")]
    [InlineData("004", "新城分院")]
    [InlineData("004", "康复新院")]
    public void EverySampleFact_IsInItsSeed(string seed, string fact) =>
        SeedFiles.Read(seed).Should().Contain(fact);
}
