using HospitalDomain.Indicators;
using HospitalDomain.Organizations;

namespace HospitalDomain.Assessments;

/// <summary>
/// Ways of placing hospitals into peer groups (同类医院) before an assessment ranks them: by
/// category and level, by level alone, or by any predicates; and the cohort member of a hospital.
/// </summary>
/// <remarks>
/// A peer group is only a name: the <see cref="AssessmentCalculator"/> ranks every hospital among
/// the members that share its <see cref="CohortMember.PeerGroup"/>. The functions here return those
/// names, so that a commission's grouping rules are written once and applied the same way each year.
/// </remarks>
public static class PeerGroups
{
    /// <summary>The category part of a group name when a hospital's category is not stated.</summary>
    public const string UnknownCategory = "类别不详";

    /// <summary>
    /// The group of hospitals of the same category (WS 218 code and name) and level:
    /// "A210 中医（综合）医院 · 三级"; "类别不详" or "未定级" when the category or rating is not stated.
    /// </summary>
    /// <param name="hospital">The hospital.</param>
    /// <returns>The group name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hospital"/> is null.</exception>
    public static string ByCategoryAndLevel(Hospital hospital)
    {
        Preconditions.CheckNotNull(hospital);
        var category = hospital.Category?.ToString() ?? UnknownCategory;
        return $"{category} · {ByLevel(hospital)}";
    }

    /// <summary>The group of hospitals of the same level: "三级", "二级", "一级" or "未定级" (also when no rating is stated).</summary>
    /// <param name="hospital">The hospital.</param>
    /// <returns>The group name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hospital"/> is null.</exception>
    public static string ByLevel(Hospital hospital) => Preconditions.CheckNotNull(hospital).Rating?.Level switch
    {
        HospitalLevel.Tertiary => "三级",
        HospitalLevel.Secondary => "二级",
        HospitalLevel.Primary => "一级",
        HospitalLevel.Unclassified or null => "未定级",
        _ => throw Preconditions.Unhandled(hospital.Rating?.Level),
    };

    /// <summary>
    /// A grouping by predicates: a hospital belongs to the first group whose predicate it satisfies,
    /// or to <paramref name="otherwise"/> when none does.
    /// </summary>
    /// <param name="groups">The groups in order: a name and a predicate each; names distinct.</param>
    /// <param name="otherwise">The group of the hospitals no predicate takes, or null to reject them.</param>
    /// <returns>A function from a hospital to its group name; it throws <see cref="ArgumentException"/> naming the hospital when no group takes it and there is no <paramref name="otherwise"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> or a predicate is null.</exception>
    /// <exception cref="ArgumentException">A name is blank or repeats, or there are no groups.</exception>
    public static Func<Hospital, string> FirstMatching(IEnumerable<KeyValuePair<string, Func<Hospital, bool>>> groups, string? otherwise = null)
    {
        Preconditions.CheckNotNull(groups);
        var list = groups.Select(g => (Name: Preconditions.CheckNotBlank(g.Key, nameof(groups)), Predicate: Preconditions.CheckNotNull(g.Value, nameof(groups)))).ToArray();
        Preconditions.CheckArgument(list.Length > 0, nameof(groups), "groups must name at least one peer group.");
        Preconditions.CheckNoDuplicates(list, g => g.Name, nameof(groups), "peer group");
        var fallback = string.IsNullOrWhiteSpace(otherwise) ? null : otherwise.Trim();
        return hospital =>
        {
            Preconditions.CheckNotNull(hospital);
            foreach (var (name, predicate) in list)
            {
                if (predicate(hospital))
                {
                    return name;
                }
            }

            return fallback ?? throw new ArgumentException($"{hospital.Name} belongs to none of the peer groups {string.Join(", ", list.Select(g => g.Name))}.", nameof(hospital));
        };
    }

    /// <summary>The cohort member of <paramref name="hospital"/>: its evaluation, under the evaluation's entity, in the group <paramref name="peerGroupOf"/> gives it.</summary>
    /// <param name="hospital">The hospital.</param>
    /// <param name="evaluation">Its indicator evaluation.</param>
    /// <param name="peerGroupOf">The grouping, such as <see cref="ByCategoryAndLevel"/>.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The grouping gives no group.</exception>
    public static CohortMember Member(Hospital hospital, IndicatorEvaluation evaluation, Func<Hospital, string> peerGroupOf)
    {
        Preconditions.CheckNotNull(hospital);
        Preconditions.CheckNotNull(evaluation);
        Preconditions.CheckNotNull(peerGroupOf);
        return new CohortMember(evaluation.Entity, peerGroupOf(hospital), evaluation);
    }
}
