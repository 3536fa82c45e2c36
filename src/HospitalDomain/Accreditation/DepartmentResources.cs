using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Departments;
using HospitalDomain.Serialization;

namespace HospitalDomain.Accreditation;

/// <summary>A department of the profile: the clinical subjects it covers (a merged 五官科 covers 10, 11 and 12), and its beds and staff where a criterion needs them.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class DepartmentResources
{
    /// <summary>Creates a department.</summary>
    /// <param name="name">The department's name, such as 重症医学科.</param>
    /// <param name="subjects">The clinical subjects it covers; at least one, distinct.</param>
    /// <param name="beds">Its beds, or null.</param>
    /// <param name="physicians">Its physicians, or null.</param>
    /// <param name="nurses">Its nurses, or null.</param>
    /// <param name="therapists">Its therapists, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is blank or the subjects are empty or repeat.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A figure is negative.</exception>
    public DepartmentResources(string name, IEnumerable<ClinicalSubjectCode>? subjects, decimal? beds = null, decimal? physicians = null, decimal? nurses = null, decimal? therapists = null)
    {
        Name = Preconditions.CheckNotBlank(name);
        Subjects = ImmutableArrayEquality.ToImmutableOrEmpty(subjects);
        Beds = beds;
        Physicians = physicians;
        Nurses = nurses;
        Therapists = therapists;
        Preconditions.CheckArgument(!Subjects.IsEmpty, nameof(subjects), $"subjects of {Name} must name at least one clinical subject.");
        Preconditions.CheckNoDuplicates(Subjects, s => s, nameof(subjects), "subject");
        if (Beds is { } vBeds)
        {
            Preconditions.CheckNonNegative(vBeds, nameof(beds));
        }
        if (Physicians is { } vPhysicians)
        {
            Preconditions.CheckNonNegative(vPhysicians, nameof(physicians));
        }
        if (Nurses is { } vNurses)
        {
            Preconditions.CheckNonNegative(vNurses, nameof(nurses));
        }
        if (Therapists is { } vTherapists)
        {
            Preconditions.CheckNonNegative(vTherapists, nameof(therapists));
        }
    }

    /// <summary>Gets the department's name.</summary>
    public string Name { get; }

    /// <summary>Gets the clinical subjects it covers.</summary>
    public ImmutableArray<ClinicalSubjectCode> Subjects { get; }

    /// <summary>Gets its beds, or null when not given.</summary>
    public decimal? Beds { get; }

    /// <summary>Gets its physicians, or null.</summary>
    public decimal? Physicians { get; }

    /// <summary>Gets its nurses, or null.</summary>
    public decimal? Nurses { get; }

    /// <summary>Gets its therapists (治疗师), or null.</summary>
    public decimal? Therapists { get; }

    /// <summary>Returns the name and subjects.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({string.Join(", ", Subjects)})";
}
