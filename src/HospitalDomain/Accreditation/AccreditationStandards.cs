using System.Collections.Immutable;

namespace HospitalDomain.Accreditation;

/// <summary>The grade-criteria standards shipped with the library, loaded once on first use.</summary>
/// <remarks>
/// Figures the reference material could not confirm are shipped with the status Unconfirmed on their
/// criterion, never as Official. The standards for TCM and integrated-medicine hospitals could not be
/// confirmed at all and are not shipped: load them with <see cref="AccreditationStandard.Load"/>.
/// </remarks>
public static class AccreditationStandards
{
    private static readonly Lazy<AccreditationStandard> Basic1994 = new(() => Load("BasicStandard1994General"));
    private static readonly Lazy<AccreditationStandard> Review2011 = new(() => Load("TertiaryGeneralReview2011"));
    private static readonly Lazy<AccreditationStandard> Review2022 = new(() => Load("TertiaryReview2022Departments"));

    /// <summary>Gets 《医疗机构基本标准（试行）》 (1994) for general hospitals, levels 一级, 二级, 三级 (not cumulative): beds, departments, staffing and areas.</summary>
    public static AccreditationStandard BasicStandard1994General => Basic1994.Value;

    /// <summary>Gets article 1.1.1.1 of the 2011 tertiary general hospital review rules (三级综合医院评审标准实施细则), levels C ⊂ B ⊂ A.</summary>
    public static AccreditationStandard TertiaryGeneralReview2011 => Review2011.Value;

    /// <summary>Gets the departmental thresholds of the 2022 tertiary review (重症医学科, 中医科, 康复医学科) and the departments a tertiary A general hospital must have (精神科, 全科医学科).</summary>
    public static AccreditationStandard TertiaryReview2022Departments => Review2022.Value;

    /// <summary>Gets every shipped standard.</summary>
    public static ImmutableArray<AccreditationStandard> All => [BasicStandard1994General, TertiaryGeneralReview2011, TertiaryReview2022Departments];

    /// <summary>Gets the shipped standard with <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The standard.</returns>
    /// <exception cref="KeyNotFoundException">No shipped standard has the id; the message lists them.</exception>
    public static AccreditationStandard Get(string id) =>
        All.FirstOrDefault(s => s.Id == id)
        ?? throw new KeyNotFoundException($"'{id}' is not a shipped standard; expected one of {string.Join(", ", All.Select(s => s.Id))}.");

    private static AccreditationStandard Load(string name) =>
        JsonContract.ReadEmbedded<AccreditationStandard>($"Accreditation.{name}.json");
}
