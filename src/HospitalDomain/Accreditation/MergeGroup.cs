using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Departments;
using HospitalDomain.Serialization;

namespace HospitalDomain.Accreditation;

/// <summary>Clinical subjects that one department may cover together under a standard, such as eye, ENT and dental (10, 11, 12) at level 2.</summary>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class MergeGroup
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

    /// <summary>Returns the subjects joined by "+".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join("+", Subjects);
}
