using HospitalDomain.Departments;

namespace HospitalDomain.Tests.Departments;

public sealed class KeySpecialtyCountTests
{
    [Theory]
    [InlineData(7, "通过省级重点专科验收", "7 key specialties (通过省级重点专科验收)")]
    [InlineData(7, "  通过省级重点专科验收 ", "7 key specialties (通过省级重点专科验收)")]
    [InlineData(3, null, "3 key specialties")]
    [InlineData(1, " ", "1 key specialties")]
    public void ToString_IsTheCountWithTheDescriptionWhenStated(int count, string? description, string expected)
    {
        var specialties = new KeySpecialtyCount(count, KeySpecialtyProgramme.ClinicalKeySpecialty, KeySpecialtyLevel.Provincial, description: description);

        specialties.ToString().Should().Be(expected);
    }
}
