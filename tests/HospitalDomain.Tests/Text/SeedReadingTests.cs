using HospitalDomain.Governance;
using HospitalDomain.Samples;
using HospitalDomain.Tests.TestHelpers;
using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

/// <summary>The reader over the five seed reports agrees with the conferences built by hand from them, figure by figure.</summary>
public sealed class SeedReadingTests
{
    public static TheoryData<string, int> Seeds => new() { { "000", 0 }, { "001", 1 }, { "002", 2 }, { "003", 3 }, { "004", 4 } };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Read_Seed_AgreesWithTheHandBuiltConference(string seed, int index)
    {
        var conference = SeedConferences.All[index];
        var reading = ReportReader.Read(SeedFiles.Read(seed)!);
        var handBuilt = (conference.Report?.Aspects.SelectMany(a => a.Figures) ?? []).Concat(conference.Plan?.Targets ?? []).Select(Key).OrderBy(k => k, StringComparer.Ordinal);
        var read = reading.Figures.Select(f => Key(f.Figure)).OrderBy(k => k, StringComparer.Ordinal);

        read.Should().Equal(handBuilt);
    }

    [Fact]
    public void Read_Seed004_AttachesTheCountChangeToTheTotalAndTheDaysToTheStay()
    {
        var reading = ReportReader.Read(SeedFiles.Read("004")!);
        var figures = reading.Figures.ToDictionary(f => f.Figure.Metric ?? f.Figure.Label);

        reading.Hospital.Should().Be("徐州市中心医院");
        reading.Year.Should().Be(2021);
        figures["surgeries"].Changes.Single().AsWritten.Should().Be("较上年同期增加14781例次");
        figures["level4SurgeryShare"].Changes.Should().BeEmpty();
        figures["averageLengthOfStay"].Figure.Change.Should().Be(new StatedChange(ChangeDirection.Down, 0.5m, "天", "较上年同期"));
        figures["outpatientEmergencyVisits"].Figure.Timing.Should().Be(FigureTiming.Annual);
    }

    [Fact]
    public void Read_Seed001_CountsTheCommendationsAndTheTarget()
    {
        var reading = ReportReader.Read(SeedFiles.Read("001")!);

        reading.Hospital.Should().Be("寿阳县医疗集团");
        reading.CollectiveCount.Should().Be(20);
        reading.IndividualCount.Should().Be(230);
        reading.Figures.Where(f => f.Figure.IsTarget).Should().ContainSingle().Which.AsWritten.Should().Be("24所");
        reading.KeySpecialties.Select(k => k.Name).Should().Contain(["妇产中心", "胸痛中心", "卒中中心", "口腔中心", "重症医学科", "肺病科", "骨伤科", "脑病科"]);
        reading.Rankings.Should().Contain(r => r.WithinTop && r.Position == 500);
    }

    [Fact]
    public void Read_Seed000_FindsTheYearTheRankingAndTheKeySpecialties()
    {
        var reading = ReportReader.Read(SeedFiles.Read("000")!);

        reading.Hospital.Should().Be("广元市中医医院");
        reading.Year.Should().Be(2023, "the report sums up 2023 at a meeting of 2024");
        reading.Rankings.Should().Contain(r => r.Scope == "全国" && r.Position == 81);
        reading.KeySpecialties.Select(k => k.Name).Should().Contain(["针灸科", "心病科", "肾病科", "康复科", "脾胃病科"]);
    }

    private static string Key(ReportedFigure figure) => $"{figure.Value}|{figure.Unit}|{figure.Change}";
}
