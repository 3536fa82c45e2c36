using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Departments;
using HospitalDomain.Serialization;

namespace HospitalDomain.Accreditation;

/// <summary>A department of the profile: the clinical subjects it covers (a merged 五官科 covers 10, 11 and 12), and its beds and staff where a criterion needs them.</summary>
[JsonConverter(typeof(DepartmentResourcesJsonConverter))]
public sealed class DepartmentResources : IEquatable<DepartmentResources>
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

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(DepartmentResources? left, DepartmentResources? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(DepartmentResources? left, DepartmentResources? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(DepartmentResources? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Name, other.Name, StringComparison.Ordinal)
            && ImmutableArrayEquality.SequenceEqual(Subjects, other.Subjects)
            && Beds == other.Beds
            && Physicians == other.Physicians
            && Nurses == other.Nurses
            && Therapists == other.Therapists));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DepartmentResources);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(ImmutableArrayEquality.SequenceHash(Subjects));
        hash.Add(Beds);
        hash.Add(Physicians);
        hash.Add(Nurses);
        hash.Add(Therapists);
        return hash.ToHashCode();
    }

    /// <summary>Returns the name and subjects.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({string.Join(", ", Subjects)})";
}
