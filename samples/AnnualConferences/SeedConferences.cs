using System.Collections.Immutable;
using HospitalDomain.Commendations;
using HospitalDomain.Departments;
using HospitalDomain.Governance;
using NodaTime;

namespace HospitalDomain.Samples;

/// <summary>
/// The five annual-conference reports of the seeds, each built as a <see cref="WorkConference"/> with
/// only what the report states: a date, count or name the report does not give is left empty.
/// </summary>
internal static class SeedConferences
{
    /// <summary>Seed 000: a municipal TCM hospital's 2023 review and commendation conference.</summary>
    public static WorkConference GuangyuanTcm2023 { get; } = new(
        "2023年工作总结暨表扬大会",
        ConferenceKind.AnnualReviewAndCommendation,
        SeedHospitals.GuangyuanTcm.Name,
        date: new LocalDate(2024, 1, 31),
        presider: new Participant("周骥", "党委副书记、院长"),
        speakers: [new Participant("岳先远", "党委书记"), new Participant("杨虎", "广元市卫生健康委党组成员、副主任")],
        officials: [new Participant("杨虎", "广元市卫生健康委党组成员、副主任")],
        agenda: ["总结2023年工作、部署2024年工作", "表扬2023年先进集体和个人", "市卫健委领导讲话"],
        report: new WorkReport(
            2023,
            presentedBy: new Participant("岳先远", "党委书记"),
            aspects:
            [
                new WorkAspect("党的建设", figures:
                [
                    new ReportedFigure("新建党员示范岗", ChineseNumber.Parse("57"), "个"),
                    new ReportedFigure("党员示范病房", ChineseNumber.Parse("100"), "个"),
                    new ReportedFigure("标准化规范化建设全部达标的党支部", ChineseNumber.Parse("18"), "个"),
                ]),
                new WorkAspect("医疗服务"),
                new WorkAspect("科研教学", figures:
                [
                    new ReportedFigure("新立项科研", ChineseNumber.Parse("37"), "项"),
                    new ReportedFigure("在研课题", ChineseNumber.Parse("97"), "项"),
                    new ReportedFigure("发明获实用新型国家专利", ChineseNumber.Parse("13"), "项"),
                    new ReportedFigure("招录规培学员", ChineseNumber.Parse("65"), "名"),
                    new ReportedFigure("在培本科、专硕学员", ChineseNumber.Parse("300余"), "人"),
                    new ReportedFigure("新建制剂中心", ChineseNumber.Parse("3000余"), "平方米"),
                    new ReportedFigure("制剂中心研发、生产剂型", ChineseNumber.Parse("11"), "个"),
                    new ReportedFigure("制剂品种", ChineseNumber.Parse("72"), "个"),
                    new ReportedFigure("进入省医保目录制剂", ChineseNumber.Parse("60"), "种"),
                    new ReportedFigure("纳入全省调配使用的制剂", ChineseNumber.Parse("5"), "种"),
                    new ReportedFigure("新增调剂医疗机构", ChineseNumber.Parse("13"), "家"),
                ]),
                new WorkAspect("项目建设"),
                new WorkAspect("后勤保障"),
                new WorkAspect("党风廉政"),
                new WorkAspect("医院管理"),
            ],
            statedAspectCount: 7,
            keySpecialties:
            [
                new KeySpecialty("针灸科", KeySpecialtyProgramme.TcmKeySpecialty, KeySpecialtyLevel.National),
                new KeySpecialty("骨科", KeySpecialtyProgramme.TcmKeySpecialty, KeySpecialtyLevel.Provincial),
                new KeySpecialty("肛肠科", KeySpecialtyProgramme.TcmKeySpecialty, KeySpecialtyLevel.Provincial),
                new KeySpecialty("老年病科", KeySpecialtyProgramme.TcmKeySpecialty, KeySpecialtyLevel.Provincial),
                new KeySpecialty("老年病科", KeySpecialtyProgramme.ClinicalKeySpecialty, KeySpecialtyLevel.Municipal, year: 2023),
                new KeySpecialty("心病科", KeySpecialtyProgramme.TcmKeySpecialty, KeySpecialtyLevel.Municipal, KeySpecialtyStage.ConstructionUnit, 2023),
                new KeySpecialty("肾病科", KeySpecialtyProgramme.TcmKeySpecialty, KeySpecialtyLevel.Municipal, KeySpecialtyStage.ConstructionUnit, 2023),
                new KeySpecialty("骨科", KeySpecialtyProgramme.PremiumSpecialty, KeySpecialtyLevel.Municipal, year: 2023, programmeName: "广元十大精品专科"),
                new KeySpecialty("康复科", KeySpecialtyProgramme.PremiumSpecialty, KeySpecialtyLevel.Municipal, year: 2023, programmeName: "广元十大精品专科"),
                new KeySpecialty("老年病科", KeySpecialtyProgramme.TcmAdvantageSpecialty, KeySpecialtyLevel.National, KeySpecialtyStage.Shortlisted, 2023),
                new KeySpecialty("脾胃病科", KeySpecialtyProgramme.TcmAdvantageSpecialty, KeySpecialtyLevel.National, KeySpecialtyStage.Shortlisted, 2023),
            ]),
        commendations:
        [
            new CommendationRoll(
                "2023年工作成绩突出集体和个人表扬",
                [
                    new Commendation("工作成绩突出集体", RecipientKind.Collective, forms: [AwardForm.Certificate, AwardForm.Plaque]),
                    new Commendation("优秀中层干部", RecipientKind.Individual, forms: [AwardForm.Certificate]),
                    new Commendation("优秀职工", RecipientKind.Individual, forms: [AwardForm.Certificate]),
                    new Commendation("优秀带教老师", RecipientKind.Individual, forms: [AwardForm.Certificate]),
                    new Commendation("论文获奖", RecipientKind.Individual, forms: [AwardForm.Certificate]),
                ],
                date: new LocalDate(2024, 1, 31),
                issuer: SeedHospitals.GuangyuanTcm.Name),
        ]);

    /// <summary>Seed 001: a county medical group's 2023 work and party conduct conference.</summary>
    public static WorkConference Shouyang2023 { get; } = new(
        "2023年工作会议暨党风廉政建设会议",
        ConferenceKind.PartyConductConference,
        SeedHospitals.Shouyang.Name,
        speakers: [new Participant("赵广明", "集团党委书记、院长")],
        officials: [new Participant("赵宏", "山西省卫健委医政医管局副局长"), new Participant("王庆华", "晋中市卫健委副主任")],
        report: new WorkReport(
            2022,
            presentedBy: new Participant("赵广明", "集团党委书记、院长"),
            aspects:
            [
                new WorkAspect("党的建设"),
                new WorkAspect("高质量发展", ["县级两院双双进入全国县级医院五百强", "24所乡镇卫生院全部建起中医馆"],
                [
                    new ReportedFigure("建起中医馆的乡镇卫生院", ChineseNumber.Parse("24"), "所"),
                    new ReportedFigure("达到省级优质服务基本标准的乡镇卫生院", ChineseNumber.Parse("六"), "所"),
                    new ReportedFigure("建立协作关系的国内、省内医院", ChineseNumber.Parse("十几"), "所"),
                    new ReportedFigure("柔性引进医疗专家", ChineseNumber.Parse("70余"), "名"),
                ]),
                new WorkAspect("疫情防控",
                [
                    "三年疫情防控中全体医务人员全方位投入疫情防控阻击战",
                ],
                [
                    new ReportedFigure("抽调医务人员24小时轮班卡口值守", ChineseNumber.Parse("200余"), "名", timing: FigureTiming.Period),
                    new ReportedFigure("三年共排查车辆", ChineseNumber.Parse("4.3万"), "辆", timing: FigureTiming.Period),
                    new ReportedFigure("排查人员", ChineseNumber.Parse("13.4万余"), "人", timing: FigureTiming.Period),
                    new ReportedFigure("PCR实验室", ChineseNumber.Parse("两"), "所"),
                    new ReportedFigure("固定核酸采集点", ChineseNumber.Parse("38"), "个"),
                    new ReportedFigure("临时核酸采集点", ChineseNumber.Parse("270余"), "个"),
                    new ReportedFigure("流动采集点", ChineseNumber.Parse("11"), "个"),
                    new ReportedFigure("核酸采集队伍（报告写作“近1000余人”）", ChineseNumber.Parse("1000余"), "人"),
                    new ReportedFigure("派出医疗队员", ChineseNumber.Parse("300余"), "名"),
                    new ReportedFigure("驰援兄弟市县", ChineseNumber.Parse("16"), "次"),
                    new ReportedFigure("2022年核酸采转检报", ChineseNumber.Parse("1000多万"), "人次", timing: FigureTiming.Annual),
                    new ReportedFigure("隔离点", ChineseNumber.Parse("19"), "个"),
                    new ReportedFigure("医学观察", ChineseNumber.Parse("2000余"), "人次"),
                    new ReportedFigure("完成疫情防控和医学救治任务的养老院", ChineseNumber.Parse("5"), "个"),
                ]),
            ],
            keySpecialties:
            [
                new KeySpecialty("妇产中心", KeySpecialtyProgramme.ClinicalKeySpecialty),
                new KeySpecialty("胸痛中心", KeySpecialtyProgramme.ClinicalKeySpecialty),
                new KeySpecialty("卒中中心", KeySpecialtyProgramme.ClinicalKeySpecialty),
                new KeySpecialty("口腔中心", KeySpecialtyProgramme.ClinicalKeySpecialty),
                new KeySpecialty("重症医学科", KeySpecialtyProgramme.ClinicalKeySpecialty),
                new KeySpecialty("肺病科", KeySpecialtyProgramme.TcmKeySpecialty, KeySpecialtyLevel.Provincial),
                new KeySpecialty("骨伤科", KeySpecialtyProgramme.TcmKeySpecialty, KeySpecialtyLevel.Provincial),
                new KeySpecialty("脑病科", KeySpecialtyProgramme.TcmKeySpecialty, KeySpecialtyLevel.Provincial),
            ]),
        plan: new WorkPlan(2023, [new TaskGroup("2023年重点工作", [
            "强化党建引领作用，加强党风廉政建设",
            "锚定三级医院建设目标",
            "严格落实医疗核心制度，提升医疗质量安全",
            "加强医疗运行管理，提高医疗服务效率",
            "实施医院职业化管理工程，加强重点学科建设",
            "强化人才队伍建设",
            "加大信息化建设投入",
            "深化县域一体化改革，促进医共体健康发展",
            "关心爱护职工，为职工创造良好的工作生活条件",
        ])], statedTaskCount: 9, targets: [new ReportedFigure("达到清廉医院示范目标的医疗机构", ChineseNumber.Parse("24"), "所", isTarget: true)]),
        agreements:
        [
            new ResponsibilityAgreement(
                "全面从严治党监督责任书",
                AgreementKind.PartyConduct,
                AgreementParties.GroupAndMember,
                ReportingPeriod.Year(2023),
                firstParty: SeedHospitals.Shouyang.Name,
                signatories: ["集团科室负责人代表", "基层卫生院负责人代表"],
                statedSignatoryCount: 8),
        ],
        commendations:
        [
            new CommendationRoll(
                "2022年度先进集体和先进个人表彰决定",
                [
                    new Commendation("先进集体", RecipientKind.Collective, statedCount: 20, forms: [AwardForm.Plaque]),
                    new Commendation("先进个人", RecipientKind.Individual, statedCount: 230, forms: [AwardForm.Certificate]),
                ],
                issuer: SeedHospitals.Shouyang.Name,
                readBy: "弓保平"),
        ]);

    /// <summary>Seed 002: an integrated-medicine hospital's 2023 review and 2024 planning conference.</summary>
    public static WorkConference IntegratedMedicine2023 { get; } = new(
        "2023年度总结暨2024年工作部署大会",
        ConferenceKind.AnnualReviewAndPlanning,
        SeedHospitals.IntegratedMedicine.Name,
        date: new LocalDate(2024, 2, 1),
        venue: "智慧诊疗中心学术会议厅",
        presider: new Participant("陈旭坚", "医院党委书记"),
        speakers: [new Participant("杜庆锋", "院长")],
        report: new WorkReport(2023, presentedBy: new Participant("杜庆锋", "院长"), aspects:
        [
            new WorkAspect("坚持党的全面领导，扎实开展主题教育"),
            new WorkAspect("坚持以绩效考核为抓手，加强中医药内涵建设"),
            new WorkAspect("坚持以问题为导向，狠抓医疗质量和安全"),
            new WorkAspect("坚持以创新为驱动，推进科学研究和教育"),
            new WorkAspect("坚持以人才为根本，着力人才培养和引进"),
            new WorkAspect("以运营管理为重点，全力做好保障和支撑"),
        ], statedAspectCount: 6),
        plan: new WorkPlan(2024, [
            new TaskGroup("加强党的全面领导和党的建设"),
            new TaskGroup("以“大质控”为抓手，提升医疗服务质量与安全"),
            new TaskGroup("以“大学科”为目标，加快科研教学创新与发展"),
            new TaskGroup("以“大运营”为重点，改善运营管理效能"),
            new TaskGroup("以“大安全”为基础，筑牢全方位安全防护网"),
            new TaskGroup("以“绩效考核”为契机，提升中医药内涵"),
        ], statedGroupCount: 6, statedTaskCount: 16),
        commendations:
        [
            new CommendationRoll("关于表彰2023年度宣传先进科室和个人的通报",
                [new Commendation("宣传先进科室", RecipientKind.Collective), new Commendation("宣传先进个人", RecipientKind.Individual)], readBy: "孙晓敏"),
            new CommendationRoll("关于表彰2023年度工会先进集体和优秀工会积极分子的通报",
                [new Commendation("工会先进集体", RecipientKind.Collective), new Commendation("优秀工会积极分子", RecipientKind.Individual)], readBy: "马镇国"),
            new CommendationRoll("关于表彰2023年度先进单位和先进个人的通报",
                [new Commendation("先进单位", RecipientKind.Collective), new Commendation("先进个人", RecipientKind.Individual)], readBy: "皮玲"),
        ]);

    /// <summary>Seed 003: a provincial TCM hospital's 2023 medical work conference.</summary>
    public static WorkConference HebeiTcm2023 { get; } = new(
        "2023年度医疗工作会议",
        ConferenceKind.MedicalWorkConference,
        SeedHospitals.HebeiTcm.Name,
        date: new LocalDate(2023, 3, 30),
        venue: "科研教学楼3层学术报告厅",
        presider: new Participant("支政", "党委副书记"),
        speakers: [new Participant("郭登洲", "党委副书记、院长"), new Participant("孙士江", "河北中医学院党委副书记、医院党委书记")],
        agenda: ["院长作《2023年医疗工作报告》", "先进科主任、护士长代表表态发言", "签订《2023年任期目标责任书》", "党委书记总结讲话"],
        report: new WorkReport(2022, presentedBy: new Participant("郭登洲", "党委副书记、院长"), statedAspectCount: 7),
        plan: new WorkPlan(2023, statedGroupCount: 10),
        agreements:
        [
            new ResponsibilityAgreement(
                "2023年任期目标责任书",
                AgreementKind.TenureTargets,
                AgreementParties.HospitalAndDepartment,
                ReportingPeriod.Year(2023),
                firstParty: SeedHospitals.HebeiTcm.Name,
                signatories: ["全体科主任", "全体护士长"]),
        ]);

    /// <summary>Seed 004: a tertiary general hospital's 2021 review and commendation conference.</summary>
    public static WorkConference XuzhouCentral2021 { get; } = new(
        "2021年度总结表彰大会",
        ConferenceKind.AnnualReviewAndCommendation,
        SeedHospitals.XuzhouCentral.Name,
        date: new LocalDate(2022, 1, 29),
        presider: new Participant("陆仁平", "党委副书记"),
        speakers: [new Participant("王培安", "党委书记"), new Participant("杨晶", "党委副书记、院长")],
        report: new WorkReport(2021, presentedBy: new Participant("杨晶", "党委副书记、院长"), aspects:
        [
            // The report gives 四级手术 only as a share (39.12%); the count it gives with 较上年同期增加 is in 例次,
            // the unit of 总手术量, so the change is the total's. Nothing is derived.
            new WorkAspect("医疗业务", figures:
            [
                new ReportedFigure("门急诊量", ChineseNumber.Parse("260.72万"), "人次", metric: "outpatientEmergencyVisits", timing: FigureTiming.Annual),
                new ReportedFigure("出院患者", ChineseNumber.Parse("15.95万"), "人次", metric: "discharges", timing: FigureTiming.Annual),
                new ReportedFigure("总手术量", ChineseNumber.Parse("9.57万"), "例次", new StatedChange(ChangeDirection.Up, 14_781, "例次", "较上年同期"), "surgeries", FigureTiming.Annual),
                new ReportedFigure("四级手术占比", ChineseNumber.Parse("39.12"), "%", metric: "level4SurgeryShare", timing: FigureTiming.Annual),
                new ReportedFigure("日间手术完成数", ChineseNumber.Parse("3407"), "例次", metric: "daySurgeries"),
                new ReportedFigure("平均住院日", ChineseNumber.Parse("7.8"), "天", new StatedChange(ChangeDirection.Down, 0.5m, "天", "较上年同期"), "averageLengthOfStay"),
            ]),
        ]),
        plan: new WorkPlan(2022, [
            new TaskGroup("党的建设"),
            new TaskGroup("疫情防控"),
            new TaskGroup("重点专科建设"),
            new TaskGroup("人才培养"),
            new TaskGroup("医疗质量"),
            new TaskGroup("医疗服务"),
            new TaskGroup("“智慧医院”建设"),
            new TaskGroup("DRG支付改革"),
            new TaskGroup("医院运营管理"),
            new TaskGroup("基础建设"),
        ], statedGroupCount: 10),
        agreements:
        [
            new ResponsibilityAgreement("2022年度综合目标管理责任书", AgreementKind.ComprehensiveTargets, AgreementParties.HospitalAndDepartment, ReportingPeriod.Year(2022),
                firstParty: SeedHospitals.XuzhouCentral.Name, signatories: ["临床科室负责人代表", "医技科室负责人代表", "职能科室负责人代表"]),
            new ResponsibilityAgreement("2022年度安全生产（消防）综合治理目标管理责任书", AgreementKind.WorkSafety, AgreementParties.HospitalAndDepartment, ReportingPeriod.Year(2022),
                firstParty: SeedHospitals.XuzhouCentral.Name, signatories: ["临床科室负责人代表", "医技科室负责人代表", "职能科室负责人代表"]),
        ],
        commendations:
        [
            new CommendationRoll("2021年度表彰决定",
                [new Commendation("先进集体", RecipientKind.Collective, forms: [AwardForm.Certificate]), new Commendation("先进个人", RecipientKind.Individual, forms: [AwardForm.Certificate])]),
        ]);

    /// <summary>Gets the five conferences in seed order.</summary>
    public static ImmutableArray<WorkConference> All { get; } = [GuangyuanTcm2023, Shouyang2023, IntegratedMedicine2023, HebeiTcm2023, XuzhouCentral2021];
}
