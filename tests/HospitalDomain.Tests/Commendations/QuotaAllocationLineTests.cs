using HospitalDomain.Commendations;

namespace HospitalDomain.Tests.Commendations;

public sealed class QuotaAllocationLineTests
{
    [Fact]
    public void ToString_GivesCodeAndAwards() =>
        new QuotaAllocationLine("ICU", 40, 3, 2).ToString().Should().Be("ICU: 2");
}
