using System.Text.Json.Serialization;
using HospitalDomain.Serialization;

namespace HospitalDomain.Metrics;

/// <summary>What kind of quantity a <see cref="Metric"/> is; it decides which values are valid.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter))]
public enum MetricKind
{
    /// <summary>A count of visits, cases, operations, people, beds or items: a non-negative whole number.</summary>
    Count = 0,

    /// <summary>An amount of money in the metric's unit (元 or 万元); may be negative (a deficit).</summary>
    Money,

    /// <summary>A number of days or bed-days: non-negative, fractions allowed (an average).</summary>
    Days,

    /// <summary>An area in square metres: non-negative.</summary>
    Area,

    /// <summary>A score such as a satisfaction score: non-negative.</summary>
    Score,

    /// <summary>A level of a graded scale such as the EMR application level: a non-negative whole number.</summary>
    Level,

    /// <summary>A duration in the metric's unit (minutes, years): non-negative, fractions allowed.</summary>
    Duration,

    /// <summary>A reported average or other derived figure: non-negative, fractions allowed.</summary>
    Average,
}
