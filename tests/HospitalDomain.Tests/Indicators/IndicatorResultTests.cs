using HospitalDomain.Indicators;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Indicators;

public sealed class IndicatorResultTests
{
    private static IndicatorEntry Level4 => IndicatorEditions.NationalTertiary2020["level4SurgeryShare"];

    private static IndicatorEntry Growth => IndicatorEditions.NationalTertiary2020["outpatientCostPerVisitGrowth"];

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Format_DecimalsOutsideZeroToTen_Throws(int decimals) =>
        FluentActions.Invoking(() => IndicatorResult.Create(Level4, IndicatorStatus.Computed, 1m).Format(decimals))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("decimals")
            .WithMessage($"decimals must be in the range [0, 10], was {decimals}.*");

    [Theory]
    [InlineData(0, "40%")]
    [InlineData(1, "39.5%")]
    [InlineData(10, "39.5%")]
    public void Format_ComputedAtTheLimitsOfDecimals_RoundsAndTrimsZeros(int decimals, string expected) =>
        IndicatorResult.Create(Level4, IndicatorStatus.Computed, 39.5m).Format(decimals).Should().Be(expected);

    [Fact]
    [UseCulture("de-DE")]
    public void Format_RoundsHalfAwayFromZero_OnBothSidesOfZero_InvariantCulture()
    {
        IndicatorResult.Create(Level4, IndicatorStatus.Computed, 0.12345678905m).Format(10).Should().Be("0.1234567891%");
        IndicatorResult.Create(Level4, IndicatorStatus.Computed, -0.25m, -1m, 4m).Format(1).Should().Be("-0.3%");
        IndicatorResult.Create(Level4, IndicatorStatus.Computed, 2.5m).Format(0).Should().Be("3%");
    }

    [Fact]
    public void Format_EachStatusWithoutAValue_SaysWhy()
    {
        IndicatorResult.Create(Level4, IndicatorStatus.NotComputable, numerator: 1m, denominator: 0m).Format().Should().Be("not computable");
        IndicatorResult.Create(Level4, IndicatorStatus.MissingData, missingMetrics: ["level4Surgeries", "surgeries"]).Format().Should().Be("missing: level4Surgeries, surgeries");
        IndicatorResult.Create(Level4, IndicatorStatus.Qualitative).Format().Should().Be("qualitative");
        IndicatorResult.Create(Level4, IndicatorStatus.NotApplicable).Format().Should().Be("not applicable");
    }

    [Fact]
    public void ToString_GivesSerialNameAndTheFormattedValue()
    {
        IndicatorResult.Create(Level4, IndicatorStatus.Computed, 39.125m, 37_560m, 96_000m).ToString().Should().Be("6 出院患者四级手术比例: 39.13%");
        IndicatorResult.Create(Level4, IndicatorStatus.MissingData, missingMetrics: ["surgeries"]).ToString().Should().Be("6 出院患者四级手术比例: missing: surgeries");
    }

    [Fact]
    public void Create_KeepsWhatItIsGiven()
    {
        var result = IndicatorResult.Create(Level4, IndicatorStatus.Computed, 39m, 37_440m, 96_000m);

        result.Entry.Should().BeSameAs(Level4);
        result.Definition.Should().BeSameAs(Level4.Definition);
        result.Status.Should().Be(IndicatorStatus.Computed);
        result.Value.Should().Be(39m);
        result.Numerator.Should().Be(37_440m);
        result.Denominator.Should().Be(96_000m);
        result.MissingMetrics.Should().BeEmpty();
        IndicatorResult.Create(Level4, IndicatorStatus.MissingData, missingMetrics: ["surgeries"]).MissingMetrics.Should().Equal("surgeries");
    }

    [Fact]
    public void Create_NullEntryOrUndefinedStatus_Throws()
    {
        FluentActions.Invoking(() => IndicatorResult.Create(null!, IndicatorStatus.Qualitative)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("entry");
        FluentActions.Invoking(() => IndicatorResult.Create(Level4, (IndicatorStatus)99)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("status");
    }

    [Theory]
    [InlineData(IndicatorStatus.Computed, false)]
    [InlineData(IndicatorStatus.NotComputable, true)]
    [InlineData(IndicatorStatus.Qualitative, true)]
    public void Create_ValueNotFittingTheStatus_Throws(IndicatorStatus status, bool withValue) =>
        FluentActions.Invoking(() => IndicatorResult.Create(Level4, status, withValue ? 1m : null))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage($"value must be given exactly when the status is Computed (status {status}). (Parameter 'value')");

    [Fact]
    public void Create_MissingMetricsNotFittingTheStatus_Throws()
    {
        FluentActions.Invoking(() => IndicatorResult.Create(Level4, IndicatorStatus.MissingData))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("missingMetrics must be given exactly when the status is MissingData (status MissingData). (Parameter 'missingMetrics')");
        FluentActions.Invoking(() => IndicatorResult.Create(Level4, IndicatorStatus.MissingData, missingMetrics: []))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("missingMetrics");
        FluentActions.Invoking(() => IndicatorResult.Create(Level4, IndicatorStatus.Computed, 1m, missingMetrics: ["surgeries"]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("missingMetrics must be given exactly when the status is MissingData (status Computed). (Parameter 'missingMetrics')");
    }

    [Fact]
    public void Create_ComputedOverAZeroDenominator_SaysItIsNotComputable() =>
        FluentActions.Invoking(() => IndicatorResult.Create(Level4, IndicatorStatus.Computed, 1m, 1m, 0m))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("denominator must not be zero for a computed result of level4SurgeryShare; a zero denominator makes the result NotComputable. (Parameter 'denominator')");

    [Fact]
    public void Create_RatioWithoutDenominator_TakesTheSignOfTheNumerator()
    {
        IndicatorResult.Create(Level4, IndicatorStatus.Computed, -5m, -10m).Value.Should().Be(-5m);
        IndicatorResult.Create(Level4, IndicatorStatus.Computed, 5m, 10m).Denominator.Should().BeNull();
        FluentActions.Invoking(() => IndicatorResult.Create(Level4, IndicatorStatus.Computed, 5m, -10m))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("value 5 of level4SurgeryShare does not fit numerator -10 and denominator none: a value takes the sign of numerator ÷ denominator. (Parameter 'value')");
    }

    [Theory]
    [InlineData(10, 110, 100)]
    [InlineData(-10, 90, 100)]
    [InlineData(-190, 90, -100)]
    [InlineData(0, 100, 100)]
    public void Create_GrowthOfTheSignOfTheChange_IsAccepted(int value, int current, int previous) =>
        IndicatorResult.Create(Growth, IndicatorStatus.Computed, value, current, previous).Value.Should().Be(value);

    [Theory]
    [InlineData(-10, 110, 100)]
    [InlineData(10, 90, 100)]
    [InlineData(190, 90, -100)]
    [InlineData(5, 100, 100)]
    public void Create_GrowthOfTheOtherSign_IsRejected(int value, int current, int previous) =>
        FluentActions.Invoking(() => IndicatorResult.Create(Growth, IndicatorStatus.Computed, value, current, previous))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage($"value {value} of outpatientCostPerVisitGrowth does not fit numerator {current} and denominator {previous}: a growth takes the sign of (numerator − denominator) ÷ denominator. (Parameter 'value')");

    [Fact]
    public void Create_GrowthWithoutPrevious_AcceptsEitherSign()
    {
        IndicatorResult.Create(Growth, IndicatorStatus.Computed, -5m, 100m).Value.Should().Be(-5m);
        IndicatorResult.Create(Growth, IndicatorStatus.Computed, 5m, 100m).Value.Should().Be(5m);
    }

    [Fact]
    public void Json_RoundTripsWithTheEntryBySerialAndCode()
    {
        var result = IndicatorResult.Create(Level4, IndicatorStatus.Computed, 39m, 37_440m, 96_000m);

        var options = new System.Text.Json.JsonSerializerOptions(JsonAssert.Options) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var json = System.Text.Json.JsonSerializer.Serialize(result, options);

        System.Text.Json.JsonSerializer.Deserialize<IndicatorResult>(json, JsonAssert.Options).Should().Be(result);
        json.Should().Be("""{"serial":"6","code":"level4SurgeryShare","name":"出院患者四级手术比例","status":"computed","value":39,"numerator":37440,"denominator":96000,"unit":"percent"}""");
    }

    [Fact]
    public void Json_ValueNotFittingTheStatus_IsInvalidIndicatorResult()
    {
        var error = JsonAssert.Invalid<IndicatorResult>("""{"serial":"6","code":"level4SurgeryShare","name":"出院患者四级手术比例","status":"qualitative","value":39,"numerator":null,"denominator":null,"unit":"percent","missingMetrics":[]}""", "$");

        error.Message.Should().Be("Invalid IndicatorResult: value must be given exactly when the status is Computed (status Qualitative). (Parameter 'value')");
        error.InnerException.Should().BeOfType<ArgumentException>();
    }

    [Fact]
    public void CalculatedWithoutAValue_KeepsItsOperandsButNoValue()
    {
        var previous = IndicatorCalculatorTests.Previous().ToBuilder().Set("medicalRevenue", 0).Build();

        var result = new IndicatorCalculator(IndicatorEditions.NationalTertiary2020).Evaluate(IndicatorCalculatorTests.Current(), previous)["medicalRevenueGrowth"];

        result.Status.Should().Be(IndicatorStatus.NotComputable);
        result.Value.Should().BeNull();
        result.Numerator.Should().Be(3_200_000_000m);
        result.Denominator.Should().Be(0m);
        result.MissingMetrics.Should().BeEmpty();
        result.Format().Should().Be("not computable");
    }

    [Fact]
    public void CalculatedQualitative_HasNoMissingMetrics() =>
        new IndicatorCalculator(IndicatorEditions.NationalTertiary2020).Evaluate(IndicatorCalculatorTests.Current())["largeEquipmentMaintenance"]
            .MissingMetrics.Should().BeEmpty();
}
