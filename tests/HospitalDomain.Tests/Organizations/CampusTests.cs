using HospitalDomain.Organizations;

namespace HospitalDomain.Tests.Organizations;

public sealed class CampusTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData(" \t", null)]
    [InlineData("解放路1号", "解放路1号")]
    [InlineData(" 解放路1号  ", "解放路1号")]
    public void Constructor_Address_IsTrimmedOrNull(string? given, string? expected)
    {
        var campus = new Campus("东院区", given, CampusStatus.Planned);

        campus.Address.Should().Be(expected);
        campus.Status.Should().Be(CampusStatus.Planned);
        campus.ToString().Should().Be("东院区");
    }
}
