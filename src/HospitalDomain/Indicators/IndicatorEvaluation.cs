using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Indicators;

/// <summary>The results of evaluating a whole edition for one entity and period.</summary>
/// <remarks>Equality compares the edition (by reference), the entity, the period and every result.</remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class IndicatorEvaluation
{
    /// <summary>Creates an evaluation; the calculator is the usual source.</summary>
    /// <param name="edition">The edition evaluated.</param>
    /// <param name="entity">The entity.</param>
    /// <param name="period">The period.</param>
    /// <param name="results">One result per entry of the edition, in its order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The results do not match the edition's entries one for one.</exception>
    public IndicatorEvaluation(IndicatorEdition edition, string entity, ReportingPeriod period, ImmutableArray<IndicatorResult> results)
    {
        Edition = Preconditions.CheckNotNull(edition);
        Entity = Preconditions.CheckNotBlank(entity);
        Period = period;
        Results = results.IsDefault ? [] : results;
        Preconditions.CheckArgument(
            Results.Length == edition.Entries.Length && Results.Select(r => r.Entry).SequenceEqual(edition.Entries),
            nameof(results),
            $"results must hold one result per entry of the edition '{edition.Id}', in its order.");
    }

    // For the calculator: one result per entry, in order, by construction.
    internal IndicatorEvaluation(IndicatorEdition edition, string entity, ReportingPeriod period, ImmutableArray<IndicatorResult> results, bool trusted)
    {
        _ = trusted;
        Edition = edition;
        Entity = entity;
        Period = period;
        Results = results;
    }

    /// <summary>Gets the edition evaluated.</summary>
    public IndicatorEdition Edition { get; }

    /// <summary>Gets the entity.</summary>
    public string Entity { get; }

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the results in the edition's order.</summary>
    public ImmutableArray<IndicatorResult> Results { get; }

    /// <summary>Gets the result of the indicator with <paramref name="code"/>.</summary>
    /// <param name="code">The stable code.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The edition has no such indicator.</exception>
    public IndicatorResult this[string code] =>
        Edition.TryGetIndex(Preconditions.CheckNotNull(code), out var index) ? Results[index] : throw new KeyNotFoundException($"'{code}' is not an indicator of the edition '{Edition.Id}'.");

    /// <summary>The JSON form: the edition by id, the results in its order.</summary>
    internal IndicatorEvaluationDocument ToDocument() => new(Edition.Id, Entity, Period, [.. Results.Select(r => r.ToDocument())]);

    /// <summary>Reads a JSON form: the edition must be a shipped one, and each result an entry of it.</summary>
    /// <exception cref="System.Text.Json.JsonException">The edition is not shipped, a result names no entry of it, or the evaluation is invalid.</exception>
    internal static IndicatorEvaluation FromDocument(IndicatorEvaluationDocument document)
    {
        var edition = IndicatorEditions.All.FirstOrDefault(e => e.Id == document.Edition)
            ?? throw JsonPaths.At(".edition", $"'{document.Edition}' is not a shipped indicator edition.");
        var results = ImmutableArray.CreateBuilder<IndicatorResult>(document.Results.Length);
        foreach (var result in document.Results)
        {
            var entry = edition.TryGet(result.Code, out var found) ? found
                : throw JsonPaths.At(Path(results.Count), $"'{result.Code}' is not an indicator of the edition '{edition.Id}'.");
            if (entry.Serial != result.Serial)
            {
                throw JsonPaths.At(Path(results.Count) + ".serial", $"'{result.Code}' is number {entry.Serial} of the edition '{edition.Id}', not {result.Serial}.");
            }

            try
            {
                results.Add(IndicatorResult.FromDocument(result, entry));
            }
            catch (System.Text.Json.JsonException e)
            {
                throw JsonPaths.At(Path(results.Count), e.Message, e);
            }
        }

        try
        {
            return new IndicatorEvaluation(edition, document.Entity, document.Period, results.MoveToImmutable());
        }
        catch (ArgumentException e)
        {
            throw JsonPaths.Invalid(nameof(IndicatorEvaluation), e);
        }

        static string Path(int index) => $".results[{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
    }

    /// <summary>Returns "entity period edition (n computed of m)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Entity} {Period} {Edition.Id} ({Results.Count(r => r.Status == IndicatorStatus.Computed)} computed of {Results.Length})";
}
