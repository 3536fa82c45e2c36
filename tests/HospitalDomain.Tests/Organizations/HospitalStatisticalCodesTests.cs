using HospitalDomain.Organizations;

namespace HospitalDomain.Tests.Organizations;

public sealed class HospitalStatisticalCodesTests
{
    [Fact]
    public void StatisticalCode_OfAnUndefinedLevel_IsRejectedNamingIt() =>
        FluentActions.Invoking(() => ((HospitalLevel)42).StatisticalCode()).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("level 42 is not a defined HospitalLevel value. (Parameter 'level')*")
            .And.ParamName.Should().Be("level");

    [Fact]
    public void StatisticalCode_OfAnUndefinedGrade_IsRejectedNamingIt() =>
        FluentActions.Invoking(() => ((HospitalGrade)42).StatisticalCode()).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("grade 42 is not a defined HospitalGrade value. (Parameter 'grade')*")
            .And.ParamName.Should().Be("grade");
}
