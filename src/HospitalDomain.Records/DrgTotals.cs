using System.Text.Json.Serialization;
using HospitalDomain.Records.Serialization;

namespace HospitalDomain.Records;

/// <summary>The DRG totals of one entity and period: cases with a group, their total weight (总权重) and the case-mix index (CMI).</summary>
/// <param name="Entity">The entity, as in the metric set.</param>
/// <param name="Period">The reporting period.</param>
/// <param name="Cases">Accepted rows with a DRG group and weight.</param>
/// <param name="TotalWeight">Σ relative weight over those rows.</param>
/// <remarks>
/// The standard catalogue has no metric for total weight or DRG cases, so they are reported beside
/// the metric sets. <see cref="DrgTotals.CaseMixIndex"/> keeps numerator and denominator.
/// </remarks>
[JsonConverter(typeof(RecordsJsonConverter))]
public sealed record DrgTotals(string Entity, ReportingPeriod Period, long Cases, decimal TotalWeight)
{
    /// <summary>Gets the case-mix index: total weight ÷ cases (not computable with no case).</summary>
    public Ratio CaseMixIndex => Ratio.Of(TotalWeight, Cases);
}
