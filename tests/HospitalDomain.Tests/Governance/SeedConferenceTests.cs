using System.Text.Json;
using HospitalDomain.Commendations;
using HospitalDomain.Departments;
using HospitalDomain.Governance;
using HospitalDomain.Samples;
using HospitalDomain.Tests.Cli;
using HospitalDomain.Tests.TestHelpers;
using NodaTime;

namespace HospitalDomain.Tests.Governance;

/// <summary>Each seed report built as a conference, with the key facts the report states.</summary>
public sealed class SeedConferenceTests
{
    [Fact]
    public void Seed000_TcmHospitalReview()
    {
        var c = SeedConferences.GuangyuanTcm2023;

        c.Date.Should().Be(new LocalDate(2024, 1, 31));
        c.Presider!.Name.Should().Be("周骥");
        c.Officials.Should().ContainSingle().Which.Post.Should().Be("广元市卫生健康委党组成员、副主任");
        c.Report!.AspectCount.Should().Be(7, "the report names seven aspects of work");
        var figures = c.Report.Aspects.SelectMany(a => a.Figures).ToDictionary(f => f.Label);
        figures["新立项科研"].Value?.Value.Should().Be(37);
        figures["发明获实用新型国家专利"].Value?.Value.Should().Be(13);
        c.Report.KeySpecialties.Should().Contain(new KeySpecialty("针灸科", KeySpecialtyProgramme.TcmKeySpecialty, KeySpecialtyLevel.National));
        c.Report.KeySpecialties.Where(k => k.Stage == KeySpecialtyStage.Shortlisted).Select(k => k.Title).Should().AllBe("国家中医优势专科（入围）");
        c.Commendations.Single().Awards.Should().OnlyContain(a => a.StatedCount == null, "the report gives no numbers");
        c.Commendations.Single().Awards[0].Forms.Should().Equal(AwardForm.Certificate, AwardForm.Plaque);
    }

    [Fact]
    public void Seed001_CountyGroup_20CollectivesAnd230Individuals()
    {
        var c = SeedConferences.Shouyang2023;
        var roll = c.Commendations.Single();

        roll.CollectiveCount.Should().Be(20);
        roll.IndividualCount.Should().Be(230);
        roll.ToSummary().Should().Be("先进集体20个、先进个人230名");
        c.Date.Should().BeNull("the report says only 近日");
        c.Plan!.TaskCount.Should().Be(9, "the report says 九项重点工作, the ninth being 关心爱护职工");
        c.Plan.Groups.Single().Tasks[^1].Should().StartWith("关心爱护职工");
        c.Plan.Targets.Should().ContainSingle().Which.Value?.Value.Should().Be(24);
        c.Agreements.Single().Kind.Should().Be(AgreementKind.PartyConduct);
        c.Agreements.Single().StatedSignatoryCount.Should().Be(8);
        c.Report!.KeySpecialties.Count(k => k.Level == KeySpecialtyLevel.Provincial).Should().Be(3);
        c.Report.KeySpecialties.Where(k => k.Level is null).Select(k => k.Name).Should().Equal("妇产中心", "胸痛中心", "卒中中心", "口腔中心", "重症医学科");
        c.Report.KeySpecialties.Single(k => k.Name == "重症医学科").Level.Should().BeNull("the report states no level");
    }

    [Fact]
    public void Seed002_SixAspectsSixteenTasks()
    {
        var c = SeedConferences.IntegratedMedicine2023;

        c.Date.Should().Be(new LocalDate(2024, 2, 1));
        c.Presider!.Name.Should().Be("陈旭坚");
        c.Report!.AspectCount.Should().Be(6);
        c.Plan!.GroupCount.Should().Be(6);
        c.Plan.TaskCount.Should().Be(16);
        c.Commendations.Should().HaveCount(3);
        c.Commendations[1].Title.Should().Be("关于表彰2023年度工会先进集体和优秀工会积极分子的通报");
    }

    [Fact]
    public void Seed003_TenureAgreementsSignedByAllHeads()
    {
        var c = SeedConferences.HebeiTcm2023;

        c.Date.Should().Be(new LocalDate(2023, 3, 30));
        c.Presider!.Name.Should().Be("支政");
        c.Agreements.Single().Kind.Should().Be(AgreementKind.TenureTargets);
        c.Agreements.Single().Signatories.Should().Equal("全体科主任", "全体护士长");
        c.Plan!.GroupCount.Should().Be(10, "the report's plan has 十个维度; the party secretary's three requirements are not the plan");
        c.Plan.Groups.Should().BeEmpty("the report does not name the ten");
        c.Report!.Year.Should().Be(2022);
        c.Report.AspectCount.Should().Be(7);
    }

    [Fact]
    public void Seed004_FiguresAndChangesAsTheReportPrintsThem()
    {
        var c = SeedConferences.XuzhouCentral2021;
        var figures = c.Report!.Aspects.SelectMany(a => a.Figures).ToDictionary(f => f.Label);

        c.Date.Should().Be(new LocalDate(2022, 1, 29));
        c.Presider!.Name.Should().Be("陆仁平");
        figures["门急诊量"].Value?.Value.Should().Be(2_607_200);
        figures["出院患者"].Value?.Value.Should().Be(159_500);
        figures["总手术量"].Value?.Value.Should().Be(95_700);
        figures["平均住院日"].Change!.ToString().Should().Be("较上年同期缩短0.5天");
        figures["总手术量"].Change!.ToString().Should().Be("较上年同期增加14781例次", "the change is in 例次, the total's unit");
        figures["四级手术占比"].Value?.Value.Should().Be(39.12m);
        figures["四级手术占比"].Change.Should().BeNull();
        figures.Values.Should().OnlyContain(f => !f.IsDerived && f.Value != null && f.Value.Value.Value != 37_438, "37438 is derived from 39.12% × 9.57万 and never printed");
        c.Agreements.Select(a => a.Kind).Should().Equal(AgreementKind.ComprehensiveTargets, AgreementKind.WorkSafety);
        c.Plan!.GroupCount.Should().Be(10, "the report's plan has 十个方面; the party secretary's eleven points are not the plan");
        c.Plan.Groups[7].Title.Should().Be("DRG支付改革");
    }

    [Fact]
    public void AllConferences_RoundTripThroughJson()
    {
        foreach (var conference in SeedConferences.All)
        {
            var json = JsonSerializer.Serialize(conference, JsonAssert.Options);
            JsonSerializer.Deserialize<WorkConference>(json, JsonAssert.Options).Should().Be(conference);
        }
    }

    [Fact]
    public void ConferenceCommand_PrintsAndWritesJson()
    {
        CliRunner.Run("conference", "--seed", "1").ShouldSucceed().Output.Should().Contain("先进集体20个、先进个人230名");
        var json = CliRunner.Run("conference", "--seed", "4", "--json").ShouldSucceed().Output;
        JsonSerializer.Deserialize<WorkConference>(json, JsonAssert.Options).Should().Be(SeedConferences.XuzhouCentral2021);
        CliRunner.Run("conference", "--seed", "9").ShouldFailWithOneLine().Should().Be("hospital: --seed must be a number from 0 to 4, was '9'");
    }

    [Theory]
    [InlineData("000", "周骥")]
    [InlineData("000", "七个方面")]
    [InlineData("001", "20个先进集体和230名先进个人")]
    [InlineData("001", "全面从严治党监督责任书")]
    [InlineData("002", "6个方面16个任务")]
    [InlineData("002", "关于表彰2023年度先进单位和先进个人的通报")]
    [InlineData("003", "2023年任期目标责任书")]
    [InlineData("004", "综合目标管理责任书")]
    [InlineData("004", "下降0.5天")]
    [InlineData("000", "新立项科研37项")]
    [InlineData("000", "13项发明获实用新型国家专利")]
    [InlineData("001", "九项重点工作")]
    [InlineData("001", "九是要关心爱护职工")]
    [InlineData("001", "妇产中心、胸痛中心、卒中中心、口腔中心、重症医学科等重点专科")]
    [InlineData("003", "从十个维度进一步明确了2023年的医疗工作任务")]
    [InlineData("004", "等十个方面")]
    [InlineData("004", "较上年同期增加14781例次")]
    public void TheFactsTheSamplesRepresent_AreInTheSeeds(string seed, string fact) =>
        SeedFiles.Read(seed).Should().Contain(fact);
}
