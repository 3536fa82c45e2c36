using System.Text.Json.Serialization;
using HospitalDomain.Indicators;
using HospitalDomain.Metrics;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>
/// The figures a hospital enters an assessment with: its peer group, the metric set of the year
/// assessed and, for the growth indicators, that of the year before. <see cref="Evaluate"/> turns
/// them into a <see cref="CohortMember"/>.
/// </summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class CohortFigures
{
    /// <summary>Creates a hospital's figures.</summary>
    /// <param name="peerGroup">The peer group it is ranked in.</param>
    /// <param name="current">The figures of the year assessed; its entity names the hospital.</param>
    /// <param name="previous">The figures of the year before, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="peerGroup"/> or <paramref name="current"/> is null.</exception>
    /// <exception cref="ArgumentException">The peer group is blank, or the previous figures are of another entity or catalogue, or not of an earlier period.</exception>
    public CohortFigures(string peerGroup, MetricSet current, MetricSet? previous = null)
    {
        PeerGroup = Preconditions.CheckNotBlank(peerGroup);
        Current = Preconditions.CheckNotNull(current);
        if (previous is not null)
        {
            Preconditions.CheckArgument(previous.Entity == current.Entity, nameof(previous), $"previous is of '{previous.Entity}', current of '{current.Entity}'.");
            Preconditions.CheckArgument(ReferenceEquals(previous.Catalogue, current.Catalogue), nameof(previous), $"previous uses the catalogue '{previous.Catalogue.Id}', current '{current.Catalogue.Id}'.");
            Preconditions.CheckArgument(previous.Period.End < current.Period.Start, nameof(previous), $"previous ({previous.Period}) must end before current ({current.Period}) begins.");
        }

        Previous = previous;
    }

    /// <summary>Gets the hospital: the entity of <see cref="Current"/>.</summary>
    public string Entity => Current.Entity;

    /// <summary>Gets the peer group.</summary>
    public string PeerGroup { get; }

    /// <summary>Gets the figures of the year assessed.</summary>
    public MetricSet Current { get; }

    /// <summary>Gets the figures of the year before, or null.</summary>
    public MetricSet? Previous { get; }

    /// <summary>Evaluates the figures with <paramref name="calculator"/>: the hospital's cohort member.</summary>
    /// <param name="calculator">The calculator of the edition the scheme scores.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calculator"/> is null.</exception>
    /// <exception cref="ArgumentException">The figures use another catalogue than the calculator.</exception>
    public CohortMember Evaluate(IndicatorCalculator calculator)
    {
        Preconditions.CheckNotNull(calculator);
        return new CohortMember(Entity, PeerGroup, calculator.Evaluate(Current, Previous));
    }

    /// <summary>Returns "entity (peer group) period".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Entity} ({PeerGroup}) {Current.Period}";
}
