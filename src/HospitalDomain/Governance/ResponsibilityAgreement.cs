using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>A target-responsibility agreement (目标责任书): its kind, the parties, the period, and targets that are scored against actual figures at the end of it.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class ResponsibilityAgreement
{
    /// <summary>Creates a responsibility agreement.</summary>
    /// <param name="title">The title, such as 《2022年度综合目标管理责任书》.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="parties">Who signs with whom.</param>
    /// <param name="period">The period it covers.</param>
    /// <param name="firstParty">The party setting the targets, or null.</param>
    /// <param name="secondParty">The party accepting them, or null (when signed with many).</param>
    /// <param name="signatories">Who signed, as the source names them (科主任、护士长 …).</param>
    /// <param name="statedSignatoryCount">How many signed, when the source states it.</param>
    /// <param name="targets">The targets; codes distinct.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="parties"/> is not a defined value, or the targets' most points add up beyond the range of decimal.</exception>
    /// <exception cref="ArgumentException">The title is blank or a target code repeats.</exception>
    public ResponsibilityAgreement(string title, AgreementKind kind, AgreementParties parties, ReportingPeriod period, string? firstParty = null, string? secondParty = null, IEnumerable<string>? signatories = null, int? statedSignatoryCount = null, IEnumerable<AgreementTarget>? targets = null)
    {
        Title = Preconditions.CheckNotBlank(title);
        Kind = Preconditions.CheckDefined(kind);
        Parties = Preconditions.CheckDefined(parties);
        Period = period;
        FirstParty = string.IsNullOrWhiteSpace(firstParty) ? null : firstParty.Trim();
        SecondParty = string.IsNullOrWhiteSpace(secondParty) ? null : secondParty.Trim();
        Signatories = ImmutableArrayEquality.ToImmutableOrEmpty(signatories).Select(s => Preconditions.CheckNotBlank(s, nameof(signatories))).ToImmutableArray();
        StatedSignatoryCount = statedSignatoryCount;
        Targets = ImmutableArrayEquality.ToImmutableOrEmpty(targets);
        foreach (var item in Targets)
        {
            Preconditions.CheckArgument(item is not null, nameof(targets), "targets must not contain null.");
        }
        Preconditions.CheckNoDuplicates(Targets, t => t.Code, nameof(targets), "target");

        // Scoring adds the points of every target: their most must add up within range, so that Score cannot fail.
        if (!Arithmetic.TrySum(Targets, t => t.MostPoints, out _))
        {
            Preconditions.ThrowOutOfRange(nameof(targets), $"the most points of the targets of '{Title}' add up beyond the range of decimal.");
        }
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the kind.</summary>
    public AgreementKind Kind { get; }

    /// <summary>Gets who signs with whom.</summary>
    public AgreementParties Parties { get; }

    /// <summary>Gets the period it covers.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the party setting the targets, or null.</summary>
    public string? FirstParty { get; }

    /// <summary>Gets the party accepting them, or null.</summary>
    public string? SecondParty { get; }

    /// <summary>Gets who signed, as the source names them.</summary>
    public ImmutableArray<string> Signatories { get; }

    /// <summary>Gets how many signed, when stated.</summary>
    public int? StatedSignatoryCount { get; }

    /// <summary>Gets the targets.</summary>
    public ImmutableArray<AgreementTarget> Targets { get; }

    /// <summary>Scores the targets against the actual figures, keyed by target code; a target without a figure is not assessable.</summary>
    /// <param name="actuals">The actual figures by code.</param>
    /// <returns>The attainment, target by target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actuals"/> is null.</exception>
    public AgreementAttainment Score(IReadOnlyDictionary<string, decimal> actuals)
    {
        Preconditions.CheckNotNull(actuals);
        return new AgreementAttainment(Targets.Select(t => actuals.TryGetValue(t.Code, out var actual) ? TargetScoring.Score(t, actual) : new TargetScore(t, TargetOutcome.NotAssessable, 0m)));
    }

    /// <summary>Returns the title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Title;
}
