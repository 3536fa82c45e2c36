using HospitalDomain.Organizations;

namespace HospitalDomain.Tests.Organizations;

public sealed class DesignationTests
{
    [Fact]
    public void ToString_IsTheNameWithTheYearWhenStated()
    {
        new Designation("省级区域医疗中心", year: 2022).ToString().Should().Be("省级区域医疗中心 (2022)");
        new Designation("省级区域医疗中心").ToString().Should().Be("省级区域医疗中心");
    }
}
