using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>One target of a responsibility agreement: a figure (a metric or indicator code), which side is better, the target value, the weight and the scoring rule.</summary>
/// <remarks>
/// Linear and capped rules need a floor on the worse side of the target: for an at-least target a floor below it, for an at-most target a floor above it. A capped rule keeps rising past the target at the same rate up to <see cref="Cap"/> × weight.
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class AgreementTarget
{
    /// <summary>Creates a target.</summary>
    /// <param name="code">The metric or indicator code the actual figure is given under.</param>
    /// <param name="description">The target as the agreement words it.</param>
    /// <param name="comparator">Which side is better.</param>
    /// <param name="target">The target value.</param>
    /// <param name="weight">The points at stake; positive.</param>
    /// <param name="rule">How points are scored.</param>
    /// <param name="floor">For linear and capped rules: the value that scores nothing.</param>
    /// <param name="cap">For a capped rule: the most points as a multiple of the weight, at least 1.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="comparator"/> or <paramref name="rule"/> is not a defined value, or the most points (weight × cap) lie beyond the range of decimal.</exception>
    /// <exception cref="ArgumentException">A text is blank, the weight is not positive, or the floor or cap do not fit the rule.</exception>
    public AgreementTarget(string code, string description, TargetComparator comparator, decimal target, decimal weight, ScoringRule rule = default, decimal? floor = null, decimal? cap = null)
    {
        Code = Preconditions.CheckNotBlank(code);
        Description = Preconditions.CheckNotBlank(description);
        Comparator = Preconditions.CheckDefined(comparator);
        Target = target;
        Weight = weight;
        Rule = Preconditions.CheckDefined(rule);
        Floor = floor;
        Cap = cap;
        Preconditions.CheckArgument(Weight > 0, nameof(weight), $"weight must be positive, was {Weight} ({Code}).");
        if (Rule != ScoringRule.AllOrNothing)
        {
            Preconditions.CheckArgument(Floor is { } f && (Comparator == TargetComparator.AtLeast ? f < Target : f > Target), nameof(floor), $"floor must lie on the worse side of the target for a {Rule} rule ({Code}).");
        }
        Preconditions.CheckArgument((Rule == ScoringRule.Capped) == Cap.HasValue && (Cap is null || Cap >= 1), nameof(cap), $"cap must be given, at least 1, exactly for a Capped rule ({Code}).");
        if (!Arithmetic.TryMultiply(Weight, Cap ?? 1m, out var most))
        {
            Preconditions.ThrowOutOfRange(nameof(cap), $"the most points, weight {Weight} × cap {Cap}, lie beyond the range of decimal ({Code}).");
        }

        MostPoints = most;
    }

    /// <summary>Gets the metric or indicator code.</summary>
    public string Code { get; }

    /// <summary>Gets the target as the agreement words it.</summary>
    public string Description { get; }

    /// <summary>Gets which side is better.</summary>
    public TargetComparator Comparator { get; }

    /// <summary>Gets the target value.</summary>
    public decimal Target { get; }

    /// <summary>Gets the points at stake.</summary>
    public decimal Weight { get; }

    /// <summary>Gets how points are scored.</summary>
    public ScoringRule Rule { get; }

    /// <summary>Gets the value that scores nothing, for linear and capped rules.</summary>
    public decimal? Floor { get; }

    /// <summary>Gets the most points as a multiple of the weight, for a capped rule.</summary>
    public decimal? Cap { get; }

    /// <summary>Gets the most points the target can score: the weight, or weight × cap for a capped rule.</summary>
    internal decimal MostPoints { get; }

    /// <summary>Returns the description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Description} ({Weight} points)";
}
