namespace HospitalDomain.EntityFrameworkCore.Schema;

/// <summary>Orders (entity, period) pairs as the aggregator orders its metric sets: entity ordinal, then period.</summary>
internal sealed class EntityPeriodComparer : IComparer<(string Entity, ReportingPeriod Period)>
{
    public static EntityPeriodComparer Instance { get; } = new();

    public int Compare((string Entity, ReportingPeriod Period) x, (string Entity, ReportingPeriod Period) y)
    {
        var byEntity = string.CompareOrdinal(x.Entity, y.Entity);
        return byEntity != 0 ? byEntity : x.Period.CompareTo(y.Period);
    }
}
