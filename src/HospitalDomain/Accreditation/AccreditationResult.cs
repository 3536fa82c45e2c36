using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Accreditation;

/// <summary>The outcome of a grade check: every criterion met, not met, not assessable or awaiting evidence, and the highest level attained.</summary>
/// <remarks>
/// A level is attained when every criterion it requires is met: its own criteria, and for a cumulative standard those of the levels below. A criterion that is not assessable or awaits evidence is not met for this purpose.
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class AccreditationResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="standardId">The id of the standard checked.</param>
    /// <param name="levels">The standard's levels in ascending order.</param>
    /// <param name="cumulative">Whether the levels are cumulative.</param>
    /// <param name="results">One result per criterion, in document order.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public AccreditationResult(string standardId, IEnumerable<string>? levels, bool cumulative, IEnumerable<CriterionResult>? results = null)
    {
        StandardId = Preconditions.CheckNotBlank(standardId);
        Levels = ImmutableArrayEquality.ToImmutableOrEmpty(levels).Select(s => Preconditions.CheckNotBlank(s, nameof(levels))).ToImmutableArray();
        Cumulative = cumulative;
        Results = ImmutableArrayEquality.ToImmutableOrEmpty(results);
        foreach (var item in Results)
        {
            Preconditions.CheckArgument(item is not null, nameof(results), "results must not contain null.");
        }
    }

    /// <summary>Gets the id of the standard checked.</summary>
    public string StandardId { get; }

    /// <summary>Gets the standard's levels in ascending order.</summary>
    public ImmutableArray<string> Levels { get; }

    /// <summary>Gets whether the levels are cumulative.</summary>
    public bool Cumulative { get; }

    /// <summary>Gets one result per criterion, in document order.</summary>
    public ImmutableArray<CriterionResult> Results { get; }

    /// <summary>Gets the highest level whose required criteria are all met, or null when none is.</summary>
    public string? HighestLevel => Levels.Reverse().FirstOrDefault(level => Required(level).All(r => r.Outcome == CriterionOutcome.Met));

    /// <summary>Gets what a level still lacks: its required criteria that are not met, in document order.</summary>
    /// <param name="level">One of <see cref="Levels"/>.</param>
    /// <returns>The results not met (including not assessable and awaiting evidence).</returns>
    /// <exception cref="ArgumentException"><paramref name="level"/> is not a level of the standard.</exception>
    public ImmutableArray<CriterionResult> Gaps(string level)
    {
        Preconditions.CheckArgument(Levels.Contains(level), nameof(level), $"level '{level}' is not one of {string.Join(", ", Levels)}.");
        return [.. Required(level).Where(r => r.Outcome != CriterionOutcome.Met)];
    }

    private IEnumerable<CriterionResult> Required(string level)
    {
        var index = Levels.IndexOf(level);
        return Results.Where(r => Cumulative ? Levels.IndexOf(r.Criterion.Level) <= index : r.Criterion.Level == level);
    }

    /// <summary>Returns "standard: highest level".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{StandardId}: {HighestLevel ?? "no level attained"}";
}
