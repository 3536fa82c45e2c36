using System.Collections.Immutable;
using HospitalDomain.Indicators;
using HospitalDomain.Tests.TestHelpers;

namespace HospitalDomain.Tests.Indicators;

public sealed class IndicatorEvaluationTests
{
    private static IndicatorEdition Edition => IndicatorEditions.NationalSecondary2019;

    private static ImmutableArray<IndicatorResult> Results(int computed) =>
        [.. Edition.Entries.Select((e, i) => i < computed ? IndicatorResult.Create(e, IndicatorStatus.Computed, 1m) : IndicatorResult.Create(e, IndicatorStatus.NotApplicable))];

    [Fact]
    public void Constructor_KeepsWhatItIsGiven_AndTrimsTheEntity()
    {
        var results = Results(2);

        var evaluation = new IndicatorEvaluation(Edition, " H1 ", ReportingPeriod.Year(2023), results);

        evaluation.Edition.Should().BeSameAs(Edition);
        evaluation.Entity.Should().Be("H1");
        evaluation.Period.Should().Be(ReportingPeriod.Year(2023));
        evaluation.Results.Should().Equal(results);
    }

    [Fact]
    public void ToString_CountsTheComputedResults()
    {
        new IndicatorEvaluation(Edition, "H1", ReportingPeriod.Year(2023), Results(3)).ToString()
            .Should().Be($"H1 {ReportingPeriod.Year(2023)} national-secondary-2019 (3 computed of 28)");
        new IndicatorEvaluation(Edition, "H1", ReportingPeriod.Year(2023), Results(0)).ToString()
            .Should().Be($"H1 {ReportingPeriod.Year(2023)} national-secondary-2019 (0 computed of 28)");
    }

    [Fact]
    public void Constructor_NullOrBlankArguments_Throw()
    {
        FluentActions.Invoking(() => new IndicatorEvaluation(null!, "H1", ReportingPeriod.Year(2023), Results(0)))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("edition");
        FluentActions.Invoking(() => new IndicatorEvaluation(Edition, " ", ReportingPeriod.Year(2023), Results(0)))
            .Should().ThrowExactly<ArgumentException>().WithMessage("entity must not be empty or white space. (Parameter 'entity')");
    }

    [Fact]
    public void Constructor_ResultsNotOnePerEntryInOrder_Throw()
    {
        var results = Results(0);
        var message = "results must hold one result per entry of the edition 'national-secondary-2019', in its order. (Parameter 'results')";

        FluentActions.Invoking(() => new IndicatorEvaluation(Edition, "H1", ReportingPeriod.Year(2023), results.RemoveAt(27)))
            .Should().ThrowExactly<ArgumentException>().WithMessage(message);
        FluentActions.Invoking(() => new IndicatorEvaluation(Edition, "H1", ReportingPeriod.Year(2023), [results[1], results[0], .. results[2..]]))
            .Should().ThrowExactly<ArgumentException>().WithMessage(message);
        FluentActions.Invoking(() => new IndicatorEvaluation(Edition, "H1", ReportingPeriod.Year(2023), default))
            .Should().ThrowExactly<ArgumentException>().WithMessage(message);
    }

    [Fact]
    public void Constructor_DefaultResultsOfAnEmptyEdition_AreEmpty()
    {
        var empty = new IndicatorEdition("empty", "空", 2024, "p", "s", SourceStatus.Unconfirmed, []);

        new IndicatorEvaluation(empty, "H1", ReportingPeriod.Year(2023), default).Results.Should().BeEmpty();
    }

    [Fact]
    public void Indexer_FindsTheResultByCode_OrNamesTheMissingOne()
    {
        var evaluation = new IndicatorEvaluation(Edition, "H1", ReportingPeriod.Year(2023), Results(28));

        evaluation["averageLengthOfStay"].Entry.Serial.Should().Be("13");
        FluentActions.Invoking(() => evaluation["nosuch"]).Should().ThrowExactly<KeyNotFoundException>()
            .WithMessage("'nosuch' is not an indicator of the edition 'national-secondary-2019'.");
        FluentActions.Invoking(() => evaluation[null!]).Should().ThrowExactly<ArgumentNullException>();
    }

    [Fact]
    public void Json_RoundTrips_AndASerialNotOfTheEditionIsNamed()
    {
        var evaluation = new IndicatorEvaluation(Edition, "H1", ReportingPeriod.Year(2023), Results(1));
        var json = System.Text.Json.JsonSerializer.Serialize(evaluation, JsonAssert.Options);

        System.Text.Json.JsonSerializer.Deserialize<IndicatorEvaluation>(json, JsonAssert.Options).Should().Be(evaluation);
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        node["results"]![1]!["serial"] = "9";
        JsonAssert.Invalid<IndicatorEvaluation>(node.ToJsonString(), "$").Message
            .Should().Be($"At .results[1].serial: '{Edition.Entries[1].Code}' is number 2 of the edition 'national-secondary-2019', not 9.");
    }

    [Fact]
    public void Json_ResultsMissingAnEntry_IsInvalidIndicatorEvaluation()
    {
        var evaluation = new IndicatorEvaluation(Edition, "H1", ReportingPeriod.Year(2023), Results(1));
        var node = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(evaluation, JsonAssert.Options))!;
        node["results"]!.AsArray().RemoveAt(27);

        JsonAssert.Invalid<IndicatorEvaluation>(node.ToJsonString(), "$").Message
            .Should().Be("Invalid IndicatorEvaluation: results must hold one result per entry of the edition 'national-secondary-2019', in its order. (Parameter 'results')");
    }
}
