using HospitalDomain.Indicators;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Indicators;

public sealed class DrgIndicesTests
{
    // Three groups worked by hand:
    //   FM19: n 100, RW 2.0, cost 30,000 vs 25,000 (k 1.2), stay 10 vs 8 (t 1.25), low risk? no
    //   GZ13: n 300, RW 0.5, cost  4,500 vs  5,000 (k 0.9), stay  4 vs 5 (t 0.8), low risk, 1 death
    //   ES31: n 100, RW 1.0, cost 10,000 vs 10,000 (k 1.0), stay  6 vs 6 (t 1.0), low risk, 0 deaths
    // total weight = 200 + 150 + 100 = 450; cases 500; CMI = 0.9
    // cost index = (120 + 270 + 100) / 500 = 0.98; time index = (125 + 240 + 100) / 500 = 0.93
    // low-risk mortality = 1 / 400 = 0.0025 (0.25%)
    private static readonly DrgGroupStatistics[] Groups =
    [
        new("FM19", 100, 2.0m, 30_000m, 10m, 25_000m, 8m, deaths: 4, riskLevel: DrgRiskLevel.High),
        new("GZ13", 300, 0.5m, 4_500m, 4m, 5_000m, 5m, deaths: 1, riskLevel: DrgRiskLevel.Low),
        new("ES31", 100, 1.0m, 10_000m, 6m, 10_000m, 6m, deaths: 0, riskLevel: DrgRiskLevel.Low),
    ];

    [Fact]
    public void Compute_MatchesHandComputation()
    {
        var indices = DrgIndices.Compute(Groups);

        indices.TotalWeight.Should().Be(450m);
        indices.Cases.Should().Be(500);
        indices.GroupCount.Should().Be(3);
        indices.CaseMixIndex.Value.Should().Be(0.9m);
        indices.CostEfficiencyIndex.Value.Should().Be(0.98m);
        indices.TimeEfficiencyIndex.Value.Should().Be(0.93m);
        indices.LowRiskMortality.Should().Be(Ratio.Of(1, 400));
        indices.LowRiskMortality!.Value.ToPercentString().Should().Be("0.25%");
        indices.ToString().Should().Be("CMI 0.9000, cost 0.98, time 0.93, 3 groups");
    }

    [Fact]
    public void Compute_OverALazySequence_ReadsItOnceAndAgreesWithTheArray()
    {
        var reads = 0;
        IEnumerable<DrgGroupStatistics> Lazy()
        {
            reads++;
            foreach (var group in Groups)
            {
                yield return group;
            }
        }

        DrgIndices.Compute(Lazy()).Should().Be(DrgIndices.Compute(Groups));
        reads.Should().Be(1);
    }

    [Fact]
    public void LowRiskMortality_IsUnknown_WhenALowRiskGroupWithCasesLacksItsDeaths()
    {
        // Two low-risk groups, 400 and 100 cases; only the first reports deaths (1). Leaving the second
        // out would report 1/400 as the hospital's low-risk mortality.
        DrgGroupStatistics[] groups =
        [
            new("A1", 400, 0.5m, 5000m, 5m, 5000m, 5m, deaths: 1, riskLevel: DrgRiskLevel.Low),
            new("A2", 100, 0.6m, 6000m, 6m, 6000m, 6m, riskLevel: DrgRiskLevel.Low),
        ];
        DrgIndices.Compute(groups).LowRiskMortality.Should().BeNull();

        // With the second group's deaths (0) reported, the rate covers both: 1/500.
        groups[1] = new("A2", 100, 0.6m, 6000m, 6m, 6000m, 6m, deaths: 0, riskLevel: DrgRiskLevel.Low);
        DrgIndices.Compute(groups).LowRiskMortality.Should().Be(Ratio.Of(1, 500));

        // A low-risk group without cases needs no deaths; no low-risk group at all gives no rate.
        groups[1] = new("A2", 0, 0.6m, 6000m, 6m, 6000m, 6m, riskLevel: DrgRiskLevel.Low);
        DrgIndices.Compute(groups).LowRiskMortality.Should().Be(Ratio.Of(1, 400));
        DrgIndices.Compute([new DrgGroupStatistics("B1", 10, 1m, 1m, 1m, 1m, 1m, deaths: 1)]).LowRiskMortality.Should().BeNull();
    }

    [Fact]
    public void Compute_NoCases_GivesNotComputableIndices()
    {
        var indices = DrgIndices.Compute([]);

        indices.CaseMixIndex.IsComputable.Should().BeFalse();
        indices.LowRiskMortality.Should().BeNull();
        indices.GroupCount.Should().Be(0);
    }

    [Fact]
    public void Validation_NamesTheGroup()
    {
        FluentActions.Invoking(() => DrgIndices.Compute([Groups[0], Groups[0]])).Should().Throw<ArgumentException>().WithMessage("groups contains the group 'FM19' more than once.*");
        FluentActions.Invoking(() => new DrgGroupStatistics("X1", 10, 1, 1, 1, 0, 1)).Should().Throw<ArgumentException>().WithMessage("benchmarkMeanCost must be positive, was 0 (group X1).*");
        FluentActions.Invoking(() => new DrgGroupStatistics("X1", 10, 1, 1, 1, 1, 1, deaths: 11)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("deaths must be from 0 to the cases (10), was 11 (group X1).*");
        FluentActions.Invoking(() => new DrgGroupStatistics("X1", -1, 1, 1, 1, 1, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("cases must be non-negative, was -1.*");
    }

    [Fact]
    public void Equality_AndJson()
    {
        ContractAssert.Equality(DrgIndices.Compute(Groups), DrgIndices.Compute(Groups), DrgIndices.Compute(Groups[..2]));
        var json = System.Text.Json.JsonSerializer.Serialize(DrgIndices.Compute(Groups), JsonAssert.Options);
        json.Should().Be("""{"totalWeight":450.0,"cases":500,"groupCount":3,"caseMixIndex":{"numerator":450.0,"denominator":500},"costEfficiencyIndex":{"numerator":490.0,"denominator":500},"timeEfficiencyIndex":{"numerator":465.00,"denominator":500},"lowRiskMortality":{"numerator":1,"denominator":400}}""");
        JsonAssert.RoundTrip(DrgIndices.Compute(Groups), json);
        JsonAssert.RoundTrip(Groups[1], """{"groupCode":"GZ13","cases":300,"relativeWeight":0.5,"meanCost":4500,"meanStay":4,"benchmarkMeanCost":5000,"benchmarkMeanStay":5,"deaths":1,"riskLevel":"low"}""");
    }

    [Fact]
    public void Compute_WeightsAddingUpBeyondDecimal_IsRejectedNamingTheGroup()
    {
        var groups = new[]
        {
            new DrgGroupStatistics("A1", long.MaxValue, decimal.MaxValue, 1, 1, 1, 1),
            new DrgGroupStatistics("A2", 1, 1, 1, 1, 1, 1),
        };

        FluentActions.Invoking(() => DrgIndices.Compute(groups)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("groups")
            .WithMessage("the cases, weights, cost or time of the groups add up beyond the range of their type at group A1.*");
        FluentActions.Invoking(() => DrgIndices.Compute([new DrgGroupStatistics("B1", long.MaxValue, 0, 0, 0, 1, 1), new DrgGroupStatistics("B2", 1, 0, 0, 0, 1, 1)]))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("*at group B2.*");
    }

    [Fact]
    public void GroupStatistics_KeepsItsFields_AndNamesItself()
    {
        var group = new DrgGroupStatistics(" FM19 ", 100, 2.0m, 30_000m, 10m, 25_000m, 8m, 100, DrgRiskLevel.High, " 冠状动脉搭桥 ");

        group.GroupCode.Should().Be("FM19");
        group.Cases.Should().Be(100);
        group.RelativeWeight.Should().Be(2.0m);
        group.MeanCost.Should().Be(30_000m);
        group.MeanStay.Should().Be(10m);
        group.BenchmarkMeanCost.Should().Be(25_000m);
        group.BenchmarkMeanStay.Should().Be(8m);
        group.Deaths.Should().Be(100, "all the cases may have died");
        group.RiskLevel.Should().Be(DrgRiskLevel.High);
        group.Name.Should().Be("冠状动脉搭桥");
        group.ToString().Should().Be("FM19: 100 cases, RW 2.0");
        new DrgGroupStatistics("A1", 0, 0, 0, 0, 1, 1, deaths: 0, name: " ").Name.Should().BeNull();
    }

    [Theory]
    [InlineData(-1, 1, 1, "relativeWeight must be non-negative, was -1. (Parameter 'relativeWeight')")]
    [InlineData(1, -1, 1, "meanCost must be non-negative, was -1. (Parameter 'meanCost')")]
    [InlineData(1, 1, -1, "meanStay must be non-negative, was -1. (Parameter 'meanStay')")]
    public void GroupStatistics_NegativeFigure_Throws(int relativeWeight, int meanCost, int meanStay, string message) =>
        FluentActions.Invoking(() => new DrgGroupStatistics("X1", 10, relativeWeight, meanCost, meanStay, 1, 1))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage(message);

    [Fact]
    public void GroupStatistics_BadBenchmarkDeathsOrRiskLevel_Throws()
    {
        FluentActions.Invoking(() => new DrgGroupStatistics("X1", 10, 1, 1, 1, 1, 0)).Should().ThrowExactly<ArgumentException>()
            .WithMessage("benchmarkMeanStay must be positive, was 0 (group X1). (Parameter 'benchmarkMeanStay')");
        FluentActions.Invoking(() => new DrgGroupStatistics("X1", 10, 1, 1, 1, -1, 1)).Should().ThrowExactly<ArgumentException>()
            .WithMessage("benchmarkMeanCost must be positive, was -1 (group X1). (Parameter 'benchmarkMeanCost')");
        FluentActions.Invoking(() => new DrgGroupStatistics("X1", 10, 1, 1, 1, 1, 1, deaths: -1)).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("deaths must be from 0 to the cases (10), was -1 (group X1). (Parameter 'deaths')");
        FluentActions.Invoking(() => new DrgGroupStatistics("X1", 10, 1, 1, 1, 1, 1, riskLevel: (DrgRiskLevel)9)).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("riskLevel");
        FluentActions.Invoking(() => new DrgGroupStatistics(" ", 10, 1, 1, 1, 1, 1)).Should().ThrowExactly<ArgumentException>()
            .WithMessage("groupCode must not be empty or white space. (Parameter 'groupCode')");
    }

    [Fact]
    public void Compute_NullGroupsOrANullGroup_Throws()
    {
        FluentActions.Invoking(() => DrgIndices.Compute(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("groups");
        FluentActions.Invoking(() => DrgIndices.Compute([Groups[0], null!])).Should().ThrowExactly<ArgumentException>()
            .WithMessage("groups must not contain null. (Parameter 'groups')");
    }

    [Fact]
    public void Compute_CountsOnlyTheGroupsWithCases()
    {
        var indices = DrgIndices.Compute([Groups[0], new DrgGroupStatistics("ZZ99", 0, 3m, 1m, 1m, 1m, 1m), Groups[2]]);

        indices.GroupCount.Should().Be(2);
        indices.Cases.Should().Be(200);
        indices.TotalWeight.Should().Be(300m);
        indices.ToString().Should().Be("CMI 1.5000, cost 1.10, time 1.13, 2 groups");
    }

    [Fact]
    public void Compute_CasesAddingUpExactlyToTheLargestCount_AreAccepted()
    {
        var indices = DrgIndices.Compute([new DrgGroupStatistics("B1", long.MaxValue - 1, 0, 0, 0, 1, 1), new DrgGroupStatistics("B2", 1, 0, 0, 0, 1, 1)]);

        indices.Cases.Should().Be(long.MaxValue);
    }

    [Fact]
    public void Compute_LowRiskMortality_CountsOnlyLowRiskGroups()
    {
        DrgGroupStatistics[] groups =
        [
            new("A1", 200, 0.5m, 5000m, 5m, 5000m, 5m, deaths: 2, riskLevel: DrgRiskLevel.Low),
            new("A2", 100, 0.6m, 6000m, 6m, 6000m, 6m, deaths: 50, riskLevel: DrgRiskLevel.MediumLow),
            new("A3", 100, 0.6m, 6000m, 6m, 6000m, 6m, riskLevel: DrgRiskLevel.MediumHigh),
        ];

        DrgIndices.Compute(groups).LowRiskMortality.Should().Be(Ratio.Of(2, 200));
    }

    [Theory]
    [InlineData("cost")]
    [InlineData("time")]
    public void Compute_CostOrTimeAloneAddingUpBeyondDecimal_IsRejectedNamingTheGroup(string which)
    {
        var big = new DrgGroupStatistics("C1", 2, 0, which == "cost" ? decimal.MaxValue : 1, which == "time" ? decimal.MaxValue : 1, 1, 1);

        FluentActions.Invoking(() => DrgIndices.Compute([Groups[0], big])).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("groups")
            .WithMessage("the cases, weights, cost or time of the groups add up beyond the range of their type at group C1.*");
    }
}
