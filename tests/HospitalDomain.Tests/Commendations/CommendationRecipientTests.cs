using HospitalDomain.Commendations;

namespace HospitalDomain.Tests.Commendations;

public sealed class CommendationRecipientTests
{
    [Theory]
    [InlineData("急诊科", null, null, "急诊科")]
    [InlineData("张三", "骨科", null, "张三 (骨科)")]
    [InlineData("张三", null, "护士长", "张三 (护士长)")]
    [InlineData("张三", "心血管内科", "科主任", "张三 (心血管内科, 科主任)")]
    [InlineData(" 张三 ", "  ", " 科主任 ", "张三 (科主任)")]
    public void ToString_NamesTheDepartmentAndRoleThatAreKnown(string name, string? department, string? role, string expected) =>
        new CommendationRecipient(name, department, role).ToString().Should().Be(expected);
}
