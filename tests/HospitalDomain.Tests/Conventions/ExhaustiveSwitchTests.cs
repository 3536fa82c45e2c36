using System.Reflection;
using System.Text.RegularExpressions;
using HospitalDomain.Accreditation;
using HospitalDomain.Assessments;
using HospitalDomain.Departments;
using HospitalDomain.Governance;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Organizations;
using HospitalDomain.Tests.TestHelpers;
using NodaTime;

namespace HospitalDomain.Tests.Conventions;

/// <summary>
/// Every switch over an enumeration handles each of its members: each test runs every member
/// through one switch, so that a member added without its case fails here instead of falling into
/// a branch meant for another (the switches end in <c>_ => throw Preconditions.Unhandled(…)</c>).
/// No value that is no member at all reaches those switches from public input: every public
/// constructor and method that takes an enumeration rejects such a value where it is given.
/// </summary>
public sealed class ExhaustiveSwitchTests
{
    private static readonly ClinicalSubjectCode Surgery = ClinicalSubjectCode.Parse("04");

    /// <summary>A profile that states every figure, with one department (surgery) that states every resource.</summary>
    private static readonly HospitalProfile FullProfile = new(
        [
            new(StandardMetrics.ApprovedBeds, 600), new(StandardMetrics.OpenBeds, 500), new(StandardMetrics.HealthTechnicians, 700),
            new(StandardMetrics.Physicians, 200), new(StandardMetrics.RegisteredNurses, 350), new(StandardMetrics.WardNurses, 250),
            new(StandardMetrics.Pharmacists, 30), new(StandardMetrics.EngineeringTechnicians, 10), new(StandardMetrics.ClinicalDietitians, 2),
            new(StandardMetrics.BuildingArea, 40_000), new(StandardMetrics.WardNetArea, 3_000), new(StandardMetrics.OutpatientArea, 8_000),
            new(StandardMetrics.AverageDailyOutpatientVisits, 1_500), new(StandardMetrics.YearsAtCurrentGrade, 4),
            new(StandardMetrics.DischargedPatientBedDays, 80_000), new(StandardMetrics.Discharges, 10_000),
            new(StandardMetrics.OccupiedBedDays, 164_250), new(StandardMetrics.OpenBedDays, 182_500),
            new(StandardMetrics.SeniorDepartmentHeadShare, 60), new(StandardMetrics.CollegeNurseShare, 70),
        ],
        departments: [new DepartmentResources("外科", [Surgery], beds: 100, physicians: 30, nurses: 40, therapists: 5)],
        answers: [new EvidenceAnswer("evidence", true)]);

    [Fact]
    public void CriterionEvaluator_ThresholdOnEveryProfileMeasure_IsAssessedWithItsOwnLabelAndUnit()
    {
        var labels = new Dictionary<string, ProfileMeasure>(StringComparer.Ordinal);
        foreach (var measure in Enum.GetValues<ProfileMeasure>())
        {
            var department = measure.ToString().StartsWith("Department", StringComparison.Ordinal);
            var criterion = new Criterion("c", "L", CriterionKind.Threshold, "d", measure, department ? Surgery : null, minimum: 1_000_000);

            var result = CriterionEvaluator.Evaluate("1", criterion, FullProfile);

            result.Outcome.Should().Be(CriterionOutcome.NotMet, measure.ToString());
            result.Actual.Should().NotBeNull(measure.ToString());
            result.Shortfall.Should().MatchRegex(@"^needs [0-9.]+ more \S.*$", measure.ToString());
            var label = Regex.Replace(result.Explanation, @" [0-9.]+, at least 1000000$", string.Empty);
            labels.TryAdd(label, measure).Should().BeTrue($"{measure} is labelled '{label}', as {labels.GetValueOrDefault(label)} is");
        }
    }

    [Fact]
    public void CriterionEvaluator_EveryCriterionKind_IsEvaluatedAsItself()
    {
        foreach (var kind in Enum.GetValues<CriterionKind>())
        {
            var criterion = kind switch
            {
                CriterionKind.Threshold => new Criterion("evidence", "L", kind, "d", ProfileMeasure.OpenBeds, minimum: 1),
                CriterionKind.Departments => new Criterion("evidence", "L", kind, "d", requiredSubjects: [Surgery]),
                CriterionKind.Evidence => new Criterion("evidence", "L", kind, "d"),
                _ => throw new InvalidOperationException($"{kind} needs a criterion in this test."),
            };

            var result = CriterionEvaluator.Evaluate("1", criterion, FullProfile);

            result.Outcome.Should().Be(CriterionOutcome.Met, kind.ToString());
            result.Explanation.Should().Be(kind switch
            {
                CriterionKind.Threshold => "beds 500, at least 1",
                CriterionKind.Departments => "all 1 required departments present",
                _ => "answered yes",
            });
        }
    }

    [Fact]
    public void AssessmentCalculator_EveryScoringMethodGradeModeAndMissingDataRule_Assesses()
    {
        var members = HospitalDomain.Samples.SyntheticProvince.Generate(12);
        var answers = members.Select(m => new QualitativeAnswer(m.Entity, "chiefAccountant", 1));
        foreach (var method in Enum.GetValues<ScoringMethod>())
        {
            var rule = method switch
            {
                ScoringMethod.Bands => new IndicatorScoring("level4SurgeryShare", 10, method, bands: [new ScoreBand(0, 5)]),
                ScoringMethod.Linear => new IndicatorScoring("level4SurgeryShare", 10, method, floor: 0, target: 100),
                ScoringMethod.PercentileRank => new IndicatorScoring("level4SurgeryShare", 10, method),
                ScoringMethod.PassFail => new IndicatorScoring("level4SurgeryShare", 10, method, target: 0),
                ScoringMethod.Qualitative => new IndicatorScoring("chiefAccountant", 10, method),
                _ => throw new InvalidOperationException($"{method} needs a rule in this test."),
            };

            foreach (var mode in Enum.GetValues<GradeBandMode>())
            {
                foreach (var missing in Enum.GetValues<MissingDataRule>())
                {
                    var scheme = new AssessmentScheme("s", "t", IndicatorEditions.NationalTertiary2020.Id, [rule], [new GradeBand("A", 50), new GradeBand("B", 0)], mode, missing);

                    var result = new AssessmentCalculator(scheme, IndicatorEditions.NationalTertiary2020).Assess(members, answers);

                    result.Assessments.Should().HaveCount(12).And.OnlyContain(a => a.Total >= 0 && a.Total <= 10 && a.Grade.Length == 1, $"{method} {mode} {missing}");
                }
            }
        }
    }

    [Fact]
    public void TargetScoring_EveryRuleAndComparator_Scores()
    {
        foreach (var rule in Enum.GetValues<ScoringRule>())
        {
            foreach (var comparator in Enum.GetValues<TargetComparator>())
            {
                var atLeast = comparator == TargetComparator.AtLeast;
                var target = new AgreementTarget("x", "d", comparator, 10, 20, rule, rule == ScoringRule.AllOrNothing ? null : atLeast ? 0 : 20, rule == ScoringRule.Capped ? 1.5m : null);

                var score = TargetScoring.Score(target, atLeast ? 11 : 9);

                score.Outcome.Should().Be(TargetOutcome.Reached, $"{rule} {comparator}");
                score.Points.Should().Be(rule == ScoringRule.Capped ? 22m : 20m, $"{rule} {comparator}");
            }
        }
    }

    [Fact]
    public void Change_EveryDirection_IsJudged()
    {
        var judged = Enum.GetValues<IndicatorDirection>().Select(d => Change.Between(1, 2, direction: d).Assessment);

        judged.Should().Equal(Enum.GetValues<IndicatorDirection>().Select(d => d switch
        {
            IndicatorDirection.MonitorOnly => ChangeAssessment.NotJudged,
            IndicatorDirection.HigherIsBetter => ChangeAssessment.Improved,
            _ => ChangeAssessment.Worsened,
        }));
    }

    [Fact]
    public void IndicatorResultFormat_EveryStatus_HasItsOwnText()
    {
        var entry = IndicatorEditions.NationalTertiary2020["level4SurgeryShare"];
        var texts = Enum.GetValues<IndicatorStatus>().Select(s => new IndicatorResult(entry, s, s == IndicatorStatus.Computed ? 1m : null, null, null, ["surgeries"]).Format());

        texts.Should().OnlyHaveUniqueItems().And.NotContain(string.Empty);
    }

    [Fact]
    public void IndicatorKinds_EveryKindIsShipped_AndEveryShippedEditionEvaluates()
    {
        var editions = IndicatorEditions.All;
        editions.SelectMany(e => e.Entries).Select(e => e.Definition.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<IndicatorKind>());

        foreach (var edition in editions)
        {
            var metrics = MetricSet.CreateBuilder(MetricCatalogue.Standard, "H", ReportingPeriod.Year(2024)).Set("discharges", 100).Build();
            new IndicatorCalculator(edition).Evaluate(metrics, metrics).Results.Should().HaveCount(edition.Entries.Length);
        }
    }

    [Fact]
    public void ReportingPeriod_EveryKind_HasANumberNeighboursAndText()
    {
        foreach (var kind in Enum.GetValues<ReportingPeriodKind>())
        {
            var period = kind switch
            {
                ReportingPeriodKind.Custom => ReportingPeriod.Custom(new LocalDate(2024, 3, 5), new LocalDate(2024, 4, 9)),
                ReportingPeriodKind.Year => ReportingPeriod.Year(2024),
                ReportingPeriodKind.HalfYear => ReportingPeriod.HalfYear(2024, 2),
                ReportingPeriodKind.Quarter => ReportingPeriod.Quarter(2024, 3),
                ReportingPeriodKind.Month => ReportingPeriod.Month(2024, 5),
                _ => throw new InvalidOperationException($"{kind} needs a period in this test."),
            };

            period.Kind.Should().Be(kind);
            period.Number.Should().Be(kind switch { ReportingPeriodKind.HalfYear => 2, ReportingPeriodKind.Quarter => 3, ReportingPeriodKind.Month => 5, _ => 0 });
            period.Previous.Kind.Should().Be(kind);
            period.SamePeriodLastYear.Kind.Should().Be(kind);
            ReportingPeriod.Parse(period.ToString()).Should().Be(period);
        }
    }

    [Fact]
    public void PeerGroupsByLevel_EveryLevel_HasItsOwnGroup()
    {
        var groups = Enum.GetValues<HospitalLevel>().Select(l => PeerGroups.ByLevel(new Hospital("医院", rating: HospitalRating.All.First(r => r.Level == l)))).ToList();

        groups.Should().OnlyHaveUniqueItems();
        PeerGroups.ByLevel(new Hospital("医院")).Should().Be(PeerGroups.ByLevel(new Hospital("医院", rating: HospitalRating.Unclassified)));
    }

    [Fact]
    public void KeySpecialtyTitle_EveryLevelAndStage_HasItsOwnWords()
    {
        var byLevel = Enum.GetValues<KeySpecialtyLevel>().Select(l => new KeySpecialty("外科", KeySpecialtyProgramme.ClinicalKeySpecialty, level: l).Title);
        var byStage = Enum.GetValues<KeySpecialtyStage>().Select(s => new KeySpecialty("外科", KeySpecialtyProgramme.ClinicalKeySpecialty, stage: s).Title);
        var byProgramme = Enum.GetValues<KeySpecialtyProgramme>().Select(p => new KeySpecialty("外科", p).Title);

        byLevel.Should().OnlyHaveUniqueItems().And.NotContain("临床重点专科");
        byStage.Should().OnlyHaveUniqueItems().And.NotContain("临床重点专科");
        byProgramme.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void PublicConstructorsAndMethods_UndefinedEnumValue_ThrowArgumentOutOfRangeNamingTheParameter()
    {
        var offenders = new List<string>();
        var checkedParameters = 0;
        foreach (var (method, source) in ExampleArguments.ConstructorsAndFactories().Concat(InstanceMethods()))
        {
            var parameters = method.GetParameters();
            var enumParameters = parameters.Where(p => EnumOf(p.ParameterType) is not null).ToList();
            if (enumParameters.Count == 0)
            {
                continue;
            }

            var name = $"{method.DeclaringType!.Name}.{(method is ConstructorInfo ? "ctor" : method.Name)}({string.Join(", ", parameters.Select(p => p.Name))})";
            var target = method.IsStatic || method is ConstructorInfo ? null : ExampleArguments.Examples(method.DeclaringType!).FirstOrDefault();
            var valid = ExampleArguments.For(method, source);
            if (Invoke(method, target, valid) is { } failure)
            {
                offenders.Add($"{name}: no valid call could be built from the examples ({failure.GetType().Name}: {failure.Message})");
                continue;
            }

            foreach (var parameter in enumParameters)
            {
                var args = (object?[])valid.Clone();
                args[parameter.Position] = Undefined(parameter.ParameterType);
                var thrown = Invoke(method, target, args);
                checkedParameters++;
                if (thrown is not ArgumentOutOfRangeException { ParamName: var paramName } || paramName != parameter.Name)
                {
                    offenders.Add($"{name} with {parameter.Name} undefined: {(thrown is null ? "accepted" : $"{thrown.GetType().Name} ({(thrown as ArgumentException)?.ParamName}): {thrown.Message}")}");
                }
            }
        }

        offenders.Should().BeEmpty("every public way in rejects a value that is no member of its enumeration:\n" + string.Join("\n", offenders));
        checkedParameters.Should().BeGreaterThan(40, "the library takes enumerations in many places");
    }

    private static IEnumerable<(MethodBase Method, Type Source)> InstanceMethods() =>
        ExampleArguments.PublicTypes
            .Where(t => !t.IsEnum && !t.IsInterface && ExampleArguments.Examples(t).Count > 0)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName).Select(m => ((MethodBase)m, t)));

    private static Type? EnumOf(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain.IsEnum ? plain : ExampleArguments.ElementType(type) is { IsEnum: true } element ? element : null;
    }

    /// <summary>A value of the enumeration (or a collection holding one) that is no member of it.</summary>
    private static object Undefined(Type parameterType)
    {
        var enumType = EnumOf(parameterType)!;
        var number = Enumerable.Range(99, 100).First(n => !Enum.IsDefined(enumType, Enum.ToObject(enumType, n)));
        var value = Enum.ToObject(enumType, number);
        if ((Nullable.GetUnderlyingType(parameterType) ?? parameterType).IsEnum)
        {
            return value;
        }

        var items = Array.CreateInstance(enumType, 1);
        items.SetValue(value, 0);
        return ExampleArguments.Collection(parameterType, enumType, items);
    }

    private static Exception? Invoke(MethodBase method, object? target, object?[] args)
    {
        try
        {
            _ = method is ConstructorInfo constructor ? constructor.Invoke(args) : method.Invoke(target, args);
            return null;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            return e.InnerException;
        }
    }
}
