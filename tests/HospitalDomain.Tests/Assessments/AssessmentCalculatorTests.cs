using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HospitalDomain.Assessments;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Assessments;

public sealed partial class AssessmentCalculatorTests
{
    // A small edition: one higher-is-better indicator, one lower-is-better, one monitor-only, one qualitative.
    private static readonly IndicatorEdition Edition = new(
        "test", "测试", 2024, "tests", "tests", SourceStatus.Unconfirmed,
        [
            new IndicatorEntry("1", IndicatorEditions.NationalTertiary2020["level4SurgeryShare"].Definition, "医疗质量"),
            new IndicatorEntry("2", IndicatorEditions.NationalTertiary2020["surgicalComplicationRate"].Definition, "医疗质量"),
            new IndicatorEntry("3", IndicatorEditions.NationalTertiary2020["outpatientToDischargeRatio"].Definition, "运营效率"),
            new IndicatorEntry("4", IndicatorEditions.NationalTertiary2020["chiefAccountant"].Definition, "运营效率"),
        ]);

    private static readonly IndicatorCalculator Indicators = new(Edition);

    private static AssessmentScheme Scheme(GradeBandMode mode = GradeBandMode.Threshold, MissingDataRule missing = MissingDataRule.Renormalise, params GradeBand[] bands) => new(
        "s", "scheme", "test",
        [
            new IndicatorScoring("level4SurgeryShare", 10, ScoringMethod.PercentileRank),
            new IndicatorScoring("surgicalComplicationRate", 10, ScoringMethod.PercentileRank),
            new IndicatorScoring("outpatientToDischargeRatio", 5, ScoringMethod.PercentileRank),
            new IndicatorScoring("chiefAccountant", 5, ScoringMethod.Qualitative),
        ],
        bands.Length > 0 ? bands : [new GradeBand("A", 20), new GradeBand("B", 10), new GradeBand("C", 0)],
        mode,
        missing);

    /// <summary>A hospital whose level-4 share is <paramref name="level4"/>% and complication rate <paramref name="complications"/>%.</summary>
    private static CohortMember Member(string entity, decimal? level4, decimal? complications, string group = "G")
    {
        var builder = MetricSet.CreateBuilder(MetricCatalogue.Standard, entity, ReportingPeriod.Year(2023))
            .Set("surgeries", 1000).Set("surgicalPatientsForComplications", 1000).Set("outpatientVisits", 1000).Set("discharges", 100);
        if (level4 is { } l)
        {
            builder.Set("level4Surgeries", l * 10);
        }

        if (complications is { } c)
        {
            builder.Set("surgicalComplications", c * 10);
        }

        return new CohortMember(entity, group, Indicators.Evaluate(builder.Build()));
    }

    private static CohortAssessment Assess(IEnumerable<CohortMember> members, AssessmentScheme? scheme = null, IEnumerable<QualitativeAnswer>? answers = null, CohortAssessment? previous = null) =>
        new AssessmentCalculator(scheme ?? Scheme(), Edition).Assess(members, answers, previous);

    [Fact]
    public void PercentileRank_HandComputed_WithTies()
    {
        // Level-4 shares 10, 20, 20, 40: below + half the equal, over 4.
        // 10 → (0 + 0.5)/4 = 12.5; 20 → (1 + 1)/4 = 50; 40 → (3 + 0.5)/4 = 87.5.
        var result = Assess([Member("A", 10, 1), Member("B", 20, 1), Member("C", 20, 1), Member("D", 40, 1)]);

        result["A"].Points[0].PercentileRank.Should().Be(12.5m);
        result["B"].Points[0].PercentileRank.Should().Be(50m);
        result["C"].Points[0].PercentileRank.Should().Be(50m);
        result["D"].Points[0].PercentileRank.Should().Be(87.5m);
        result["D"].Points[0].Points.Should().Be(8.75m);

        // Ranks on the indicator, best first, ties sharing the better rank: 40 → 1, 20 and 20 → 2, 10 → 4.
        result.Assessments.OrderBy(a => a.Entity).Select(a => a.Points[0].Rank).Should().Equal(4, 2, 2, 1);
    }

    [Fact]
    public void LowerIsBetter_RanksInReverse()
    {
        // Complication rates 0.5, 1, 2: the lowest ranks highest: 0.5 → 100 − (0 + 0.5)/3 × 100 = 83.33…
        var result = Assess([Member("A", 10, 0.5m), Member("B", 10, 1), Member("C", 10, 2)]);

        // Percentile ranks are rounded half away from zero to six places; points are then exact.
        result["A"].Points[1].PercentileRank.Should().Be(83.333333m);
        result["B"].Points[1].PercentileRank.Should().Be(50m);
        result["C"].Points[1].PercentileRank.Should().Be(16.666667m);
        result["A"].Points[1].Points.Should().Be(8.3333333m);
        result["C"].Points[1].Points.Should().Be(1.6666667m);
        result.Assessments.OrderBy(a => a.Entity).Select(a => a.Points[1].Rank).Should().Equal(1, 2, 3);
    }

    [Fact]
    public void EmptyCohort_GivesAnEmptyAssessment_AndAnIndicatorNobodyReportsHasNoDistribution()
    {
        Assess([]).Assessments.Should().BeEmpty();

        var result = Assess([Member("A", null, 1), Member("B", null, 2)]);
        result.Statistics.Single(s => s.IndicatorCode == "level4SurgeryShare").Count.Should().Be(0);
        result.Assessments.Should().OnlyContain(a => a.Points[0].Missing && a.Points[0].Rank == null && a.Points[0].PercentileRank == null);
    }

    [Fact]
    public void CohortOfOne_AndAllEqual_RankAtTheMiddle()
    {
        Assess([Member("A", 30, 1)])["A"].Points[0].PercentileRank.Should().Be(50m);
        var equal = Assess([Member("A", 30, 1), Member("B", 30, 1), Member("C", 30, 1)]);
        equal.Assessments.Should().OnlyContain(a => a.Points[0].PercentileRank == 50m && a.Rank == 1);
    }

    [Fact]
    public void MonitorOnly_ScoresNothing_UnlessTheSchemeSaysSo()
    {
        var result = Assess([Member("A", 10, 1), Member("B", 20, 1)]);
        result["B"].Points[2].Weight.Should().Be(0m);
        result["B"].Points[2].Points.Should().Be(0m);
    }

    [Fact]
    public void Ranks_TiesShareARank_AndStatisticsUseType7Percentiles()
    {
        var result = Assess([Member("A", 10, 1), Member("B", 20, 1), Member("C", 20, 1), Member("D", 40, 1)]);

        result.Assessments.Select(a => (a.Entity, a.Rank)).Should().Equal(("D", 1), ("B", 2), ("C", 2), ("A", 4));
        var stats = result.Statistics.Single(s => s.IndicatorCode == "level4SurgeryShare");
        stats.Count.Should().Be(4);
        stats.Median.Should().Be(20m);           // position 1.5 between 20 and 20
        stats.LowerQuartile.Should().Be(17.5m);  // position 0.75: 10 + 0.75 × 10
        stats.UpperQuartile.Should().Be(25m);    // position 2.25: 20 + 0.25 × 20
        stats.Deciles.Should().HaveCount(11);
        stats.Deciles[0].Should().Be(10m);
        stats.Deciles[10].Should().Be(40m);
    }

    [Fact]
    public void MissingData_RenormaliseOrZero()
    {
        var members = new[] { Member("A", 40, null), Member("B", 10, 1) };
        var renormalised = Assess(members);
        var zero = Assess(members, Scheme(missing: MissingDataRule.Zero));

        // A: level-4 rank 75 → 7.5 of 10; complications missing; qualitative unanswered (missing too): 7.5 × 25/10 … scored weight 25 (monitor-only excluded), assessed 10.
        renormalised["A"].Total.Should().Be(18.75m);
        zero["A"].Total.Should().Be(7.5m);
        renormalised["A"].Points[1].Missing.Should().BeTrue();
    }

    [Fact]
    public void QualitativeAnswers_AreScored()
    {
        var result = Assess([Member("A", 10, 1)], answers: [new QualitativeAnswer("A", "chiefAccountant", 4)]);

        result["A"].Points[3].Points.Should().Be(4m);
    }

    [Theory]
    [InlineData("2", "12", "A")]
    [InlineData("1.99", "11.99", "B")]
    [InlineData("1", "11", "B")]
    [InlineData("0.99", "10.99", "C")]
    public void GradeBands_ByThreshold_AtTheirBoundaries(string answer, string total, string grade)
    {
        // A hospital alone ranks 50 on both percentile indicators: 5 + 5 = 10 points, plus the qualitative answer.
        var scheme = Scheme(GradeBandMode.Threshold, MissingDataRule.Zero, new GradeBand("A", 12), new GradeBand("B", 11), new GradeBand("C", 0));
        var result = Assess([Member("A", 10, 1)], scheme, [new QualitativeAnswer("A", "chiefAccountant", decimal.Parse(answer, System.Globalization.CultureInfo.InvariantCulture))]);

        result["A"].Total.Should().Be(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture));
        result["A"].Grade.Should().Be(grade);
    }

    [Fact]
    public void GradeBands_ByShare_AndTiesGetTheBetterGrade()
    {
        var scheme = Scheme(GradeBandMode.Share, bands: [new GradeBand("A", 25), new GradeBand("B", 50), new GradeBand("C", 25)]);
        var result = Assess([Member("A", 10, 5), Member("B", 20, 4), Member("C", 30, 3), Member("D", 40, 2), Member("E", 40, 2), Member("F", 5, 9), Member("G", 6, 8), Member("H", 7, 7)], scheme);

        // 8 hospitals: A takes 2, B 4, C 2. D and E tie at the top.
        result.Assessments.Select(a => a.Grade).Should().Equal("A", "A", "B", "B", "B", "B", "C", "C");
        var tied = Assess([Member("A", 10, 5), Member("B", 20, 4), Member("C", 30, 3), Member("D", 30, 3)], Scheme(GradeBandMode.Share, bands: [new GradeBand("A", 25), new GradeBand("B", 75)]));
        tied.Assessments.Take(2).Should().OnlyContain(a => a.Grade == "A", "C and D tie for first, so both take the better grade");
    }

    [Property(MaxTest = 50)]
    public Property SameCohort_SameResult_WhateverTheOrder() =>
        Prop.ForAll(Gen.ListOf(Gen.Choose(0, 100), 6).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (shares, shuffle) =>
        {
            var members = shares.Select((s, i) => Member($"H{i}", s, (i % 3) + 1, i % 2 == 0 ? "G1" : "G2")).ToList();
            var shuffled = members.OrderBy(m => (m.Entity.GetHashCode(StringComparison.Ordinal) ^ shuffle) & 0xFFFF).ThenBy(m => m.Entity, StringComparer.Ordinal).ToList();
            shuffled.Reverse();
            return Assess(members) == Assess(shuffled);
        });

    [Fact]
    public void Explanation_NamesTheIndicatorsThatMovedTheTotal()
    {
        var result = Assess([Member("A", 40, 2), Member("B", 10, 0.5m)]);

        // A: level-4 share ranks 75 → 7.5 of 10; complication rate 2 (worse) ranks 25 → 2.5 of 10; the qualitative item is
        // unanswered, so 10 points over 20 assessed of 25 renormalise to 12.5. B mirrors A, so they tie for first.
        // The unanswered item's weight is renormalised away, so it cost nothing.
        result["A"].Lifted.Should().Equal("level4SurgeryShare", "surgicalComplicationRate");
        result["A"].Cost.Should().Equal("surgicalComplicationRate", "level4SurgeryShare");
        result["A"].Explain().Should().Be("A: 12.5 points, grade B, rank 1 of 2; lifted by level4SurgeryShare +7.5, surgicalComplicationRate +2.5; cost by surgicalComplicationRate −7.5, level4SurgeryShare −2.5");

        // When missing data scores zero, the unanswered item cost its whole weight.
        var zero = Assess([Member("A", 40, 2), Member("B", 10, 0.5m)], Scheme(missing: MissingDataRule.Zero));
        zero["A"].Cost.Should().Equal("surgicalComplicationRate", "chiefAccountant", "level4SurgeryShare");
        zero["A"].Total.Should().Be(10m);
    }

    [Fact]
    public void PreviousAssessment_GivesTheChange()
    {
        var calculator = new AssessmentCalculator(Scheme(), Edition);
        var before = calculator.Assess([Member("A", 10, 2), Member("B", 40, 0.5m)]);
        var after = calculator.Assess([Member("A", 40, 0.5m), Member("B", 10, 2)], previous: before);

        after["A"].PreviousTotal.Should().Be(before["A"].Total);
        after["A"].Explain().Should().EndWith($"; +{after["A"].Total - before["A"].Total:0.##} on the previous assessment ({before["A"].Grade} → {after["A"].Grade})");
    }

    [Fact]
    public void Scheme_Validation_NamesTheProblem()
    {
        FluentActions.Invoking(() => new AssessmentCalculator(new AssessmentScheme("s", "t", "test", [new IndicatorScoring("nosuch", 1, ScoringMethod.PercentileRank)], [new GradeBand("A", 0)]), Edition))
            .Should().Throw<ArgumentException>().WithMessage("the scheme s scores 'nosuch', which is not an indicator of the edition test.*");
        FluentActions.Invoking(() => new IndicatorScoring("x", 0, ScoringMethod.PercentileRank)).Should().Throw<ArgumentException>().WithMessage("weight of x must be positive and at most 1000000, was 0.*");
        FluentActions.Invoking(() => new AssessmentScheme("s", "t", "test", [new IndicatorScoring("x", 1, ScoringMethod.PercentileRank)], [new GradeBand("A", 10), new GradeBand("B", 20)]))
            .Should().Throw<ArgumentException>().WithMessage("gradeBands must have falling minimum scores, but B (20) is not below A (10).*");
        FluentActions.Invoking(() => new AssessmentScheme("s", "t", "test", [new IndicatorScoring("x", 1, ScoringMethod.PercentileRank)], [new GradeBand("A", 60), new GradeBand("B", 50)], GradeBandMode.Share))
            .Should().Throw<ArgumentException>().WithMessage("gradeBands shares must not add up to more than 100%, was 110.*");
        FluentActions.Invoking(() => AssessmentScheme.Load("""{"id":"s","title":"t","editionId":"national-tertiary-2020","rules":[{"indicatorCode":"level4SurgeryShare","weight":1,"method":"qualitative"}],"gradeBands":[{"grade":"A","bound":0}]}"""))
            .Should().ThrowExactly<JsonException>().WithMessage("Invalid AssessmentScheme: the scheme s scores level4SurgeryShare (Ratio) with the method Qualitative*");
    }

    [Fact]
    public void IllustrativeScheme_IsMarkedAsSuch_AndRoundTrips()
    {
        var scheme = AssessmentSchemes.Illustrative2020;

        scheme.Illustrative.Should().BeTrue();
        scheme.Title.Should().Contain("非官方");
        scheme.Rules.Should().HaveCount(56);
        var json = JsonSerializer.Serialize(scheme, JsonAssert.Options);
        JsonAssert.RoundTrip(scheme, json);
        AssessmentScheme.Load(json).Should().Be(scheme);
    }

    [Fact]
    public void Assessments_RoundTripThroughJson()
    {
        var result = Assess([Member("A", 10, 1), Member("B", 20, 2)]);
        var json = JsonSerializer.Serialize(result, JsonAssert.Options);
        JsonSerializer.Deserialize<CohortAssessment>(json, JsonAssert.Options).Should().Be(result);
    }

    [Fact]
    public void PercentileRanks_WithZeroAndTies_AreOrderedExactly()
    {
        // Values 0, 1, 1, 5, 20 → (0 + ½)/5, (1 + 1)/5, (1 + 1)/5, (3 + ½)/5, (4 + ½)/5.
        var result = Assess([Member("A", 0, 1), Member("B", 1, 1), Member("C", 1, 1), Member("D", 5, 1), Member("E", 20, 1)]);

        result.Assessments.OrderBy(a => a.Entity).Select(a => a.Points[0].PercentileRank)
            .Should().Equal(10m, 40m, 40m, 70m, 90m);
    }

    [Fact]
    public void Totals_AreTheExactSumsOfTheDimensionTotals_AndThoseOfThePoints()
    {
        // Every hospital answered, so no total is renormalised.
        var result = Assess(
            [Member("A", 10, 0.5m), Member("B", 20, 1), Member("C", 35, 2), Member("D", 35, 0.7m), Member("E", 5, 3)],
            answers: new[] { "A", "B", "C", "D", "E" }.Select((e, i) => new QualitativeAnswer(e, "chiefAccountant", i + 0.5m)));

        foreach (var assessment in result.Assessments)
        {
            assessment.Dimensions.Sum(d => d.Points).Should().Be(assessment.Total, assessment.Entity);
            assessment.Points.Sum(p => p.Points).Should().Be(assessment.Total, assessment.Entity);
            foreach (var dimension in assessment.Dimensions)
            {
                assessment.Points.Where(p => p.Dimension == dimension.Dimension).Sum(p => p.Points).Should().Be(dimension.Points);
            }
        }
    }

    [Property(MaxTest = 100)]
    public Property FixedPointAndDecimalArithmetic_Agree_ForAnyCohortAndWeights() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Choose(-1, 60), 12).ToArbitrary(),
            Gen.ArrayOf(Gen.Choose(1, 4000), 4).ToArbitrary(),
            Gen.Elements(MissingDataRule.Renormalise, MissingDataRule.Zero).ToArbitrary(),
            (values, hundredths, missing) =>
            {
                // Twelve hospitals in two groups; −1 leaves the level-4 share missing; weights with two decimals.
                var members = values.Select((v, i) => Member($"H{i:00}", v < 0 ? null : v, (i % 5) + 0.5m, i % 2 == 0 ? "G1" : "G2")).ToList();
                var answers = members.Where((_, i) => i % 3 != 0).Select((m, i) => new QualitativeAnswer(m.Entity, "chiefAccountant", i % 4 * 1.25m));
                var scheme = new AssessmentScheme(
                    "p", "property", "test",
                    [
                        new IndicatorScoring("level4SurgeryShare", hundredths[0] / 100m, ScoringMethod.PercentileRank),
                        new IndicatorScoring("surgicalComplicationRate", hundredths[1] / 100m, ScoringMethod.PercentileRank),
                        new IndicatorScoring("outpatientToDischargeRatio", hundredths[2] / 100m, ScoringMethod.PercentileRank, scoreMonitorOnly: true),
                        new IndicatorScoring("chiefAccountant", hundredths[3] / 100m, ScoringMethod.Qualitative),
                    ],
                    [new GradeBand("A", 50), new GradeBand("B", 50)],
                    GradeBandMode.Share,
                    missing);

                var fixedPoint = new AssessmentCalculator(scheme, Edition).Assess(members, answers);
                var inDecimal = new AssessmentCalculator(scheme, Edition) { ForceDecimalArithmetic = true }.Assess(members, answers);
                return fixedPoint == inDecimal;
            });

    [Fact]
    public void PercentilesAndRanks_AgreeWithCountingByBruteForce_OverASyntheticProvince()
    {
        // 300 hospitals in three peer groups; growth indicators are negative for some, and some values are missing.
        var members = HospitalDomain.Samples.SyntheticProvince.Generate(300);
        var edition = IndicatorEditions.NationalTertiary2020;
        var result = new AssessmentCalculator(AssessmentSchemes.Illustrative2020, edition).Assess(members);
        var negative = 0;

        foreach (var member in members)
        {
            var assessment = result[member.Entity];
            var peers = members.Where(m => m.PeerGroup == member.PeerGroup).ToList();
            foreach (var points in assessment.Points)
            {
                var value = member.Evaluation[points.IndicatorCode].Value;
                if (value is not { } v)
                {
                    points.PercentileRank.Should().BeNull();
                    continue;
                }

                negative += v < 0 ? 1 : 0;
                var others = peers.Select(p => p.Evaluation[points.IndicatorCode].Value).OfType<decimal>().ToList();
                var lower = edition[points.IndicatorCode].Definition.Direction == IndicatorDirection.LowerIsBetter;
                var worse = others.Count(o => lower ? o > v : o < v);
                var better = others.Count(o => lower ? o < v : o > v);
                var equal = others.Count(o => o == v);
                var exact = (worse + (equal / 2m)) * 100m / others.Count;

                points.PercentileRank.Should().Be(Math.Round(exact, 6, MidpointRounding.AwayFromZero), $"{member.Entity} {points.IndicatorCode}");
                points.Rank.Should().Be(better + 1, $"{member.Entity} {points.IndicatorCode}");
            }
        }

        negative.Should().BePositive("the cohort exercises negative values");
    }

    [Fact]
    public void FixedPointAndDecimalArithmetic_GiveTheSameAssessment()
    {
        var members = HospitalDomain.Samples.SyntheticProvince.Generate(300);
        var scheme = AssessmentSchemes.Illustrative2020;
        var answers = members.Take(100).Select((m, i) => new QualitativeAnswer(m.Entity, "chiefAccountant", i % 3)).ToList();
        var edition = IndicatorEditions.NationalTertiary2020;

        var fixedPoint = new AssessmentCalculator(scheme, edition).Assess(members, answers);
        var inDecimal = new AssessmentCalculator(scheme, edition) { ForceDecimalArithmetic = true }.Assess(members, answers);

        inDecimal.Should().Be(fixedPoint);
        fixedPoint.Assessments.Select(a => a.Total).Should().Equal(inDecimal.Assessments.Select(a => a.Total));
    }

    [Fact]
    public void WeightsWithoutAnExactFixedPointForm_AreSummedInDecimal()
    {
        // A third of a point cannot be held in ten-billionths; the calculator falls back to decimal sums.
        var third = 1m / 3m;
        var scheme = new AssessmentScheme(
            "thirds", "scheme", "test",
            [
                new IndicatorScoring("level4SurgeryShare", third, ScoringMethod.PercentileRank),
                new IndicatorScoring("surgicalComplicationRate", third, ScoringMethod.PercentileRank),
            ],
            [new GradeBand("A", 0)]);

        var result = Assess([Member("A", 10, 1), Member("B", 20, 2)], scheme);

        // B: level-4 share at 75 (higher is better), complications at 25 (lower is better).
        result["B"].Points[0].Points.Should().Be(third / 100m * 75m);
        result["B"].Total.Should().Be((third / 100m * 75m) + (third / 100m * 25m));
    }

    [Fact]
    public void DefaultIndicatorPoints_IsHarmless()
    {
        var empty = default(IndicatorPoints);
        empty.IndicatorCode.Should().BeNull();
        empty.Points.Should().Be(0m);
        empty.IndicatorValue.Should().BeNull();
        empty.GetHashCode().Should().Be(default(IndicatorPoints).GetHashCode());
        empty.Should().Be(default(IndicatorPoints));
        empty.ToString().Should().Be(": 0/0");
    }

    [Fact]
    public void CohortAssessment_FindsHospitals_AndRejectsTwoAssessmentsOfOne()
    {
        var result = Assess([Member("A", 10, 1), Member("B", 20, 1)]);

        result["B"].Entity.Should().Be("B");
        result.TryGetAssessment("A", out var a).Should().BeTrue();
        a!.Entity.Should().Be("A");
        result.TryGetAssessment("Z", out _).Should().BeFalse();
        FluentActions.Invoking(() => result["Z"]).Should().Throw<KeyNotFoundException>().WithMessage("'Z' is not in the cohort.");

        FluentActions.Invoking(() => new CohortAssessment("s", [result["A"], result["A"]]))
            .Should().Throw<ArgumentException>().WithMessage("assessments contains the hospital 'A' more than once.*");
    }

    [Fact]
    public void DimensionWeights_ScaleEachIndicatorToItsShareOfTheDimension()
    {
        // 医疗质量 is worth 60: level-4 share (10) and complications (30) become 15 and 45. 运营效率 is worth 40:
        // the monitor-only outpatient ratio scores nothing and takes no share, so the qualitative item (5) becomes 40.
        var scheme = new AssessmentScheme(
            "d", "dimension weights", "test",
            [
                new IndicatorScoring("level4SurgeryShare", 10, ScoringMethod.PercentileRank),
                new IndicatorScoring("surgicalComplicationRate", 30, ScoringMethod.PercentileRank),
                new IndicatorScoring("outpatientToDischargeRatio", 5, ScoringMethod.PercentileRank),
                new IndicatorScoring("chiefAccountant", 5, ScoringMethod.Qualitative),
            ],
            [new GradeBand("A", 0)],
            dimensionWeights: [new DimensionWeight("医疗质量", 60), new DimensionWeight("运营效率", 40)]);

        var result = Assess([Member("A", 40, 2), Member("B", 10, 0.5m)], scheme, answers: [new QualitativeAnswer("A", "chiefAccountant", 2.5m), new QualitativeAnswer("B", "chiefAccountant", 5)]);

        result["A"].Points.Select(p => p.Weight).Should().Equal(15m, 45m, 0m, 40m);
        result["A"].Dimensions.Select(d => d.Weight).Should().Equal(60m, 40m);

        // A: level-4 share at 75 → 11.25 of 15; complications (worse) at 25 → 11.25 of 45; 2.5 of 5 answered → 20 of 40.
        result["A"].Points.Select(p => p.Points).Should().Equal(11.25m, 11.25m, 0m, 20m);
        result["A"].Total.Should().Be(42.5m);
        result["B"].Total.Should().Be(3.75m + 33.75m + 40m);
    }

    [Fact]
    public void DimensionWeights_ThatDoNotFitTheRules_AreRejectedNamingTheDimension()
    {
        IndicatorScoring[] rules = [new IndicatorScoring("level4SurgeryShare", 10, ScoringMethod.PercentileRank), new IndicatorScoring("outpatientToDischargeRatio", 5, ScoringMethod.PercentileRank)];
        AssessmentScheme With(params DimensionWeight[] weights) => new("d", "t", "test", rules, [new GradeBand("A", 0)], dimensionWeights: weights);

        FluentActions.Invoking(() => new AssessmentCalculator(With(new DimensionWeight("医疗质量", 60), new DimensionWeight("运营效率", 40), new DimensionWeight("满意度评价", 10)), Edition))
            .Should().Throw<ArgumentException>().WithMessage("the scheme d weighs the dimension '满意度评价', which none of its rules scores.*");
        FluentActions.Invoking(() => new AssessmentCalculator(With(new DimensionWeight("医疗质量", 60)), Edition))
            .Should().Throw<ArgumentException>().WithMessage("the scheme d weighs dimensions but not '运营效率', which outpatientToDischargeRatio counts towards.*");
        FluentActions.Invoking(() => new AssessmentCalculator(With(new DimensionWeight("医疗质量", 60), new DimensionWeight("运营效率", 40)), Edition))
            .Should().Throw<ArgumentException>().WithMessage("the scheme d gives the dimension '运营效率' 40 points, but none of its indicators is scored.*");
        FluentActions.Invoking(() => With(new DimensionWeight("医疗质量", 60), new DimensionWeight("医疗质量", 40)))
            .Should().Throw<ArgumentException>().WithMessage("*dimension '医疗质量' more than once*");
        FluentActions.Invoking(() => new DimensionWeight("医疗质量", 0))
            .Should().Throw<ArgumentException>().WithMessage("the weight of 医疗质量 must be positive and at most 1000000, was 0.*");
    }

    [Fact]
    public void IndicatorScoring_DecimalMaximumAsWeight_IsRejectedNamingTheLimit()
    {
        var act = () => new IndicatorScoring("level4SurgeryShare", decimal.MaxValue, ScoringMethod.PercentileRank);

        act.Should().Throw<ArgumentException>().WithParameterName("weight")
            .WithMessage("weight of level4SurgeryShare must be positive and at most 1000000, was 79228162514264337593543950335.*");
        FluentActions.Invoking(() => new DimensionWeight("医疗质量", 1_000_001m)).Should().Throw<ArgumentException>().WithParameterName("weight");
        new IndicatorScoring("level4SurgeryShare", 1_000_000m, ScoringMethod.PercentileRank).Weight.Should().Be(1_000_000m);
    }

    [Fact]
    public void Assess_ExtremeValuesAndFloors_ScoreWithoutOverflow()
    {
        var scheme = new AssessmentScheme("s", "scheme", "test",
            [
                new IndicatorScoring("level4SurgeryShare", 1_000_000m, ScoringMethod.Linear, floor: decimal.MinValue, target: decimal.MaxValue),
                new IndicatorScoring("surgicalComplicationRate", 1_000_000m, ScoringMethod.PercentileRank),
            ],
            [new GradeBand("A", 50), new GradeBand("B", 0)],
            GradeBandMode.Share);
        var members = new[] { Member("H1", 0, 0), Member("H2", 100, 100), Member("H3", 50, null) };

        var result = Assess(members, scheme);

        result["H1"].Points[0].Points.Should().Be(500_000m, "0 is half way from the decimal minimum to the maximum");
        result.Assessments.Should().OnlyContain(a => a.Total >= 0 && a.Total <= 2_000_000m);
    }

    [Fact]
    public void Assess_ValuesOfOppositeExtremes_DescribeTheirDistribution()
    {
        var scheme = new AssessmentScheme("s", "scheme", "test", [new IndicatorScoring("level4SurgeryShare", 10, ScoringMethod.PercentileRank)], [new GradeBand("A", 0)]);
        var edition = Edition;
        var members = new[] { decimal.MinValue, decimal.MaxValue }.Select((v, i) => new CohortMember($"H{i}", "G", new IndicatorEvaluation(edition, $"H{i}", ReportingPeriod.Year(2023),
            [.. edition.Entries.Select(e => e.Code == "level4SurgeryShare" ? IndicatorResult.Create(e, IndicatorStatus.Computed, v) : IndicatorResult.Create(e, IndicatorStatus.NotApplicable))])));

        var statistics = new AssessmentCalculator(scheme, edition).Assess(members).Statistics.Single();

        statistics.Median.Should().Be(0m);
        statistics.Deciles.Should().HaveCount(11).And.BeInAscendingOrder();
    }

    [Fact]
    public void Assess_MembersReadOnce_KeepsNoEvaluation()
    {
        var reads = 0;
        IEnumerable<CohortMember> Stream()
        {
            foreach (var member in new[] { Member("H1", 10, 1), Member("H2", 20, 2), Member("H3", 30, 3) })
            {
                reads++;
                yield return member;
            }
        }

        var result = Assess(Stream());

        reads.Should().Be(3, "the members are read once, one at a time");
        result["H3"].Points[0].IndicatorValue.Should().Be(30m, "the value is kept in the cohort's columns, not read from the member");
    }

    [Fact]
    public void Constructor_NullSchemeOrEdition_IsRejected()
    {
        FluentActions.Invoking(() => new AssessmentCalculator(null!, Edition)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("scheme");
        FluentActions.Invoking(() => new AssessmentCalculator(Scheme(), null!)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("edition");
    }

    [Fact]
    public void Constructor_KeepsTheSchemeAndTheEdition()
    {
        var scheme = Scheme();
        var calculator = new AssessmentCalculator(scheme, Edition);

        calculator.Scheme.Should().BeSameAs(scheme);
        calculator.Edition.Should().BeSameAs(Edition);
    }

    [Fact]
    public void Assess_NullMembers_IsRejected()
    {
        FluentActions.Invoking(() => Assess(null!)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("members");
    }

    [Fact]
    public void Assess_NullMember_IsRejected()
    {
        FluentActions.Invoking(() => Assess([Member("A", 10, 1), null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("members must not contain null.*")
            .And.ParamName.Should().Be("members");
    }

    [Fact]
    public void Assess_MemberEvaluatedWithAnotherEdition_IsRejectedNamingBoth()
    {
        var other = new IndicatorCalculator(IndicatorEditions.NationalTertiary2020)
            .Evaluate(MetricSet.CreateBuilder(MetricCatalogue.Standard, "B", ReportingPeriod.Year(2023)).Set("surgeries", 1000).Build());

        FluentActions.Invoking(() => Assess([Member("A", 10, 1), new CohortMember("B", "G", other)]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage($"B was evaluated with the edition {IndicatorEditions.NationalTertiary2020.Id}, not test.*")
            .And.ParamName.Should().Be("members");
    }

    [Fact]
    public void Assess_HospitalTwice_IsRejected()
    {
        FluentActions.Invoking(() => Assess([Member("A", 10, 1), Member("B", 10, 1), Member("A", 20, 1)]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("members contains the hospital 'A' more than once.*")
            .And.ParamName.Should().Be("members");
    }

    [Fact]
    public void Assess_TwoAnswersToOneQuestion_AreRejected()
    {
        FluentActions.Invoking(() => Assess([Member("A", 10, 1)], answers: [new QualitativeAnswer("A", "chiefAccountant", 1), new QualitativeAnswer("A", "chiefAccountant", 2)]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("answers give chiefAccountant of A more than once.*");
    }

    [Fact]
    public void Assess_OrdersTheAssessmentsByTotalThenByEntity()
    {
        var result = Assess([Member("D", 10, 1), Member("C", 30, 1), Member("B", 10, 1), Member("A", 10, 1)]);

        result.Assessments.Select(a => a.Entity).Should().Equal("C", "A", "B", "D");
        result.SchemeId.Should().Be("s");
    }

    [Fact]
    public void Assess_HospitalNotInThePreviousAssessment_HasNoPreviousTotal()
    {
        var before = Assess([Member("A", 10, 1), Member("B", 20, 1)]);

        var after = Assess([Member("A", 10, 1), Member("C", 20, 1)], previous: before);

        after["A"].PreviousTotal.Should().Be(before["A"].Total);
        after["A"].PreviousGrade.Should().Be(before["A"].Grade);
        after["C"].PreviousTotal.Should().BeNull();
        after["C"].PreviousGrade.Should().BeNull();
    }

    [Fact]
    public void Assess_QualitativeAnswerAboveTheWeight_IsCapped_AndAnUnansweredOneIsMissing()
    {
        var result = Assess([Member("A", 10, 1), Member("B", 10, 1)], answers: [new QualitativeAnswer("A", "chiefAccountant", 9)]);

        result["A"].Points[3].Points.Should().Be(5m);
        result["A"].Points[3].Missing.Should().BeFalse();
        result["B"].Points[3].Points.Should().Be(0m);
        result["B"].Points[3].Missing.Should().BeTrue();
    }

    [Fact]
    public void Assess_EverythingScoredMissing_TotalsZeroUnderRenormalisation()
    {
        var result = Assess([Member("A", null, null), Member("B", null, null)]);

        result.Assessments.Select(a => a.Total).Should().Equal(0m, 0m);
        result["A"].Points.Select(p => p.Missing).Should().Equal(true, true, false, true);
    }

    [Theory]
    [InlineData(MissingDataRule.Zero, new[] { "level4SurgeryShare", "chiefAccountant", "surgicalComplicationRate" })]
    [InlineData(MissingDataRule.Renormalise, new[] { "surgicalComplicationRate" })]
    public void Assess_MissingValues_CostTheirWeightOnlyWhenNotRenormalisedAway(MissingDataRule missing, string[] cost)
    {
        var result = Assess([Member("A", null, 1), Member("B", 10, 2)], Scheme(missing: missing));

        result["A"].Cost.Should().Equal(cost);
        result["A"].Lifted.Should().Equal("surgicalComplicationRate");
        result["B"].Lifted.Should().Equal("level4SurgeryShare", "surgicalComplicationRate");
    }
}

