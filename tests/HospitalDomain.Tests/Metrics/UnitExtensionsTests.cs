using HospitalDomain.Metrics;

namespace HospitalDomain.Tests.Metrics;

public sealed class UnitExtensionsTests
{
    [Theory]
    [InlineData(Unit.None, "")]
    [InlineData(Unit.PersonTimes, "人次")]
    [InlineData(Unit.Cases, "例次")]
    [InlineData(Unit.Operations, "台次")]
    [InlineData(Unit.Persons, "人")]
    [InlineData(Unit.Beds, "张")]
    [InlineData(Unit.Days, "天")]
    [InlineData(Unit.BedDays, "床日")]
    [InlineData(Unit.Yuan, "元")]
    [InlineData(Unit.TenThousandYuan, "万元")]
    [InlineData(Unit.SquareMetres, "平方米")]
    [InlineData(Unit.Items, "项")]
    [InlineData(Unit.Level, "级")]
    [InlineData(Unit.Points, "分")]
    [InlineData(Unit.Percent, "%")]
    [InlineData(Unit.Minutes, "分钟")]
    [InlineData(Unit.Times, "次")]
    [InlineData(Unit.Pieces, "个")]
    [InlineData(Unit.DddsPer100PatientDays, "DDDs")]
    [InlineData(Unit.Years, "年")]
    public void Symbol_IsTheChineseSymbolReportsPrint(Unit unit, string symbol) =>
        unit.Symbol().Should().Be(symbol);

    [Fact]
    public void Symbol_UndefinedUnit_Throws()
    {
        var act = () => ((Unit)99).Symbol();

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("unit is not a defined Unit value.*")
            .Which.ActualValue.Should().Be((Unit)99);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("unit");
    }
}
