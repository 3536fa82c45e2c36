using System.Text.Json;
using HospitalDomain.Assessments;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Assessments;

public sealed class CohortAssessmentTests
{
    private static readonly Assessment First = new("H0001", "综合-三级", 80, "A", 1, 2);
    private static readonly Assessment Second = new("H0002", "综合-三级", 60, "B", 2, 2);

    [Fact]
    public void Constructor_BlankSchemeId_IsRejected()
    {
        FluentActions.Invoking(() => new CohortAssessment(" "))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("schemeId must not be empty or white space.*")
            .And.ParamName.Should().Be("schemeId");
    }

    [Fact]
    public void Constructor_NullAssessment_IsRejected()
    {
        FluentActions.Invoking(() => new CohortAssessment("s", [First, null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("assessments must not contain null.*")
            .And.ParamName.Should().Be("assessments");
    }

    [Fact]
    public void Constructor_NullStatistics_AreRejected()
    {
        FluentActions.Invoking(() => new CohortAssessment("s", [First], [null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("statistics must not contain null.*")
            .And.ParamName.Should().Be("statistics");
    }

    [Fact]
    public void Constructor_TwoAssessmentsOfOneHospital_AreRejected()
    {
        FluentActions.Invoking(() => new CohortAssessment("s", [First, Second, new Assessment("H0001", "G", 1, "C", 1, 1)]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("assessments contains the hospital 'H0001' more than once.*")
            .And.ParamName.Should().Be("assessments");
    }

    [Fact]
    public void Indexer_FindsEachHospital_AndNamesOneThatIsMissing()
    {
        var cohort = new CohortAssessment("s", [First, Second]);

        cohort["H0001"].Should().BeSameAs(First);
        cohort["H0002"].Should().BeSameAs(Second);
        FluentActions.Invoking(() => cohort["H0003"]).Should().ThrowExactly<KeyNotFoundException>().WithMessage("'H0003' is not in the cohort.");
        FluentActions.Invoking(() => cohort[null!]).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("entity");
    }

    [Fact]
    public void TryGetAssessment_FindsAHospitalOrNot()
    {
        var cohort = new CohortAssessment("s", [First, Second]);

        cohort.TryGetAssessment("H0002", out var found).Should().BeTrue();
        found.Should().BeSameAs(Second);
        cohort.TryGetAssessment("h0002", out var missing).Should().BeFalse();
        missing.Should().BeNull();
        FluentActions.Invoking(() => cohort.TryGetAssessment(null!, out _)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("entity");
    }

    [Fact]
    public void Constructor_KeepsWhatItIsGiven()
    {
        var statistics = new IndicatorStatistics("level4SurgeryShare", "综合-三级", 2, median: 15);
        var cohort = new CohortAssessment("s", [First, Second], [statistics]);

        cohort.SchemeId.Should().Be("s");
        cohort.Assessments.Should().Equal(First, Second);
        cohort.Statistics.Should().Equal(statistics);
    }

    [Theory]
    [InlineData(0, "s: 0 hospitals")]
    [InlineData(2, "s: 2 hospitals")]
    public void ToString_IsTheSchemeAndTheNumberOfHospitals(int count, string expected) =>
        new CohortAssessment("s", new[] { First, Second }.Take(count)).ToString().Should().Be(expected);

    [Fact]
    public void Json_TwoAssessmentsOfOneHospital_AreInvalid()
    {
        const string Json = """{"schemeId":"s","assessments":[{"entity":"H0001","peerGroup":"G","total":1,"grade":"A","rank":1,"peerCount":1},{"entity":"H0001","peerGroup":"G","total":2,"grade":"A","rank":1,"peerCount":1}]}""";

        FluentActions.Invoking(() => JsonSerializer.Deserialize<CohortAssessment>(Json, JsonAssert.Options))
            .Should().ThrowExactly<JsonException>().WithMessage("Invalid CohortAssessment: assessments contains the hospital 'H0001' more than once.*");
    }
}
