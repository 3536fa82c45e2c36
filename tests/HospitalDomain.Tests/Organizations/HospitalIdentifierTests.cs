using HospitalDomain.Organizations;

namespace HospitalDomain.Tests.Organizations;

public sealed class HospitalIdentifierTests
{
    [Theory]
    [InlineData(HospitalIdentifierKind.MedicalInsurance, "H41088200229", "MedicalInsurance: H41088200229")]
    [InlineData(HospitalIdentifierKind.MedicalInstitutionRegistration, "PDY00001X", "MedicalInstitutionRegistration: PDY00001X")]
    public void ToString_IsTheKindAndTheValue(HospitalIdentifierKind kind, string value, string expected) =>
        new HospitalIdentifier(kind, value).ToString().Should().Be(expected);
}
