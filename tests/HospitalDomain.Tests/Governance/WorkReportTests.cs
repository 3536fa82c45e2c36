using HospitalDomain.Departments;
using HospitalDomain.Governance;

namespace HospitalDomain.Tests.Governance;

public sealed class WorkReportTests
{
    [Fact]
    public void Constructor_NullKeySpecialtyCount_IsRejected()
    {
        FluentActions.Invoking(() => new WorkReport(2023, keySpecialtyCounts: [new KeySpecialtyCount(3), null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("keySpecialtyCounts must not contain null.*")
            .And.ParamName.Should().Be("keySpecialtyCounts");
    }

    [Fact]
    public void Constructor_NullAspect_IsRejected()
    {
        FluentActions.Invoking(() => new WorkReport(2023, aspects: [new WorkAspect("党的建设"), null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("aspects must not contain null.*")
            .And.ParamName.Should().Be("aspects");
    }

    [Fact]
    public void Constructor_NullKeySpecialty_IsRejected()
    {
        FluentActions.Invoking(() => new WorkReport(2023, keySpecialties: [new KeySpecialty("针灸科", KeySpecialtyProgramme.TcmKeySpecialty), null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("keySpecialties must not contain null.*")
            .And.ParamName.Should().Be("keySpecialties");
    }

    [Theory]
    [InlineData(1948)]
    [InlineData(10000)]
    public void Constructor_YearOutOfRange_IsRejected(int year)
    {
        FluentActions.Invoking(() => new WorkReport(year))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage($"year must be in the range [1949, 9999], was {year}.*")
            .And.ParamName.Should().Be("year");
    }

    [Theory]
    [InlineData(1949)]
    [InlineData(9999)]
    public void Constructor_YearAtTheEdges_IsAccepted(int year) =>
        new WorkReport(year).Year.Should().Be(year);

    [Fact]
    public void ToString_IsTheYearAndTheNumberOfAspects() =>
        new WorkReport(2023, aspects: [new WorkAspect("党的建设"), new WorkAspect("医疗服务")], statedAspectCount: 7)
            .ToString().Should().Be("2023: 7 aspects");
}
