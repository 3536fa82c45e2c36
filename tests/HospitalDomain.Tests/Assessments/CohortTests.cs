using HospitalDomain.Assessments;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;

namespace HospitalDomain.Tests.Assessments;

public sealed class CohortTests
{
    private static readonly IndicatorCalculator Indicators = new(AssessmentSchemeTests.Edition);

    // The level-4 share (entry 0) and the complication rate (entry 1); the rate is left out when not given.
    private static readonly int[] Entries = [0, 1];

    private static CohortMember Member(string entity, string group, decimal level4, decimal? complications = null)
    {
        var builder = MetricSet.CreateBuilder(MetricCatalogue.Standard, entity, ReportingPeriod.Year(2023)).Set("surgeries", 1000).Set("level4Surgeries", level4 * 10);
        if (complications is { } c)
        {
            builder.Set("surgicalPatientsForComplications", 1000).Set("surgicalComplications", c * 10);
        }

        return new CohortMember(entity, group, Indicators.Evaluate(builder.Build()));
    }

    [Fact]
    public void Of_KeepsTheMembersInEntityOrder_WithTheirValuesAsColumns()
    {
        var cohort = Cohort.Of([Member("C", "乙", 30, 3), Member("A", "甲", 10), Member("B", "乙", 20, 2)], AssessmentSchemeTests.Edition, Entries);

        cohort.Count.Should().Be(3);
        cohort.Entities.Should().Equal("A", "B", "C");
        cohort.PeerGroups.Should().Equal("甲", "乙", "乙");
        cohort.Groups.Select(g => g.Name).Should().Equal("乙", "甲");
        cohort.Groups[0].Members.Should().Equal(1, 2);
        cohort.Groups[1].Members.Should().Equal(0);
        cohort.LargestGroup.Should().Be(2);
        cohort.Values.Should().Equal(10m, 20m, 30m, 0m, 2m, 3m);
        cohort.Flags.Should().Equal(5, 5, 5, 0, 5, 5);
    }

    [Fact]
    public void Of_NoMembers_IsEmpty()
    {
        var cohort = Cohort.Of([], AssessmentSchemeTests.Edition, Entries);

        cohort.Count.Should().Be(0);
        cohort.Groups.Should().BeEmpty();
        cohort.LargestGroup.Should().Be(0);
    }

    [Fact]
    public void RankWithinPeerGroups_BestFirst_TiesShareTheBetterRank()
    {
        var cohort = Cohort.Of([Member("A", "G", 1), Member("B", "G", 1), Member("C", "G", 1), Member("D", "H", 1), Member("E", "G", 1)], AssessmentSchemeTests.Edition, Entries);

        var (ranks, peerCounts) = cohort.RankWithinPeerGroups([5m, 7m, 5m, 1m, 3m]);

        ranks.Should().Equal(2, 1, 2, 1, 4);
        peerCounts.Should().Equal(4, 4, 4, 1, 4);
    }
}
