using HospitalDomain.Governance;

namespace HospitalDomain.Tests.Governance;

public sealed class ParticipantTests
{
    [Fact]
    public void ToString_WithPost_IsThePostThenTheName() =>
        new Participant("杨虎", " 市卫生健康委副主任 ").ToString().Should().Be("市卫生健康委副主任杨虎");

    [Fact]
    public void ToString_WithoutPost_IsTheName() =>
        new Participant("杨虎", "  ").ToString().Should().Be("杨虎");
}
