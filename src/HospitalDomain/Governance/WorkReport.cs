using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Commendations;
using HospitalDomain.Departments;
using HospitalDomain.Serialization;

namespace HospitalDomain.Governance;

/// <summary>A year's work report (工作报告): the aspects of work with achievements and figures, the key specialties reported, and the number of aspects as the report counts them (七个方面).</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class WorkReport
{
    /// <summary>Creates a work report.</summary>
    /// <param name="year">The year reported on.</param>
    /// <param name="presentedBy">Who presented it, or null.</param>
    /// <param name="aspects">The aspects, in order.</param>
    /// <param name="statedAspectCount">The number of aspects the report states, or null.</param>
    /// <param name="keySpecialties">Key specialties reported.</param>
    /// <param name="keySpecialtyCounts">Key specialties reported as a count without names.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1949 to 9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="aspects"/>, <paramref name="keySpecialties"/> or <paramref name="keySpecialtyCounts"/> contains null.</exception>
    public WorkReport(int year, Participant? presentedBy = null, IEnumerable<WorkAspect>? aspects = null, int? statedAspectCount = null, IEnumerable<KeySpecialty>? keySpecialties = null, IEnumerable<KeySpecialtyCount>? keySpecialtyCounts = null)
    {
        KeySpecialtyCounts = ImmutableArrayEquality.ToImmutableOrEmpty(keySpecialtyCounts);
        foreach (var item in KeySpecialtyCounts)
        {
            Preconditions.CheckArgument(item is not null, nameof(keySpecialtyCounts), "keySpecialtyCounts must not contain null.");
        }

        Year = year;
        PresentedBy = presentedBy;
        Aspects = ImmutableArrayEquality.ToImmutableOrEmpty(aspects);
        foreach (var item in Aspects)
        {
            Preconditions.CheckArgument(item is not null, nameof(aspects), "aspects must not contain null.");
        }
        StatedAspectCount = statedAspectCount;
        KeySpecialties = ImmutableArrayEquality.ToImmutableOrEmpty(keySpecialties);
        foreach (var item in KeySpecialties)
        {
            Preconditions.CheckArgument(item is not null, nameof(keySpecialties), "keySpecialties must not contain null.");
        }
        Preconditions.CheckRange(year, 1949, 9999);
    }

    /// <summary>Gets the year reported on.</summary>
    public int Year { get; }

    /// <summary>Gets who presented it, or null.</summary>
    public Participant? PresentedBy { get; }

    /// <summary>Gets the aspects, in order.</summary>
    public ImmutableArray<WorkAspect> Aspects { get; }

    /// <summary>Gets the number of aspects the report states (七个方面 → 7), or null.</summary>
    public int? StatedAspectCount { get; }

    /// <summary>Gets the key specialties reported.</summary>
    public ImmutableArray<KeySpecialty> KeySpecialties { get; }

    /// <summary>Gets the key specialties reported as a count without names.</summary>
    public ImmutableArray<KeySpecialtyCount> KeySpecialtyCounts { get; }

    /// <summary>Gets the number of aspects: the stated count, or the aspects listed if more.</summary>
    public int AspectCount => Math.Max(StatedAspectCount ?? 0, Aspects.Length);

    /// <summary>Returns "year: n aspects".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Year}: {AspectCount} aspects";
}
