using HospitalDomain.Governance;

namespace HospitalDomain.Tests.Governance;

public sealed class TargetScoreTests
{
    [Fact]
    public void ToString_IsTheCodeAndThePoints() =>
        new TargetScore(new AgreementTarget("drugRevenueShare", "药占比不超过28%", TargetComparator.AtMost, 28, 10), TargetOutcome.Reached, 10m, 27m)
            .ToString().Should().Be("drugRevenueShare: 10");
}
