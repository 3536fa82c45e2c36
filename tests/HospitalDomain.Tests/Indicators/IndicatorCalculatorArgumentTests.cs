using HospitalDomain.Indicators;
using HospitalDomain.Metrics;

namespace HospitalDomain.Tests.Indicators;

/// <summary>
/// What <see cref="IndicatorCalculator.Evaluate"/> and <see cref="IndicatorCalculator.EvaluateColumns"/>
/// refuse, with the messages that name the argument and the row; the columns without previous
/// periods; and the results that are shared rather than made again.
/// </summary>
public sealed class IndicatorCalculatorArgumentTests
{
    private static readonly IndicatorCalculator Calculator = new(IndicatorEditions.NationalTertiary2020);
    private static readonly int Entries = IndicatorEditions.NationalTertiary2020.Entries.Length;

    [Fact]
    public void Evaluate_NullSet_IsRejected() =>
        FluentActions.Invoking(() => Calculator.Evaluate(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("current");

    [Fact]
    public void Evaluate_NamesTheSetsEntityAndPeriod()
    {
        var evaluation = Calculator.Evaluate(Set("H1", 2023), Set("H1", 2022));

        evaluation.Entity.Should().Be("H1");
        evaluation.Period.Should().Be(ReportingPeriod.Year(2023));
        evaluation.Edition.Should().BeSameAs(Calculator.Edition);
    }

    [Fact]
    public void EvaluateColumns_PreviousOfAnotherLength_IsRejected() =>
        FluentActions.Invoking(() => Calculator.EvaluateColumns([Set("H1", 2023), Set("H2", 2023)], [Set("H1", 2022)], new decimal[2 * Entries], new IndicatorStatus[2 * Entries]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("previous must be empty or hold one element per set of current (2), held 1. (Parameter 'previous')");

    [Fact]
    public void EvaluateColumns_ValuesTooShort_IsRejected() =>
        FluentActions.Invoking(() => Calculator.EvaluateColumns([Set("H1", 2023), Set("H2", 2023)], [], new decimal[(2 * Entries) - 1], new IndicatorStatus[2 * Entries]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage($"values must hold {2 * Entries} elements ({Entries} indicators × 2 sets), held {(2 * Entries) - 1}. (Parameter 'values')");

    [Fact]
    public void EvaluateColumns_StatusesTooShort_IsRejected() =>
        FluentActions.Invoking(() => Calculator.EvaluateColumns([Set("H1", 2023), Set("H2", 2023)], [], new decimal[2 * Entries], new IndicatorStatus[Entries]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage($"statuses must hold {2 * Entries} elements ({Entries} indicators × 2 sets), held {Entries}. (Parameter 'statuses')");

    [Fact]
    public void EvaluateColumns_LongerSpans_AreWrittenOnlyInTheirCells()
    {
        var values = Enumerable.Repeat(-1m, Entries + 3).ToArray();
        var statuses = Enumerable.Repeat((IndicatorStatus)99, Entries + 3).ToArray();

        Calculator.EvaluateColumns([Set("H1", 2023)], [Set("H1", 2022)], values, statuses);

        values[Entries..].Should().Equal(-1m, -1m, -1m);
        statuses[Entries..].Should().OnlyContain(s => s == (IndicatorStatus)99);
        statuses[..Entries].Should().Equal(Calculator.Evaluate(Set("H1", 2023), Set("H1", 2022)).Results.Select(r => r.Status));
    }

    [Fact]
    public void EvaluateColumns_NullSet_NamesItsRow() =>
        FluentActions.Invoking(() => Calculator.EvaluateColumns([Set("H1", 2023), null!], [], new decimal[2 * Entries], new IndicatorStatus[2 * Entries]))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("current[1]");

    [Fact]
    public void EvaluateColumns_SetOfAnotherCatalogue_NamesItsRow() =>
        FluentActions.Invoking(() => Calculator.EvaluateColumns([OtherCatalogueSet()], [], new decimal[Entries], new IndicatorStatus[Entries]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("current[0] uses the catalogue 'other', the calculator 'standard'. (Parameter 'current[0]')");

    [Fact]
    public void EvaluateColumns_PreviousOfAnotherCatalogue_NamesItsRow() =>
        FluentActions.Invoking(() => Calculator.EvaluateColumns([Set("H1", 2023)], [OtherCatalogueSet()], new decimal[Entries], new IndicatorStatus[Entries]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("previous[0] uses the catalogue 'other', the calculator 'standard'. (Parameter 'previous[0]')");

    [Fact]
    public void EvaluateColumns_PreviousOfAnotherEntity_NamesItsRow() =>
        FluentActions.Invoking(() => Calculator.EvaluateColumns([Set("H1", 2023), Set("H2", 2023)], [Set("H1", 2022), Set("H3", 2022)], new decimal[2 * Entries], new IndicatorStatus[2 * Entries]))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("previous[1] is of 'H3', current[1] of 'H2'. (Parameter 'previous[1]')");

    [Fact]
    public void Evaluate_PreviousOfAnotherEntity_NamesTheArguments() =>
        FluentActions.Invoking(() => Calculator.Evaluate(Set("H1", 2023), Set("H3", 2022)))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("previous is of 'H3', current of 'H1'. (Parameter 'previous')");

    [Fact]
    public void EvaluateColumns_NoPreviousPeriods_GivesGrowthsMissingData_AsEvaluateDoes()
    {
        var values = new decimal[2 * Entries];
        var statuses = new IndicatorStatus[2 * Entries];

        Calculator.EvaluateColumns([Set("H1", 2023), Set("H2", 2023)], [], values, statuses);

        for (var row = 0; row < 2; row++)
        {
            var results = Calculator.Evaluate(Set($"H{row + 1}", 2023)).Results;
            for (var i = 0; i < Entries; i++)
            {
                statuses[(i * 2) + row].Should().Be(results[i].Status);
                values[(i * 2) + row].Should().Be(results[i].Value ?? 0m);
            }
        }

        statuses[Index("medicalRevenueGrowth") * 2].Should().Be(IndicatorStatus.MissingData);
    }

    [Fact]
    public void Evaluate_TheSameMissingMetrics_GiveTheSameSharedResult()
    {
        var first = Calculator.Evaluate(Set("H1", 2023, without: "surgeries"));
        var second = Calculator.Evaluate(Set("H2", 2023, without: "surgeries"));

        first["level4SurgeryShare"].Should().BeSameAs(second["level4SurgeryShare"]);
        first["level4SurgeryShare"].MissingMetrics.Should().Equal("surgeries");
        first["medicalRevenueGrowth"].Should().BeSameAs(second["medicalRevenueGrowth"]);
        first["largeEquipmentMaintenance"].Should().BeSameAs(second["largeEquipmentMaintenance"], "a qualitative result is always the same");
        first["singleDiseaseQualityControl"].Should().BeSameAs(second["singleDiseaseQualityControl"], "so is a composite one");
        first["medicalRevenueGrowth"].MissingMetrics.Should().Equal("previous period");
    }

    private static int Index(string code) => Array.FindIndex(IndicatorEditions.NationalTertiary2020.Entries.ToArray(), e => e.Code == code);

    private static MetricSet Set(string entity, int year, string? without = null)
    {
        var builder = MetricSet.CreateBuilder(MetricCatalogue.Standard, entity, ReportingPeriod.Year(year));
        var index = 0;
        foreach (var metric in MetricCatalogue.Standard.Metrics.Where(m => m.Code != without))
        {
            builder.Set(metric, 1000 + (++index) + (year - 2022));
        }

        return builder.Build();
    }

    private static MetricSet OtherCatalogueSet()
    {
        var catalogue = new MetricCatalogue("other", "另一目录", [.. MetricCatalogue.Standard.Metrics, Metric.Create("extraBeds", "加床", "Extra beds", Unit.Beds, MetricKind.Count)]);
        return MetricSet.CreateBuilder(catalogue, "H1", ReportingPeriod.Year(2023)).Build();
    }
}
