using System.Collections.Immutable;
using System.Text.Json.Serialization;
using HospitalDomain.Departments;
using HospitalDomain.Serialization;

namespace HospitalDomain.Accreditation;

/// <summary>One requirement of a standard at one level: a numeric threshold over the profile, a set of required departments, or an evidence item.</summary>
/// <remarks>
/// Thresholds are inclusive at both ends: a minimum of 1.03 is met by exactly 1.03. Department measures name the department by <see cref="Subject"/>.
/// </remarks>
[JsonConverter(typeof(HospitalDomainJsonConverter)), ValueEquality]
public sealed partial class Criterion
{
    /// <summary>Creates a criterion.</summary>
    /// <param name="id">An id unique in the standard, such as "tertiary-beds".</param>
    /// <param name="level">The level it belongs to, one of the standard's levels.</param>
    /// <param name="kind">What it tests.</param>
    /// <param name="description">The requirement in the standard's words.</param>
    /// <param name="measure">For a threshold: the figure tested.</param>
    /// <param name="subject">For a department measure: the department's clinical subject.</param>
    /// <param name="minimum">For a threshold: the inclusive minimum, or null.</param>
    /// <param name="maximum">For a threshold: the inclusive maximum, or null.</param>
    /// <param name="requiredSubjects">For a departments criterion: the subjects that must each be covered.</param>
    /// <param name="mergeGroups">For a departments criterion: the subjects one department may cover together.</param>
    /// <param name="status">How well established the requirement is.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/>, <paramref name="measure"/> or <paramref name="status"/> is not a defined value, or <paramref name="minimum"/> or <paramref name="maximum"/> is negative (every measure of a profile is non-negative).</exception>
    /// <exception cref="ArgumentException">A text is blank or the fields do not fit the kind.</exception>
    public Criterion(string id, string level, CriterionKind kind, string description, ProfileMeasure? measure = null, ClinicalSubjectCode? subject = null, decimal? minimum = null, decimal? maximum = null, IEnumerable<ClinicalSubjectCode>? requiredSubjects = null, IEnumerable<MergeGroup>? mergeGroups = null, SourceStatus status = SourceStatus.Secondary)
    {
        Id = Preconditions.CheckNotBlank(id);
        Level = Preconditions.CheckNotBlank(level);
        Kind = Preconditions.CheckDefined(kind);
        Description = Preconditions.CheckNotBlank(description);
        Measure = Preconditions.CheckDefined(measure);
        Subject = subject;
        Minimum = minimum;
        Maximum = maximum;
        RequiredSubjects = ImmutableArrayEquality.ToImmutableOrEmpty(requiredSubjects);
        MergeGroups = ImmutableArrayEquality.ToImmutableOrEmpty(mergeGroups);
        foreach (var item in MergeGroups)
        {
            Preconditions.CheckArgument(item is not null, nameof(mergeGroups), "mergeGroups must not contain null.");
        }
        Status = Preconditions.CheckDefined(status);
        if (Minimum is < 0m)
        {
            Preconditions.ThrowOutOfRange(nameof(minimum), $"minimum must be non-negative, was {Minimum.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} (criterion {Id}); every measure of a profile is non-negative.");
        }

        if (Maximum is < 0m)
        {
            Preconditions.ThrowOutOfRange(nameof(maximum), $"maximum must be non-negative, was {Maximum.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} (criterion {Id}); every measure of a profile is non-negative.");
        }

        switch (Kind)
        {
            case CriterionKind.Threshold:
                Preconditions.CheckArgument(Measure is not null, nameof(measure), $"measure is required for the threshold criterion {Id}.");
                Preconditions.CheckArgument(Minimum is not null || Maximum is not null, nameof(minimum), $"a threshold criterion needs a minimum or a maximum ({Id}).");
                Preconditions.CheckArgument(Minimum is null || Maximum is null || Minimum <= Maximum, nameof(maximum), $"maximum must not be below minimum ({Id}).");
                Preconditions.CheckArgument((Subject is not null) == Measure is ProfileMeasure.DepartmentBedShare or ProfileMeasure.DepartmentPhysiciansPerBed or ProfileMeasure.DepartmentNursesPerBed or ProfileMeasure.DepartmentTherapistsPerBed, nameof(subject), $"subject must be given exactly for department measures ({Id}).");
                break;
            case CriterionKind.Departments:
                Preconditions.CheckArgument(!RequiredSubjects.IsEmpty, nameof(requiredSubjects), $"requiredSubjects must name at least one subject ({Id}).");
                break;
        }
    }

    /// <summary>Gets the id, unique in the standard.</summary>
    public string Id { get; }

    /// <summary>Gets the level it belongs to.</summary>
    public string Level { get; }

    /// <summary>Gets what it tests.</summary>
    public CriterionKind Kind { get; }

    /// <summary>Gets the requirement in the standard's words.</summary>
    public string Description { get; }

    /// <summary>Gets the figure a threshold tests, or null.</summary>
    public ProfileMeasure? Measure { get; }

    /// <summary>Gets the department a department measure is about, or null.</summary>
    public ClinicalSubjectCode? Subject { get; }

    /// <summary>Gets the inclusive minimum, or null.</summary>
    public decimal? Minimum { get; }

    /// <summary>Gets the inclusive maximum, or null.</summary>
    public decimal? Maximum { get; }

    /// <summary>Gets the subjects a departments criterion requires.</summary>
    public ImmutableArray<ClinicalSubjectCode> RequiredSubjects { get; }

    /// <summary>Gets the merges a departments criterion allows.</summary>
    public ImmutableArray<MergeGroup> MergeGroups { get; }

    /// <summary>Gets how well established the requirement is.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public SourceStatus Status { get; }

    /// <summary>Returns "level id: description".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Level} {Id}: {Description}";
}
