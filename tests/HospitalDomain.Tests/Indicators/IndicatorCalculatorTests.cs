using System.Globalization;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Indicators;

/// <summary>
/// Every indicator of the 2020 tertiary edition evaluated over one hand-built hospital year. The
/// expected values were worked out by hand from the figures below (for example level-4 share
/// 37,440 / 96,000 × 100 = 39; daily inpatient load 1,314,000 / 1,200 / 365 = 3; cost per
/// outpatient visit growth (800,000,000 / 2,000,000 − 760,000,000 / 2,000,000) / 380 × 100 = 5.263…).
/// </summary>
[UseCulture("de-DE")]
public sealed class IndicatorCalculatorTests
{
    private static readonly IndicatorCalculator Calculator = new(IndicatorEditions.NationalTertiary2020);

    public static TheoryData<string, IndicatorStatus, string?, string?, string?> Expected => new()
    {
        { "outpatientToDischargeRatio", IndicatorStatus.Computed, "12.5", "2000000", "160000" },
        { "downReferrals", IndicatorStatus.Computed, "1500", "1500", null },
        { "daySurgeryShareOfElective", IndicatorStatus.Computed, "8.5", "3400", "40000" },
        { "surgeryShareOfDischarges", IndicatorStatus.Computed, "60", "96000", "160000" },
        { "minimallyInvasiveSurgeryShare", IndicatorStatus.Computed, "25", "24000", "96000" },
        { "level4SurgeryShare", IndicatorStatus.Computed, "39", "37440", "96000" },
        { "specialNeedsServiceShare", IndicatorStatus.Computed, "0.2", "500", "250000" },
        { "surgicalComplicationRate", IndicatorStatus.Computed, "0.8", "480", "60000" },
        { "classOneIncisionInfectionRate", IndicatorStatus.Computed, "0.075", "12", "16000" },
        { "singleDiseaseQualityControl", IndicatorStatus.NotApplicable, null, null, null },
        { "largeEquipmentPositiveRate", IndicatorStatus.Computed, "60", "54000", "90000" },
        { "largeEquipmentMaintenance", IndicatorStatus.Qualitative, null, null, null },
        { "nationalEqaPassedItems", IndicatorStatus.Computed, "120", "120", null },
        { "lowRiskGroupMortality", IndicatorStatus.Computed, "0.025", "3", "12000" },
        { "qualityNursingWardCoverage", IndicatorStatus.Computed, "95", "95", "100" },
        { "reviewedPrescriptionShare", IndicatorStatus.Computed, "2.5", "30000", "1200000" },
        { "antibioticUseDensity", IndicatorStatus.Computed, "3.6", "45000", "1250000" },
        { "outpatientEssentialDrugShare", IndicatorStatus.Computed, "60", "900000", "1500000" },
        { "inpatientEssentialDrugRate", IndicatorStatus.Computed, "94.93670886075949367088607595", "150000", "158000" },
        { "essentialDrugVarietyShare", IndicatorStatus.Computed, "40", "480", "1200" },
        { "vbpDrugUseShare", IndicatorStatus.Computed, "80", "8000", "10000" },
        { "outpatientAppointmentRate", IndicatorStatus.Computed, "70", "1400000", "2000000" },
        { "appointmentWaitTime", IndicatorStatus.Computed, "12.5", "12.5", null },
        { "emrApplicationLevel", IndicatorStatus.Computed, "5", "5", null },
        { "dailyInpatientLoadPerPhysician", IndicatorStatus.Computed, "3", "1314000", "1200" },
        { "pharmacistsPer100Beds", IndicatorStatus.Computed, "5", "150", "3000" },
        { "outpatientRevenueShare", IndicatorStatus.Computed, "25", "800000000", "3200000000" },
        { "outpatientInsuranceShare", IndicatorStatus.Computed, "30", "240000000", "800000000" },
        { "inpatientRevenueShare", IndicatorStatus.Computed, "75", "2400000000", "3200000000" },
        { "inpatientInsuranceShare", IndicatorStatus.Computed, "65", "1560000000", "2400000000" },
        { "medicalServiceRevenueShare", IndicatorStatus.Computed, "32", "1024000000", "3200000000" },
        { "adjuvantDrugRevenueShare", IndicatorStatus.Computed, "5", "40000000", "800000000" },
        { "personnelExpenseShare", IndicatorStatus.Computed, "40", "1200000000", "3000000000" },
        { "energyCostPer10kRevenue", IndicatorStatus.Computed, "133.3333333333333333333333333", "48000000", "3600000000" },
        { "medicalSurplusRate", IndicatorStatus.Computed, "3", "96000000", "3200000000" },
        { "debtToAssetRatio", IndicatorStatus.Computed, "40", "1800000000", "4500000000" },
        { "medicalRevenueGrowth", IndicatorStatus.Computed, "10.34482758620689655172413793", "3200000000", "2900000000" },
        { "outpatientCostPerVisitGrowth", IndicatorStatus.Computed, "5.263157894736842105263157895", "400", "380" },
        { "outpatientDrugCostPerVisitGrowth", IndicatorStatus.Computed, "-5.263157894736842105263157895", "180", "190" },
        { "inpatientCostPerDischargeGrowth", IndicatorStatus.Computed, "4.166666666666666666666666667", "15000", "14400" },
        { "inpatientDrugCostPerDischargeGrowth", IndicatorStatus.Computed, "-8.333333333333333333333333333", "2750", "3000" },
        { "comprehensiveBudgetManagement", IndicatorStatus.Qualitative, null, null, null },
        { "chiefAccountant", IndicatorStatus.Qualitative, null, null, null },
        { "seniorTitleShare", IndicatorStatus.Computed, "20", "900", "4500" },
        { "scarceSpecialtyPhysicianShare", IndicatorStatus.NotApplicable, null, null, null },
        { "physicianToNurseRatio", IndicatorStatus.Computed, "2", "2400", "1200" },
        { "returnedTraineeShare", IndicatorStatus.Computed, "90", "180", "200" },
        { "firstAttemptPassRate", IndicatorStatus.Computed, "85", "85", "100" },
        { "medicalEducationOutput", IndicatorStatus.NotApplicable, null, null, null },
        { "researchFundingPer100Technicians", IndicatorStatus.Computed, "50", "2250", "4500" },
        { "researchCommercializationPer100Technicians", IndicatorStatus.Computed, "2", "90", "4500" },
        { "publicCreditRating", IndicatorStatus.Qualitative, null, null, null },
        { "outpatientSatisfaction", IndicatorStatus.Computed, "88.8", "88.8", null },
        { "inpatientSatisfaction", IndicatorStatus.Computed, "92.8", "92.8", null },
        { "staffSatisfaction", IndicatorStatus.Computed, "79.1", "79.1", null },
        { "keyHighValueConsumablesShare", IndicatorStatus.Computed, "25", "120000000", "480000000" },
    };

    internal static MetricSet Current() => MetricSet.CreateBuilder(MetricCatalogue.Standard, "H", ReportingPeriod.Year(2023))
            .Set("outpatientVisits", 2000000m)
            .Set("discharges", 160000m)
            .Set("outpatientDownReferrals", 1200m)
            .Set("inpatientDownReferrals", 300m)
            .Set("daySurgeries", 3400m)
            .Set("electiveSurgeries", 40000m)
            .Set("surgeries", 96000m)
            .Set("minimallyInvasiveSurgeries", 24000m)
            .Set("level4Surgeries", 37440m)
            .Set("specialNeedsServiceVolume", 500m)
            .Set("medicalServiceVolume", 250000m)
            .Set("surgicalComplications", 480m)
            .Set("surgicalPatientsForComplications", 60000m)
            .Set("classOneIncisionInfections", 12m)
            .Set("classOneIncisionSurgeries", 16000m)
            .Set("largeEquipmentPositiveExams", 54000m)
            .Set("largeEquipmentExams", 90000m)
            .Set("eqaPassedItems", 120m)
            .Set("lowRiskGroupDeaths", 3m)
            .Set("lowRiskGroupCases", 12000m)
            .Set("qualityNursingWards", 95m)
            .Set("wards", 100m)
            .Set("reviewedPrescriptions", 30000m)
            .Set("prescriptions", 1200000m)
            .Set("antibioticDdds", 45000m)
            .Set("inpatientPatientDays", 1250000m)
            .Set("outpatientEssentialDrugVisits", 900000m)
            .Set("outpatientPrescriptionVisits", 1500000m)
            .Set("inpatientEssentialDrugDischarges", 150000m)
            .Set("dischargesWithDrugUse", 158000m)
            .Set("essentialDrugVarietiesProcured", 480m)
            .Set("drugVarietiesProcured", 1200m)
            .Set("vbpDrugUsage", 8000m)
            .Set("vbpSameGenericDrugUsage", 10000m)
            .Set("appointmentVisits", 1400000m)
            .Set("appointmentWaitMinutes", 12.5m)
            .Set("emrLevel", 5m)
            .Set("occupiedBedDays", 1314000m)
            .Set("averagePhysicians", 1200m)
            .Set("pharmacists", 150m)
            .Set("openBeds", 3000m)
            .Set("outpatientRevenue", 800000000m)
            .Set("medicalRevenue", 3200000000m)
            .Set("outpatientInsuranceRevenue", 240000000m)
            .Set("inpatientRevenue", 2400000000m)
            .Set("inpatientInsuranceRevenue", 1560000000m)
            .Set("medicalServiceRevenue", 1024000000m)
            .Set("adjuvantDrugRevenue", 40000000m)
            .Set("drugRevenue", 800000000m)
            .Set("personnelExpense", 1200000000m)
            .Set("operatingExpense", 3000000000m)
            .Set("energyCost", 48000000m)
            .Set("totalRevenue", 3600000000m)
            .Set("medicalSurplus", 96000000m)
            .Set("medicalActivityRevenue", 3200000000m)
            .Set("totalLiabilities", 1800000000m)
            .Set("totalAssets", 4500000000m)
            .Set("outpatientDrugRevenue", 360000000m)
            .Set("inpatientDrugRevenue", 440000000m)
            .Set("seniorTitleHealthTechnicians", 900m)
            .Set("healthTechnicians", 4500m)
            .Set("registeredNurses", 2400m)
            .Set("physicians", 1200m)
            .Set("returnedTrainees", 180m)
            .Set("acceptedTrainees", 200m)
            .Set("firstAttemptPassed", 85m)
            .Set("firstAttemptCandidates", 100m)
            .Set("researchFunding", 2250m)
            .Set("researchCommercialization", 90m)
            .Set("outpatientSatisfaction", 88.8m)
            .Set("inpatientSatisfaction", 92.8m)
            .Set("staffSatisfaction", 79.1m)
            .Set("keyHighValueConsumablesRevenue", 120000000m)
            .Set("consumablesRevenue", 480000000m)
            .Build();

    internal static MetricSet Previous() => MetricSet.CreateBuilder(MetricCatalogue.Standard, "H", ReportingPeriod.Year(2022))
            .Set("medicalRevenue", 2900000000m)
            .Set("outpatientRevenue", 760000000m)
            .Set("outpatientVisits", 2000000m)
            .Set("outpatientDrugRevenue", 380000000m)
            .Set("inpatientRevenue", 2160000000m)
            .Set("discharges", 150000m)
            .Set("inpatientDrugRevenue", 450000000m)
            .Build();

    [Theory]
    [MemberData(nameof(Expected))]
    public void Evaluate_EveryIndicator_MatchesHandComputation(string code, IndicatorStatus status, string? value, string? numerator, string? denominator)
    {
        var result = Calculator.Evaluate(Current(), Previous())[code];

        ExpectedDecimals.ShouldMatch(result, status, value, numerator, denominator);
    }

    [Fact]
    public void Evaluate_ResultsFollowTheEdition()
    {
        var evaluation = Calculator.Evaluate(Current(), Previous());

        evaluation.Results.Should().HaveCount(56);
        evaluation.Results.Select(r => r.Entry).Should().Equal(IndicatorEditions.NationalTertiary2020.Entries);
        evaluation.Entity.Should().Be("H");
        evaluation.Period.Should().Be(ReportingPeriod.Year(2023));
        evaluation.ToString().Should().Be("H 2023 national-tertiary-2020 (49 computed of 56)");
    }

    [Fact]
    public void Evaluate_GrowthWithoutPreviousPeriod_IsMissingData()
    {
        var result = Calculator.Evaluate(Current())["medicalRevenueGrowth"];

        result.Status.Should().Be(IndicatorStatus.MissingData);
        result.MissingMetrics.Should().Equal("previous period");
    }

    [Fact]
    public void Evaluate_GrowthWithZeroPrevious_IsNotComputable()
    {
        var previous = Previous().ToBuilder().Set("medicalRevenue", 0).Build();

        Calculator.Evaluate(Current(), previous)["medicalRevenueGrowth"].Status.Should().Be(IndicatorStatus.NotComputable);
    }

    [Fact]
    public void Evaluate_GrowthWithAMetricMissingLastYear_NamesIt()
    {
        var previous = Previous().ToBuilder().Remove("outpatientVisits").Build();

        Calculator.Evaluate(Current(), previous)["outpatientCostPerVisitGrowth"].MissingMetrics.Should().Equal("outpatientVisits (previous period)");
    }

    [Fact]
    public void Evaluate_Validates()
    {
        var other = MetricSet.CreateBuilder(MetricCatalogue.Standard, "Other", ReportingPeriod.Year(2022)).Build();
        FluentActions.Invoking(() => Calculator.Evaluate(Current(), other)).Should().Throw<ArgumentException>()
            .WithMessage("previous is of 'Other', current of 'H'.*");
        var catalogue = new MetricCatalogue("tiny", "T", [Metric.Create("discharges", "出院人次", "Discharges", Unit.PersonTimes, MetricKind.Count)]);
        FluentActions.Invoking(() => new IndicatorCalculator(IndicatorEditions.NationalTertiary2020, catalogue)).Should().Throw<ArgumentException>()
            .WithMessage("indicator 'outpatientToDischargeRatio' uses the metric 'outpatientVisits', which the catalogue 'tiny' lacks.*");
        FluentActions.Invoking(() => Calculator.Evaluate(MetricSet.CreateBuilder(catalogue, "H", ReportingPeriod.Year(2023)).Build())).Should().Throw<ArgumentException>()
            .WithMessage("current uses the catalogue 'tiny', the calculator 'standard'.*");
    }

    [Fact]
    public void Format_RoundsHalfAwayFromZero_WithTheUnit()
    {
        var evaluation = Calculator.Evaluate(Current(), Previous());

        evaluation["inpatientEssentialDrugRate"].Format().Should().Be("94.94%");
        evaluation["energyCostPer10kRevenue"].Format(1).Should().Be("133.3元");
        evaluation["antibioticUseDensity"].Format().Should().Be("3.6DDDs");
        evaluation["largeEquipmentMaintenance"].Format().Should().Be("qualitative");
        evaluation["singleDiseaseQualityControl"].Format().Should().Be("not applicable");
    }

    [Theory]
    [InlineData(-5, 10, 100, "value -5 of level4SurgeryShare does not fit numerator 10 and denominator 100: a value takes the sign of numerator ÷ denominator. (Parameter 'value')")]
    [InlineData(5, 0, 100, "value 5 of level4SurgeryShare does not fit numerator 0 and denominator 100: a value takes the sign of numerator ÷ denominator. (Parameter 'value')")]
    [InlineData(5, -10, 100, "value 5 of level4SurgeryShare does not fit numerator -10 and denominator 100: a value takes the sign of numerator ÷ denominator. (Parameter 'value')")]
    public void ResultCreate_ValueOfTheWrongSign_IsRejected(double value, double numerator, double denominator, string message)
    {
        var entry = IndicatorEditions.NationalTertiary2020["level4SurgeryShare"];

        var act = () => IndicatorResult.Create(entry, IndicatorStatus.Computed, (decimal)value, (decimal)numerator, (decimal)denominator);

        act.Should().ThrowExactly<ArgumentException>().WithMessage(message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void ResultCreate_MissingMetricNullOrBlank_IsRejected(string? metric) =>
        FluentActions.Invoking(() => IndicatorResult.Create(IndicatorEditions.NationalTertiary2020["level4SurgeryShare"], IndicatorStatus.MissingData, missingMetrics: ["surgeries", metric!]))
            .Should().ThrowExactly<ArgumentException>().WithMessage("missingMetrics must name each metric; an element was null or blank. (Parameter 'missingMetrics')");

    [Fact]
    public void ResultCreate_ComputedOverAZeroDenominator_IsRejected() =>
        FluentActions.Invoking(() => IndicatorResult.Create(IndicatorEditions.NationalTertiary2020["level4SurgeryShare"], IndicatorStatus.Computed, 1m, 1m, 0m))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("denominator");

    [Fact]
    public void ResultCreate_ValueRoundedToZeroOrOfTheRightSign_IsAccepted()
    {
        var entry = IndicatorEditions.NationalTertiary2020["level4SurgeryShare"];

        IndicatorResult.Create(entry, IndicatorStatus.Computed, 0m, 0.0000000000000000000000000001m, 79_228_162_514_264_337_593_543_950_335m).Value.Should().Be(0m);
        IndicatorResult.Create(entry, IndicatorStatus.Computed, 10m, -1m, -10m).Value.Should().Be(10m);
        IndicatorResult.Create(entry, IndicatorStatus.Computed, 3m).Value.Should().Be(3m, "without operands there is nothing to check against");
    }

    [Fact]
    public void ResultJson_NegativeValueBesideAPositiveNumerator_IsAJsonException()
    {
        var json = JsonExamples.Of("IndicatorResult")[0];
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        node["value"] = -System.Math.Abs(node["value"]!.GetValue<decimal>());

        JsonAssert.Invalid<IndicatorResult>(node.ToJsonString(), "$").Message.Should().Contain("does not fit numerator");
    }
}
