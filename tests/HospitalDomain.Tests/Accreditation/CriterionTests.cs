using System.Text.Json;
using HospitalDomain.Accreditation;
using HospitalDomain.Departments;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Accreditation;

[UseCulture("de-DE")]
public sealed class CriterionTests
{
    private static ClinicalSubjectCode S(string code) => ClinicalSubjectCode.Parse(code);

    [Fact]
    public void Constructor_Threshold_KeepsItsFields()
    {
        var criterion = new Criterion("icu", "三级", CriterionKind.Threshold, "每床医师", ProfileMeasure.DepartmentPhysiciansPerBed, S("28"), 0.8m, 1.2m, status: SourceStatus.Unconfirmed);

        criterion.Id.Should().Be("icu");
        criterion.Level.Should().Be("三级");
        criterion.Kind.Should().Be(CriterionKind.Threshold);
        criterion.Description.Should().Be("每床医师");
        criterion.Measure.Should().Be(ProfileMeasure.DepartmentPhysiciansPerBed);
        criterion.Subject.Should().Be(S("28"));
        criterion.Minimum.Should().Be(0.8m);
        criterion.Maximum.Should().Be(1.2m);
        criterion.Status.Should().Be(SourceStatus.Unconfirmed);
        criterion.RequiredSubjects.Should().BeEmpty();
        criterion.MergeGroups.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_Status_DefaultsToSecondary() =>
        new Criterion("e", "L", CriterionKind.Evidence, "d").Status.Should().Be(SourceStatus.Secondary);

    [Theory]
    [InlineData(" ", "L", "d", "id")]
    [InlineData("c", " ", "d", "level")]
    [InlineData("c", "L", " ", "description")]
    public void Constructor_BlankText_IsRejectedNamingIt(string id, string level, string description, string parameter) =>
        FluentActions.Invoking(() => new Criterion(id, level, CriterionKind.Evidence, description)).Should().ThrowExactly<ArgumentException>()
            .WithParameterName(parameter).WithMessage($"{parameter} must not be empty or white space.*");

    [Fact]
    public void Constructor_UndefinedEnums_AreRejected()
    {
        FluentActions.Invoking(() => new Criterion("c", "L", (CriterionKind)9, "d")).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("kind");
        FluentActions.Invoking(() => new Criterion("c", "L", CriterionKind.Threshold, "d", (ProfileMeasure)99, minimum: 1)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("measure");
        FluentActions.Invoking(() => new Criterion("c", "L", CriterionKind.Evidence, "d", status: (SourceStatus)9)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("status");
    }

    [Fact]
    public void Constructor_NullMergeGroup_IsRejected() =>
        FluentActions.Invoking(() => new Criterion("c", "L", CriterionKind.Departments, "d", requiredSubjects: [S("03")], mergeGroups: [null!])).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("mergeGroups").WithMessage("mergeGroups must not contain null.*");

    [Fact]
    public void Constructor_ZeroBounds_AreAllowed()
    {
        var criterion = new Criterion("c", "L", CriterionKind.Threshold, "d", ProfileMeasure.OpenBeds, minimum: 0m, maximum: 0m);

        criterion.Minimum.Should().Be(0m);
        criterion.Maximum.Should().Be(0m);
    }

    [Fact]
    public void Constructor_ThresholdWithoutMeasure_IsRejected() =>
        FluentActions.Invoking(() => new Criterion("c", "L", CriterionKind.Threshold, "d", minimum: 1)).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("measure").WithMessage("measure is required for the threshold criterion c.*");

    [Fact]
    public void Constructor_ThresholdWithoutBounds_NamesTheMinimum() =>
        FluentActions.Invoking(() => new Criterion("c", "L", CriterionKind.Threshold, "d", ProfileMeasure.OpenBeds)).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("minimum").WithMessage("a threshold criterion needs a minimum or a maximum (c).*");

    [Theory]
    [InlineData(null, 5)]
    [InlineData(5, null)]
    [InlineData(5, 5)]
    public void Constructor_EitherBoundOrEqualBounds_AreAllowed(int? minimum, int? maximum) =>
        new Criterion("c", "L", CriterionKind.Threshold, "d", ProfileMeasure.OpenBeds, minimum: minimum, maximum: maximum).Maximum.Should().Be(maximum);

    [Fact]
    public void Constructor_MaximumBelowMinimum_IsRejected() =>
        FluentActions.Invoking(() => new Criterion("c", "L", CriterionKind.Threshold, "d", ProfileMeasure.OpenBeds, minimum: 5, maximum: 4.9m)).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("maximum").WithMessage("maximum must not be below minimum (c).*");

    [Theory]
    [InlineData(ProfileMeasure.OpenBeds, "28")]
    [InlineData(ProfileMeasure.DepartmentBedShare, null)]
    [InlineData(ProfileMeasure.DepartmentPhysiciansPerBed, null)]
    [InlineData(ProfileMeasure.DepartmentNursesPerBed, null)]
    [InlineData(ProfileMeasure.DepartmentTherapistsPerBed, null)]
    public void Constructor_SubjectNotMatchingTheMeasure_IsRejected(ProfileMeasure measure, string? subject) =>
        FluentActions.Invoking(() => new Criterion("c", "L", CriterionKind.Threshold, "d", measure, subject is null ? null : S(subject), minimum: 1)).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("subject").WithMessage("subject must be given exactly for department measures (c).*");

    [Fact]
    public void Constructor_DepartmentsWithoutSubjects_IsRejected() =>
        FluentActions.Invoking(() => new Criterion("deps", "L", CriterionKind.Departments, "d")).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("requiredSubjects").WithMessage("requiredSubjects must name at least one subject (deps).*");

    [Fact]
    public void Constructor_EvidenceNeedsNoMeasureNorBounds() =>
        new Criterion("e", "L", CriterionKind.Evidence, "d").Measure.Should().BeNull();

    [Fact]
    public void ToString_IsLevelIdAndDescription() =>
        new Criterion("tertiary-beds", "三级", CriterionKind.Threshold, "住院床位总数500张以上", ProfileMeasure.OpenBeds, minimum: 500).ToString().Should().Be("三级 tertiary-beds: 住院床位总数500张以上");

    [Fact]
    public void Equality_ComparesEveryField()
    {
        Criterion Make(string id = "c", string level = "L", decimal? min = 1, decimal? max = 2, SourceStatus status = SourceStatus.Secondary) =>
            new(id, level, CriterionKind.Threshold, "d", ProfileMeasure.OpenBeds, minimum: min, maximum: max, status: status);

        ContractAssert.Equality(Make(), Make(), Make(id: "x"), Make(level: "M"), Make(min: 0), Make(max: 3), Make(status: SourceStatus.Unconfirmed));
    }

    [Fact]
    public void Json_WritesTheStatusEvenWhenItIsTheDefault()
    {
        var criterion = new Criterion("e", "L", CriterionKind.Evidence, "d");

        JsonSerializer.Serialize(criterion, JsonAssert.Options).Should().Contain("\"status\":\"secondary\"");
        JsonSerializer.Deserialize<Criterion>(JsonSerializer.Serialize(criterion, JsonAssert.Options), JsonAssert.Options).Should().Be(criterion);
    }

    [Fact]
    public void MergeGroup_FewerThanTwoOrRepeatedSubjects_IsRejected()
    {
        FluentActions.Invoking(() => new MergeGroup([S("10")])).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("subjects").WithMessage("subjects of a merge group must name at least two clinical subjects.*");
        FluentActions.Invoking(() => new MergeGroup(null)).Should().ThrowExactly<ArgumentException>().WithParameterName("subjects");
        FluentActions.Invoking(() => new MergeGroup([S("10"), S("10")])).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("subjects").WithMessage("subjects contains the subject '10' more than once.*");
    }

    [Fact]
    public void MergeGroup_TwoSubjects_AreEnough_AndPrintJoinedByPlus()
    {
        new MergeGroup([S("10"), S("11")]).ToString().Should().Be("10+11");
        new MergeGroup([S("10"), S("11"), S("12")]).ToString().Should().Be("10+11+12");
        ContractAssert.Equality(new MergeGroup([S("10"), S("11")]), new MergeGroup([S("10"), S("11")]), new MergeGroup([S("10"), S("12")]));
    }

    [Fact]
    public void StandardArticle_RejectsBlankTextsAndNullItems()
    {
        FluentActions.Invoking(() => new StandardArticle(" ", "t")).Should().ThrowExactly<ArgumentException>().WithParameterName("number");
        FluentActions.Invoking(() => new StandardArticle("1", " ")).Should().ThrowExactly<ArgumentException>().WithParameterName("title");
        FluentActions.Invoking(() => new StandardArticle("1", "t", [null!])).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("criteria").WithMessage("criteria must not contain null.*");
        FluentActions.Invoking(() => new StandardArticle("1", "t", articles: [null!])).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("articles").WithMessage("articles must not contain null.*");
    }

    [Fact]
    public void StandardArticle_ToString_IsNumberAndTitle() =>
        new StandardArticle("1.1.1.1", "医院功能任务").ToString().Should().Be("1.1.1.1 医院功能任务");

    [Theory]
    [InlineData(true, "plan: yes")]
    [InlineData(false, "plan: no")]
    public void EvidenceAnswer_ToString_SaysYesOrNo(bool answer, string text) =>
        new EvidenceAnswer("plan", answer).ToString().Should().Be(text);

    [Fact]
    public void EvidenceAnswer_BlankItem_IsRejected_AndEqualityComparesBoth()
    {
        FluentActions.Invoking(() => new EvidenceAnswer(" ", true)).Should().ThrowExactly<ArgumentException>().WithParameterName("itemId");
        ContractAssert.Equality(new EvidenceAnswer("a", true), new EvidenceAnswer("a", true), new EvidenceAnswer("b", true), new EvidenceAnswer("a", false));
    }

    [Fact]
    public void DepartmentResources_RejectsBadInput()
    {
        FluentActions.Invoking(() => new DepartmentResources(" ", [S("03")])).Should().ThrowExactly<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new DepartmentResources("内科", [])).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("subjects").WithMessage("subjects of 内科 must name at least one clinical subject.*");
        FluentActions.Invoking(() => new DepartmentResources("内科", [S("03"), S("03")])).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("subjects").WithMessage("subjects contains the subject '03' more than once.*");
    }

    [Theory]
    [InlineData("beds")]
    [InlineData("physicians")]
    [InlineData("nurses")]
    [InlineData("therapists")]
    public void DepartmentResources_NegativeFigure_IsRejectedNamingIt(string field)
    {
        decimal? Value(string name) => name == field ? -1m : 0m;

        FluentActions.Invoking(() => new DepartmentResources("科", [S("03")], Value("beds"), Value("physicians"), Value("nurses"), Value("therapists")))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName(field).WithMessage($"{field} must be non-negative, was -1.*");
    }

    [Fact]
    public void DepartmentResources_KeepsItsFigures_AndPrintsNameAndSubjects()
    {
        var department = new DepartmentResources("五官科", [S("10"), S("11")], 1, 2, 3, 4);

        (department.Beds, department.Physicians, department.Nurses, department.Therapists).Should().Be((1m, 2m, 3m, 4m));
        department.ToString().Should().Be("五官科 (10, 11)");
        ContractAssert.Equality(department, new DepartmentResources("五官科", [S("10"), S("11")], 1, 2, 3, 4), new DepartmentResources("五官科", [S("10"), S("11")], 1, 2, 3, 5), new DepartmentResources("眼科", [S("10"), S("11")], 1, 2, 3, 4));
    }
}
