using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Indicators;

/// <summary>What kind of value a change compares, which decides how its size is stated.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum ChangeValueKind
{
    /// <summary>A quantity such as visits, days or yuan: the absolute change is in the unit, the relative change in per cent (同比增长18.32%).</summary>
    Quantity = 0,

    /// <summary>A percentage or rate: the absolute change is in percentage points (提高1.7个百分点).</summary>
    Percentage,
}
