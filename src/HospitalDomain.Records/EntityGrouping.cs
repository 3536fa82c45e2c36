namespace HospitalDomain.Records;

/// <summary>Which entity a metric set of discharge records belongs to.</summary>
public enum EntityGrouping
{
    /// <summary>One set per hospital; the entity is the organization code ZZJGDM.</summary>
    Hospital = 0,

    /// <summary>One set per hospital and discharge department; the entity is <c>ZZJGDM/CYKB</c>.</summary>
    HospitalDepartment,
}
