using System.Collections.Frozen;
using System.Collections.Immutable;

namespace HospitalDomain.Records;

/// <summary>
/// The national interface field names (病案首页 数据接口) that the reader knows, and the personal
/// fields it never reads.
/// </summary>
/// <remarks>
/// Field names are matched without regard to case. The cost fields are those of the front page's
/// cost section (住院费用, §10.3 of the data standard).
/// </remarks>
public static class FrontPageFields
{
    private static readonly FrozenSet<string> Personal = new[]
    {
        "XM", "SFZH", "CSD", "GG", "JG", "HKDZ", "HKDH", "HKYB", "XZZ", "DH", "YB1", "YB2", "GZDWJDZ", "DWDH", "LXRXM", "LXRDZ", "LXRDH",
        "GX", "JKKH", "CSD_SHENG", "CSD_SHI", "CSD_XIAN", "XZZ_SHENG", "XZZ_SHI", "XZZ_XIAN", "HKDZ_SHENG", "HKDZ_SHI", "HKDZ_XIAN",
        "CSRQ", "ZJLB", "ZJHM", "YBKH", "HZXM", "BRXM", "LXDH", "SJHM", "DZYX",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the organization code field (组织机构代码), the hospital key.</summary>
    public static string HospitalCode => "ZZJGDM";

    /// <summary>Gets the case number field (病案号).</summary>
    public static string CaseNumber => "BAH";

    /// <summary>Gets the admission count field (住院次数).</summary>
    public static string AdmissionNumber => "ZYCS";

    /// <summary>Gets the admission date-time field (入院时间).</summary>
    public static string Admission => "RYSJ";

    /// <summary>Gets the discharge date-time field (出院时间).</summary>
    public static string Discharge => "CYSJ";

    /// <summary>Gets the discharge department field (出院科别, RC023).</summary>
    public static string DischargeDepartment => "CYKB";

    /// <summary>Gets the length-of-stay field (实际住院天数).</summary>
    public static string LengthOfStay => "SJZYTS";

    /// <summary>Gets the discharge method field (离院方式, RC019).</summary>
    public static string DischargeMethod => "LYFS";

    /// <summary>Gets the total cost field (住院总费用).</summary>
    public static string TotalCost => "ZFY";

    /// <summary>
    /// Gets the fields holding personal information (姓名, 身份证号, 出生日期, addresses, telephone
    /// numbers, contact persons, card numbers …): never read, and masked wherever a value of theirs
    /// would be shown.
    /// </summary>
    public static ImmutableArray<string> PersonalFields { get; } = [.. Personal.Order(StringComparer.Ordinal)];

    /// <summary>
    /// Gets the cost fields of the front page (§10.3): the total ZFY, the amount paid by the patient
    /// ZFJE and the items, in the order of the form.
    /// </summary>
    public static ImmutableArray<string> CostFields { get; } =
    [
        "ZFY", "ZFJE", "YLFUF", "ZLCZF", "HLF", "QTFY", "BLZDF", "SYSZDF", "YXXZDF", "LCZDXMF", "FSSZLXMF", "WLZLF", "SSZLF", "MAF", "SSF",
        "KFF", "ZYZLF", "XYF", "KJYWF", "ZCYF", "ZCYF1", "XF", "BDBLZPF", "QDBLZPF", "NXYZLZPF", "XBYZLZPF", "HCYYCLF", "YYCLF", "YCXYYCLF", "QTF",
    ];

    /// <summary>Returns whether <paramref name="field"/> holds personal information (see <see cref="PersonalFields"/>).</summary>
    /// <param name="field">A national field name, in any case.</param>
    /// <returns>True for a personal field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public static bool IsPersonal(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Personal.Contains(field);
    }

    /// <summary>The sub-items (其中) of the cost section and the item each belongs to.</summary>
    internal static ImmutableArray<(string Item, string Parent)> CostSubItems { get; } =
        [("ZFJE", "ZFY"), ("WLZLF", "FSSZLXMF"), ("MAF", "SSZLF"), ("SSF", "SSZLF"), ("KJYWF", "XYF")];
}
