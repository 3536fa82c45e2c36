using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Departments;
using HospitalDomain.Serialization;

namespace HospitalDomain.Accreditation;

/// <summary>Clinical subjects that one department may cover together under a standard, such as eye, ENT and dental (10, 11, 12) at level 2.</summary>
[JsonConverter(typeof(MergeGroupJsonConverter))]
public sealed class MergeGroup : IEquatable<MergeGroup>
{
    /// <summary>Creates a merge group.</summary>
    /// <param name="subjects">The subjects; at least two, distinct.</param>
    /// <exception cref="ArgumentException">Fewer than two subjects, or a subject repeats.</exception>
    public MergeGroup(IEnumerable<ClinicalSubjectCode>? subjects)
    {
        Subjects = ImmutableArrayEquality.ToImmutableOrEmpty(subjects);
        Preconditions.CheckArgument(Subjects.Length >= 2, nameof(subjects), "subjects of a merge group must name at least two clinical subjects.");
        Preconditions.CheckNoDuplicates(Subjects, s => s, nameof(subjects), "subject");
    }

    /// <summary>Gets the subjects that may share a department.</summary>
    public ImmutableArray<ClinicalSubjectCode> Subjects { get; }

    /// <summary>Compares two values for equality of every property.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(MergeGroup? left, MergeGroup? right) => Equals(left, right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(MergeGroup? left, MergeGroup? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(MergeGroup? other) =>
        other is not null && (ReferenceEquals(this, other) || (ImmutableArrayEquality.SequenceEqual(Subjects, other.Subjects)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MergeGroup);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ImmutableArrayEquality.SequenceHash(Subjects));
        return hash.ToHashCode();
    }

    /// <summary>Returns the subjects joined by "+".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join("+", Subjects);
}
