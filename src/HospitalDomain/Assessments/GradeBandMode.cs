using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Assessments;

/// <summary>How grade bands are defined.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum GradeBandMode
{
    /// <summary>By score: a band's grade goes to totals at or above its minimum score.</summary>
    Threshold = 0,

    /// <summary>By share of the cohort: the first band's grade goes to the best share of hospitals, and so on; hospitals with equal totals get the same grade.</summary>
    Share,
}
