using HospitalDomain.Governance;

namespace HospitalDomain.Tests.Governance;

public sealed class WorkAspectTests
{
    [Fact]
    public void Constructor_NullFigure_IsRejected()
    {
        FluentActions.Invoking(() => new WorkAspect("医疗服务", ["门急诊量稳步增长"], [null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("figures must not contain null.*")
            .And.ParamName.Should().Be("figures");
    }
}
