using HospitalDomain.Commendations;

namespace HospitalDomain.Tests.Commendations;

public sealed class QuotaDepartmentTests
{
    [Fact]
    public void NegativeHeadcount_Throws()
    {
        var act = () => new QuotaDepartment("A", -1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("headcount must be non-negative, was -1.*").And.ParamName.Should().Be("headcount");
    }

    [Fact]
    public void NegativeCap_Throws()
    {
        var act = () => new QuotaDepartment("A", 10, cap: -1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("cap must be non-negative, was -1.*").And.ParamName.Should().Be("cap");
    }

    [Fact]
    public void ZeroCap_IsAccepted() =>
        new QuotaDepartment("A", 10, cap: 0).Cap.Should().Be(0);

    [Fact]
    public void ToString_GivesCodeEligibleAndHeadcount() =>
        new QuotaDepartment("A", 60, excluded: 10).ToString().Should().Be("A: 50/60");
}
