using HospitalDomain.Governance;

namespace HospitalDomain.Tests.Governance;

public sealed class ReportedProfileTests
{
    [Fact]
    public void Constructor_NullFigure_IsRejected()
    {
        FluentActions.Invoking(() => new ReportedProfile("某县人民医院", [new ReportedFigure("职工", ChineseNumber.Parse("1200"), "人"), null!]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("figures must not contain null.*")
            .And.ParamName.Should().Be("figures");
    }

    [Fact]
    public void ToString_IsTheSubjectAndTheNumberOfFigures() =>
        new ReportedProfile("某县人民医院", [new ReportedFigure("职工", ChineseNumber.Parse("1200"), "人"), new ReportedFigure("开放床位", ChineseNumber.Parse("800"), "张")])
            .ToString().Should().Be("某县人民医院: 2 figures");
}
