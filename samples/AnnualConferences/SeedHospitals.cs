using System.Collections.Immutable;
using HospitalDomain.Organizations;

namespace HospitalDomain.Samples;

/// <summary>
/// The hospitals and groups of the five annual-conference reports the project is built around, with
/// only the facts those reports state: a field a report does not state is left empty.
/// </summary>
internal static class SeedHospitals
{
    /// <summary>
    /// Guangyuan TCM Hospital: the 2023 work conference, held on 31 January 2024. Its report says
    /// it passed its 三甲 re-review (“三甲”医院复评) in 2023, so it is rated 三级甲等.
    /// </summary>
    public static Hospital GuangyuanTcm { get; } = new(
        "广元市中医医院",
        aliases: ["市中医医院"],
        region: "四川省广元市",
        category: HospitalCategory.TraditionalChineseMedicine,
        rating: HospitalRating.TertiaryGradeA,
        ownership: Ownership.Public,
        administrativeTier: AdministrativeTier.Municipal,
        affiliations: [new Affiliation(AffiliationKind.PracticeBase, "成都中医药大学")],
        designations:
        [
            new Designation("国家中医住培基地"),
            new Designation("成都中医药大学专硕基地"),
            new Designation("三星智慧医院", year: 2023),
            new Designation("省级区域医疗中心", status: DesignationStatus.UnderConstruction),
        ]);

    /// <summary>The people's hospital of the Shouyang county medical group.</summary>
    public static Hospital ShouyangPeoples { get; } = new(
        "寿阳县医疗集团人民医院",
        aliases: ["集团人民医院"],
        region: "山西省晋中市寿阳县",
        ownership: Ownership.Public,
        administrativeTier: AdministrativeTier.County,
        designations: [new Designation("全国县级医院五百强")],
        parentGroup: "寿阳县医疗集团");

    /// <summary>The TCM hospital of the Shouyang county medical group.</summary>
    public static Hospital ShouyangTcm { get; } = new(
        "寿阳县医疗集团中医院",
        aliases: ["集团中医院"],
        region: "山西省晋中市寿阳县",
        ownership: Ownership.Public,
        administrativeTier: AdministrativeTier.County,
        designations: [new Designation("全国县级医院五百强")],
        parentGroup: "寿阳县医疗集团");

    /// <summary>The integrated-medicine hospital whose 2023 review was held on 1 February 2024, published on its university's site.</summary>
    public static Hospital IntegratedMedicine { get; } = new(
        "中西医结合医院",
        category: HospitalCategory.IntegratedMedicine,
        ownership: Ownership.Public);

    /// <summary>
    /// Hebei Provincial TCM Hospital: the 2023 medical work conference, held on 30 March 2023. The
    /// report names the hospital's party secretary as a deputy party secretary of 河北中医学院, the
    /// arrangement of a university's affiliated hospital; the affiliation is read from that.
    /// </summary>
    public static Hospital HebeiTcm { get; } = new(
        "河北省中医院",
        region: "河北省",
        category: HospitalCategory.TraditionalChineseMedicine,
        ownership: Ownership.Public,
        administrativeTier: AdministrativeTier.Provincial,
        affiliations: [new Affiliation(AffiliationKind.AffiliatedHospital, "河北中医学院")]);

    /// <summary>Xuzhou Central Hospital: the 2021 review and commendation conference, held on 29 January 2022.</summary>
    public static Hospital XuzhouCentral { get; } = new(
        "徐州市中心医院",
        region: "江苏省徐州市",
        category: HospitalCategory.General,
        ownership: Ownership.Public,
        administrativeTier: AdministrativeTier.Municipal,
        designations:
        [
            new Designation("省级区域医疗中心", year: 2021),
            new Designation("国家区域医疗中心", status: DesignationStatus.UnderConstruction),
        ],
        campuses:
        [
            new Campus("新城分院"),
            new Campus("康复新院", status: CampusStatus.UnderConstruction),
        ]);

    /// <summary>Gets every hospital of the seeds, in seed order.</summary>
    public static ImmutableArray<Hospital> All { get; } =
        [GuangyuanTcm, ShouyangPeoples, ShouyangTcm, IntegratedMedicine, HebeiTcm, XuzhouCentral];

    /// <summary>The Shouyang county medical group: two county hospitals and 24 township health centres.</summary>
    public static MedicalGroup Shouyang { get; } = new(
        "寿阳县医疗集团",
        MedicalGroupKind.CountyMedicalCommunity,
        members:
        [
            new MemberInstitution(ShouyangPeoples.Name, MemberRole.CoreMember),
            new MemberInstitution(ShouyangTcm.Name, MemberRole.CoreMember),
            new MemberInstitution("平头镇中心卫生院", MemberRole.PrimaryCareMember, HospitalCategory.CentralTownshipHealthCentre),
        ],
        statedCounts: [new MemberCount(MemberRole.PrimaryCareMember, 24, "乡镇卫生院")]);

    /// <summary>Gets every medical group of the seeds.</summary>
    public static ImmutableArray<MedicalGroup> Groups { get; } = [Shouyang];
}
