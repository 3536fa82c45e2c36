using HospitalDomain.Departments;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Departments;

public sealed class DepartmentTests
{
    [Fact]
    public void Constructor_AndToString()
    {
        var department = new Department("0304", "心血管内科", DepartmentKind.Clinical, subjectCode: ClinicalSubjectCode.Parse("03.04"), parentCode: "03");

        department.ToString().Should().Be("0304 心血管内科");
        department.SubjectCode.Should().Be(ClinicalSubjectCode.Parse("03.04"));
    }

    [Fact]
    public void Constructor_Validates()
    {
        FluentActions.Invoking(() => new Department("A01", "医务处", DepartmentKind.Administrative, subjectCode: ClinicalSubjectCode.Parse("03")))
            .Should().Throw<ArgumentException>().WithMessage("subjectCode must be null for a department of kind Administrative, was 03. (Parameter 'subjectCode')");
        FluentActions.Invoking(() => new Department("A01", "医务处", DepartmentKind.Administrative, parentCode: "A01"))
            .Should().Throw<ArgumentException>().WithMessage("parentCode must differ from the department's own code, was 'A01'. (Parameter 'parentCode')");
        FluentActions.Invoking(() => new Department("", "x", DepartmentKind.Clinical))
            .Should().Throw<ArgumentException>().WithMessage("code must not be empty or white space. (Parameter 'code')");
    }

    [Fact]
    public void Equality() =>
        ContractAssert.Equality(
            new Department("0304", "心血管内科", DepartmentKind.Clinical),
            new Department("0304", "心血管内科", DepartmentKind.Clinical),
            new Department("0304", "心血管内科", DepartmentKind.NursingUnit),
            new Department("0304", "心内科", DepartmentKind.Clinical));

    [Fact]
    public void Json_RoundTrips() =>
        JsonAssert.RoundTrip(
            new Department("0304", "X", DepartmentKind.MedicalTechnical, englishName: "Y", subjectCode: ClinicalSubjectCode.Parse("32.05"), parentCode: "03"),
            """{"code":"0304","name":"X","kind":"medicalTechnical","englishName":"Y","subjectCode":"32.05","parentCode":"03"}""");
}
