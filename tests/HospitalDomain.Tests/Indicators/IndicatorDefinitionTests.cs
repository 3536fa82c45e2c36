using HospitalDomain.Indicators;
using HospitalDomain.Metrics;

namespace HospitalDomain.Tests.Indicators;

public sealed class IndicatorDefinitionTests
{
    private static readonly IndicatorOperand Beds = new(["openBeds"], "床位");

    private static IndicatorDefinition Define(IndicatorKind kind, IndicatorOperand? numerator, IndicatorOperand? denominator, decimal factor = 1m, decimal divisor = 1m, string code = "x", string? notes = null) =>
        new(code, "床位比", "Bed ratio", kind, Unit.None, IndicatorDirection.MonitorOnly, IndicatorDataSource.Reported, "s", SourceStatus.Unconfirmed, numerator, denominator, factor, divisor, notes);

    [Theory]
    [InlineData(IndicatorKind.Ratio, false, true, "numerator", "numerator is required for a Ratio indicator (x).")]
    [InlineData(IndicatorKind.PerN, false, true, "numerator", "numerator is required for a PerN indicator (x).")]
    [InlineData(IndicatorKind.Growth, false, false, "numerator", "numerator is required for a Growth indicator (x).")]
    [InlineData(IndicatorKind.Value, false, false, "numerator", "numerator is required for a Value indicator (x).")]
    [InlineData(IndicatorKind.Composite, true, false, "numerator", "numerator must be null for a Composite indicator (x).")]
    [InlineData(IndicatorKind.Qualitative, true, false, "numerator", "numerator must be null for a Qualitative indicator (x).")]
    [InlineData(IndicatorKind.Ratio, true, false, "denominator", "denominator is required for a Ratio indicator (x).")]
    [InlineData(IndicatorKind.PerN, true, false, "denominator", "denominator is required for a PerN indicator (x).")]
    [InlineData(IndicatorKind.Value, true, true, "denominator", "denominator must be null for a Value indicator (x).")]
    [InlineData(IndicatorKind.Composite, false, true, "denominator", "denominator must be null for a Composite indicator (x).")]
    [InlineData(IndicatorKind.Qualitative, false, true, "denominator", "denominator must be null for a Qualitative indicator (x).")]
    public void Constructor_OperandsNotFittingTheKind_Throw(IndicatorKind kind, bool numerator, bool denominator, string parameter, string message) =>
        FluentActions.Invoking(() => Define(kind, numerator ? Beds : null, denominator ? Beds : null))
            .Should().ThrowExactly<ArgumentException>().WithMessage($"{message} (Parameter '{parameter}')");

    [Theory]
    [InlineData(IndicatorKind.Ratio, true, true)]
    [InlineData(IndicatorKind.PerN, true, true)]
    [InlineData(IndicatorKind.Growth, true, true)]
    [InlineData(IndicatorKind.Growth, true, false)]
    [InlineData(IndicatorKind.Value, true, false)]
    [InlineData(IndicatorKind.Composite, false, false)]
    [InlineData(IndicatorKind.Qualitative, false, false)]
    public void Constructor_OperandsFittingTheKind_AreKept(IndicatorKind kind, bool numerator, bool denominator)
    {
        var definition = Define(kind, numerator ? Beds : null, denominator ? Beds : null);

        definition.Kind.Should().Be(kind);
        definition.Numerator.Should().Be(numerator ? Beds : null);
        definition.Denominator.Should().Be(denominator ? Beds : null);
    }

    [Theory]
    [InlineData(0, 1, "factor must be positive, was 0. (Parameter 'factor')")]
    [InlineData(-1, 1, "factor must be positive, was -1. (Parameter 'factor')")]
    [InlineData(1, 0, "divisor must be positive, was 0. (Parameter 'divisor')")]
    [InlineData(1, -2, "divisor must be positive, was -2. (Parameter 'divisor')")]
    public void Constructor_FactorOrDivisorNotPositive_Throws(int factor, int divisor, string message) =>
        FluentActions.Invoking(() => Define(IndicatorKind.Ratio, Beds, Beds, factor, divisor))
            .Should().ThrowExactly<ArgumentException>().WithMessage(message);

    [Fact]
    public void Constructor_KeepsEveryField_AndTrimsNotes()
    {
        var definition = new IndicatorDefinition(" bedRatio ", " 床位比 ", " Bed ratio ", IndicatorKind.PerN, Unit.Percent, IndicatorDirection.HigherIsBetter, IndicatorDataSource.Reported, " 省文 ", SourceStatus.Unconfirmed, Beds, Beds, 0.001m, 0.5m, " 注 ");

        definition.Code.Should().Be("bedRatio");
        definition.ChineseName.Should().Be("床位比");
        definition.EnglishName.Should().Be("Bed ratio");
        definition.Factor.Should().Be(0.001m);
        definition.Divisor.Should().Be(0.5m);
        definition.Unit.Should().Be(Unit.Percent);
        definition.Direction.Should().Be(IndicatorDirection.HigherIsBetter);
        definition.DataSource.Should().Be(IndicatorDataSource.Reported);
        definition.Source.Should().Be("省文");
        definition.Status.Should().Be(SourceStatus.Unconfirmed);
        definition.Notes.Should().Be("注");
        Define(IndicatorKind.Qualitative, null, null, notes: "  ").Notes.Should().BeNull();
        definition.ToString().Should().Be("bedRatio 床位比");
    }

    [Fact]
    public void Constructor_CodeNotCamelCase_Throws() =>
        FluentActions.Invoking(() => Define(IndicatorKind.Qualitative, null, null, code: "Bed-ratio"))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("code must be camelCase ASCII (a lower-case letter, then letters and digits, at most 64), was 'Bed-ratio'. (Parameter 'code')");

    [Fact]
    public void Constructor_UndefinedEnumerations_Throw()
    {
        FluentActions.Invoking(() => Define((IndicatorKind)99, null, null)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("kind");
        FluentActions.Invoking(() => new IndicatorDefinition("x", "x", "x", IndicatorKind.Qualitative, (Unit)999, IndicatorDirection.MonitorOnly, IndicatorDataSource.Reported, "s", SourceStatus.Unconfirmed))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("unit");
        FluentActions.Invoking(() => new IndicatorDefinition("x", "x", "x", IndicatorKind.Qualitative, Unit.None, (IndicatorDirection)99, IndicatorDataSource.Reported, "s", SourceStatus.Unconfirmed))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("direction");
        FluentActions.Invoking(() => new IndicatorDefinition("x", "x", "x", IndicatorKind.Qualitative, Unit.None, IndicatorDirection.MonitorOnly, (IndicatorDataSource)99, "s", SourceStatus.Unconfirmed))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("dataSource");
        FluentActions.Invoking(() => new IndicatorDefinition("x", "x", "x", IndicatorKind.Qualitative, Unit.None, IndicatorDirection.MonitorOnly, IndicatorDataSource.Reported, " ", SourceStatus.Unconfirmed))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("source");
    }

    [Fact]
    public void Entry_KeepsItsFields_AndNamesItselfWithTheFlag()
    {
        var definition = Define(IndicatorKind.Qualitative, null, null);

        var monitored = new IndicatorEntry(" 6 ", definition, " 医疗质量 ", " 功能定位 ", true, " 四级手术 ");
        var plain = new IndicatorEntry("7", definition, "医疗质量", " ", false, " ");

        monitored.Serial.Should().Be("6");
        monitored.Dimension.Should().Be("医疗质量");
        monitored.SubDimension.Should().Be("功能定位");
        monitored.Name.Should().Be("四级手术");
        monitored.ChineseName.Should().Be("四级手术");
        monitored.Code.Should().Be("x");
        monitored.ToString().Should().Be("6 四级手术 ▲");
        plain.SubDimension.Should().BeNull();
        plain.Name.Should().BeNull();
        plain.ChineseName.Should().Be("床位比");
        plain.NationallyMonitored.Should().BeFalse();
        plain.ToString().Should().Be("7 床位比");
        FluentActions.Invoking(() => new IndicatorEntry("1", null!, "d")).Should().ThrowExactly<ArgumentNullException>().WithParameterName("definition");
        FluentActions.Invoking(() => new IndicatorEntry(" ", definition, "d")).Should().ThrowExactly<ArgumentException>().WithMessage("serial must not be empty or white space. (Parameter 'serial')");
    }

    [Fact]
    public void Operand_NamesItsMetrics_AndRefusesNoneOrBadOnes()
    {
        var operand = new IndicatorOperand(["openBeds", "discharges"], " 床位 ");

        operand.Metrics.Should().Equal("openBeds", "discharges");
        operand.Description.Should().Be("床位");
        operand.ToString().Should().Be("openBeds + discharges");
        FluentActions.Invoking(() => new IndicatorOperand([], "d")).Should().ThrowExactly<ArgumentException>().WithMessage("metrics must name at least one metric. (Parameter 'metrics')");
        FluentActions.Invoking(() => new IndicatorOperand(null, "d")).Should().ThrowExactly<ArgumentException>().WithMessage("metrics must name at least one metric. (Parameter 'metrics')");
        FluentActions.Invoking(() => new IndicatorOperand(["openBeds", " "], "d")).Should().ThrowExactly<ArgumentException>().WithMessage("metrics must not be empty or white space. (Parameter 'metrics')");
        FluentActions.Invoking(() => new IndicatorOperand(["OpenBeds"], "d")).Should().ThrowExactly<ArgumentException>()
            .WithMessage("metrics must be camelCase ASCII (a lower-case letter, then letters and digits, at most 64), was 'OpenBeds'. (Parameter 'metrics')");
        FluentActions.Invoking(() => new IndicatorOperand(["openBeds"], " ")).Should().ThrowExactly<ArgumentException>().WithParameterName("description");
    }

    [Fact]
    public void Alias_NamesTheCode_AndTrimsItsNote()
    {
        var alias = new IndicatorAlias(" medicalSurplusRate ", " 医疗盈余率 ", " 旧称 ");

        alias.Code.Should().Be("medicalSurplusRate");
        alias.Name.Should().Be("医疗盈余率");
        alias.Note.Should().Be("旧称");
        alias.ToString().Should().Be("医疗盈余率 → medicalSurplusRate");
        new IndicatorAlias("a", "b", " ").Note.Should().BeNull();
        FluentActions.Invoking(() => new IndicatorAlias("a", " ")).Should().ThrowExactly<ArgumentException>().WithMessage("name must not be empty or white space. (Parameter 'name')");
        FluentActions.Invoking(() => new IndicatorAlias(null!, "b")).Should().ThrowExactly<ArgumentNullException>().WithParameterName("code");
    }
}
