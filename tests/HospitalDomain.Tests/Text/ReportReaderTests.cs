using HospitalDomain.Commendations;
using HospitalDomain.Departments;
using HospitalDomain.Governance;
using HospitalDomain.Text;

namespace HospitalDomain.Tests.Text;

/// <summary>The reader's rules, one sentence each: what is a figure, what is not and why, the number forms, the changes.</summary>
public sealed class ReportReaderTests
{
    public static TheoryData<string, string, NotAFigureReason> NotFigures => new()
    {
        // sentence, the number as the reader reports it, why it is not a figure
        { "2024年1月31日下午，医院召开大会。", "2024年", NotAFigureReason.DateOrTime },
        { "2024年1月31日下午，医院召开大会。", "31日", NotAFigureReason.DateOrTime },
        { "下午1时30分，大会开幕。", "30分", NotAFigureReason.DateOrTime },
        { "医院连续四年获得特等奖。", "四年", NotAFigureReason.DateOrTime },
        { "医务人员24小时轮班值守。", "24小时", NotAFigureReason.DateOrTime },
        { "一是加强党的建设，二是提升医疗质量。", "一", NotAFigureReason.Ordinal },
        { "大内科第一党支部被推荐为标杆党支部。", "一", NotAFigureReason.Ordinal },
        { "\n1、深入学习全会精神。", "1", NotAFigureReason.Ordinal },
        { "医院召开第四届四次职工代表大会。", "四次", NotAFigureReason.Ordinal },
        { "报告从七个方面总结了一年的工作。", "七个", NotAFigureReason.Enumeration },
        { "书记提出三点要求。", "三点", NotAFigureReason.Enumeration },
        { "狠抓九项重点工作。", "九项", NotAFigureReason.Enumeration },
        { "医院顺利通过“三甲”复评。", "三甲", NotAFigureReason.Name },
        { "“十四五”规划开局良好。", "十四", NotAFigureReason.Name },
        { "医院评选十佳医生。", "十佳", NotAFigureReason.Name },
        { "五大中心建设全部通过验收。", "五大", NotAFigureReason.Name },
        { "建立与北京301医院的远程会诊中心。", "301", NotAFigureReason.Name },
        { "严格执行医疗机构工作人员九项准则。", "九项", NotAFigureReason.Name },
        { "会议在三楼会议室召开。", "三楼", NotAFigureReason.Name },
        { "医院印发某医发〔2024〕12号文件。", "12号", NotAFigureReason.DocumentNumber },
        { "全院500多名干部职工出席会议。", "500多名", NotAFigureReason.Attendance },
        { "5名科主任代表作表态发言。", "5名", NotAFigureReason.Attendance },
        { "全市共有医疗机构626个。", "626个", NotAFigureReason.Others },
        { "徐州市中心医院召开大会。帮扶的兴文县人民医院门诊量达5万人次。", "5万人次", NotAFigureReason.Others },
        { "会议表彰了20个先进集体和230名先进个人。", "20个", NotAFigureReason.Commendation },
        { "医院微信服务号居全国第81位。", "81位", NotAFigureReason.Ranking },
        { "组建一支应急医疗队。", "一支", NotAFigureReason.Article },
        { "全年新增3个重点专科。", "3个", NotAFigureReason.KeySpecialtyCount },
    };

    [Theory]
    [MemberData(nameof(NotFigures))]
    public void Read_NotAFigure_IsRejectedWithItsReason(string sentence, string asWritten, NotAFigureReason reason)
    {
        var reading = ReportReader.Read(sentence);

        reading.Figures.Should().BeEmpty();
        reading.Rejected.Should().Contain(r => r.AsWritten == asWritten && r.Reason == reason && sentence.Substring(r.Start, asWritten.Length) == asWritten);
    }

    public static TheoryData<string, string, decimal?, decimal?, ChineseNumberQualifier, string?> Forms => new()
    {
        // sentence, as written, value, upper end, qualifier, unit
        { "全年门急诊量110.37 万人次。", "110.37 万人次", 1_103_700m, null, ChineseNumberQualifier.None, "人次" },
        { "接诊患者约 22315人次。", "约 22315人次", 22_315m, null, ChineseNumberQualifier.About, "人次" },
        { "生殖中心年试管量接近9000个周期。", "接近9000个周期", 9_000m, null, ChineseNumberQualifier.Nearly, "个周期" },
        { "培训医务人员300人以上。", "300人以上", 300m, null, ChineseNumberQualifier.AtLeast, "人" },
        { "义诊服务群众六七百人次。", "六七百人次", 600m, 700m, ChineseNumberQualifier.Range, "人次" },
        { "新增设备三五十台。", "三五十台", 30m, 50m, ChineseNumberQualifier.Range, "台" },
        { "开展义诊服务近千人次。", "近千人次", 1_000m, null, ChineseNumberQualifier.Nearly, "人次" },
        { "开展新技术百余项。", "百余项", 100m, null, ChineseNumberQualifier.MoreThan, "项" },
        { "健康体检十余万人次。", "十余万人次", 100_000m, null, ChineseNumberQualifier.MoreThan, "人次" },
        { "远程会诊上千例。", "上千例", 1_000m, null, ChineseNumberQualifier.AtLeast, "例" },
        { "开展手术数百例。", "数百例", 200m, 900m, ChineseNumberQualifier.Several, "例" },
        { "医院占地120亩。", "120亩", 120m, null, ChineseNumberQualifier.None, "亩" },
        { "发表论文85篇。", "85篇", 85m, null, ChineseNumberQualifier.None, "篇" },
        { "收到锦旗30面。", "30面", 30m, null, ChineseNumberQualifier.None, "面" },
        { "新生儿死亡率1.2‰。", "1.2‰", 1.2m, null, ChineseNumberQualifier.None, "‰" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Read_NumberForm_IsOneFigure(string sentence, string asWritten, decimal? value, decimal? upper, ChineseNumberQualifier qualifier, string? unit)
    {
        var figure = ReportReader.Read(sentence).Figures.Should().ContainSingle().Subject;

        figure.AsWritten.Should().Be(asWritten);
        sentence.Substring(figure.Start, figure.Length).Should().Be(asWritten);
        figure.Figure.Value?.Value.Should().Be(value);
        figure.Figure.Value?.UpperValue.Should().Be(upper);
        figure.Figure.Value?.Qualifier.Should().Be(qualifier);
        figure.Figure.Unit.Should().Be(unit);
    }

    [Fact]
    public void Read_ChangeWithoutValue_IsAFigureWithOnlyTheChange()
    {
        var figure = ReportReader.Read("门诊量同比增长9%。").Figures.Should().ContainSingle().Subject.Figure;

        figure.Label.Should().Be("门诊量");
        figure.Metric.Should().Be("outpatientVisits");
        figure.Value.Should().BeNull();
        figure.Change.Should().Be(new StatedChange(ChangeDirection.Up, 9m, "%", "同比"));
    }

    [Fact]
    public void Read_TimesAndDoubling_AreChangesWithTheirFactor()
    {
        var times = ReportReader.Read("出院病人5.19万人次，比2000年增长1.65倍。").Figures.Single().Figure.Change!;
        var doubling = ReportReader.Read("业务收入五年翻一番。").Figures.Single().Figure.Change!;

        times.Should().Be(new StatedChange(ChangeDirection.Up, 1.65m, "倍", "比2000年"));
        times.Factor.Should().Be(2.65m);
        doubling.Should().Be(new StatedChange(ChangeDirection.Up, 1m, "番"));
        doubling.Factor.Should().Be(2m);
        doubling.ToString().Should().Be("翻一番");
    }

    [Fact]
    public void Read_FromTo_KeepsTheEarlierValueAndDerivesNoAmount()
    {
        var figure = ReportReader.Read("平均住院日由8.2天缩短至7.8天。").Figures.Should().ContainSingle().Subject;

        figure.Figure.Value!.Value.Value.Should().Be(7.8m);
        figure.Figure.Metric.Should().Be("averageLengthOfStay");
        figure.Figure.Change.Should().Be(new StatedChange(ChangeDirection.Down, from: ChineseNumber.Parse("8.2")));
        figure.Changes.Single().AsWritten.Should().Be("由8.2天缩短至");
    }

    [Fact]
    public void Read_PercentagePointsAndTwoChanges_AttachToTheirFigure()
    {
        var figures = ReportReader.Read("四级手术占比42.1%，同比提高1.7个百分点；出院病人40134人次，同比增加2802人次，增长7.51%。").Figures;

        figures.Should().HaveCount(2);
        figures[0].Figure.Change.Should().Be(new StatedChange(ChangeDirection.Up, 1.7m, "个百分点", "同比"));
        figures[1].Changes.Select(c => c.Change.ToString()).Should().Equal("同比增加2802人次", "增长7.51%");
    }

    [Fact]
    public void Read_TargetsAndTiming_AreMarked()
    {
        var reading = ReportReader.Read("2024年力争门急诊量达到300万人次。日均门诊量5000人次。截至年底，医院现有职工1200人。");

        reading.Figures.Select(f => (f.Figure.IsTarget, f.Figure.Timing)).Should().Equal(
            (true, FigureTiming.Unstated), (false, FigureTiming.Daily), (false, FigureTiming.AtDate));
    }

    [Fact]
    public void Read_Commendations_GiveTotalsAndBreakdowns()
    {
        var reading = ReportReader.Read("全院有10个科室和190名个人受到通报表扬。其中156名同志获评医院年度先进工作者，34名同志被推荐卫生健康局先进个人。");

        reading.CollectiveCount.Should().Be(10);
        reading.IndividualCount.Should().Be(190);
        reading.Commendations.Where(c => !c.IsTotal).Select(c => (c.Title, c.Kind, c.Count)).Should().Equal(
            ("医院年度先进工作者", RecipientKind.Individual, 156), ("卫生健康局先进个人", RecipientKind.Individual, 34));
    }

    [Fact]
    public void Read_KeySpecialties_GiveNamesLevelsAndCounts()
    {
        var reading = ReportReader.Read("心病科、肾病科成功申报市级重点中医专科建设单位。泌尿外科、护理学等七大专科通过省级重点专科验收。");

        reading.KeySpecialties.Select(k => (k.Name, k.Count, k.Level, k.Programme)).Should().Equal(
            ("心病科", (int?)null, KeySpecialtyLevel.Municipal, KeySpecialtyProgramme.TcmKeySpecialty),
            ("肾病科", null, KeySpecialtyLevel.Municipal, KeySpecialtyProgramme.TcmKeySpecialty),
            ("泌尿外科", null, KeySpecialtyLevel.Provincial, null),
            (null, 7, KeySpecialtyLevel.Provincial, null));
    }

    [Fact]
    public void Read_HospitalAndYear_AreTheSubjectNotTheMeeting()
    {
        var reading = ReportReader.Read("2024年1月31日，广元市中医医院召开2023年工作总结暨表扬大会。党委书记总结2023年工作，安排部署2024年工作。广元市中医医院全年新立项科研37项。");

        reading.Hospital.Should().Be("广元市中医医院");
        reading.Year.Should().Be(2023);
    }

    [Fact]
    public void Read_Null_Throws()
    {
        FluentActions.Invoking(() => ReportReader.Read(null!)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("text");
        FluentActions.Invoking(() => ReportReader.Read("门诊量5人次。", null!)).Should().ThrowExactly<ArgumentNullException>().And.ParamName.Should().Be("synonyms");
    }

    [Fact]
    public void Read_OwnSynonyms_GiveTheMetric()
    {
        var synonyms = new LabelSynonyms("test", [new LabelSynonym("surgeries", ["开刀量"], ["台"])]);

        ReportReader.Read("开刀量5台。", synonyms).Figures.Single().Figure.Metric.Should().Be("surgeries");
        ReportReader.Read("开刀量5台。").Figures.Single().Figure.Metric.Should().BeNull();
    }

    [Theory]
    [InlineData("日均门诊量5000人次。", FigureTiming.Daily)]
    [InlineData("每日门诊量5000人次。", FigureTiming.Daily)]
    [InlineData("每天门诊量5000人次。", FigureTiming.Daily)]
    [InlineData("单日门诊量5000人次。", FigureTiming.Daily)]
    [InlineData("截至年底，门诊量5000人次。", FigureTiming.AtDate)]
    [InlineData("截止年底，门诊量5000人次。", FigureTiming.AtDate)]
    [InlineData("医院现有职工5000人。", FigureTiming.AtDate)]
    [InlineData("年末门诊量5000人次。", FigureTiming.AtDate)]
    [InlineData("目前门诊量5000人次。", FigureTiming.AtDate)]
    [InlineData("上半年门诊量5000人次。", FigureTiming.Period)]
    [InlineData("下半年门诊量5000人次。", FigureTiming.Period)]
    [InlineData("一季度门诊量5000人次。", FigureTiming.Period)]
    [InlineData("近三年门诊量5000人次。", FigureTiming.Period)]
    [InlineData("近五年门诊量5000人次。", FigureTiming.Period)]
    [InlineData("累计门诊量5000人次。", FigureTiming.Period)]
    [InlineData("建院以来门诊量5000人次。", FigureTiming.Period)]
    [InlineData("全年门诊量5000人次。", FigureTiming.Annual)]
    [InlineData("年度门诊量5000人次。", FigureTiming.Annual)]
    [InlineData("医院年门诊量5000人次。", FigureTiming.Annual)]
    [InlineData("医院年手术量5000台。", FigureTiming.Annual)]
    [InlineData("医院年出院量5000人次。", FigureTiming.Annual)]
    [InlineData("门诊量5000人次。", FigureTiming.Unstated)]
    [InlineData("日均门诊，本月。门诊量5000人次。", FigureTiming.Unstated)]
    public void Read_TimingWords_MarkTheFigure(string text, FigureTiming timing) =>
        ReportReader.Read(text).Figures.Single().Figure.Timing.Should().Be(timing);

    [Theory]
    [InlineData("力争门诊量5000人次。", true)]
    [InlineData("争取门诊量5000人次。", true)]
    [InlineData("目标门诊量5000人次。", true)]
    [InlineData("预计门诊量5000人次。", true)]
    [InlineData("计划门诊量5000人次。", true)]
    [InlineData("确保门诊量5000人次。", true)]
    [InlineData("拟门诊量5000人次。", true)]
    [InlineData("门诊量5000人次，力争更多。", false)]
    [InlineData("门诊量5000人次。", false)]
    public void Read_TargetWordsInTheClause_MarkATarget(string text, bool isTarget) =>
        ReportReader.Read(text).Figures.Single().Figure.IsTarget.Should().Be(isTarget);

    [Fact]
    public void Read_NumberRejectedSilently_IsNeitherFigureNorRejected()
    {
        var reading = ReportReader.Read("编号3，完毕。");

        reading.Figures.Should().BeEmpty();
        reading.Rejected.Should().BeEmpty();
    }

    [Fact]
    public void Read_AbsoluteChange_GoesToTheFigureInItsUnit()
    {
        var figures = ReportReader.Read("出院40134人次，住院日7.8天，同比增加2802人次。").Figures;

        figures.Select(f => f.Changes.Length).Should().Equal(1, 0);
        figures[0].Changes.Single().AsWritten.Should().Be("同比增加2802人次");
        figures[0].Changes.Single().Start.Should().Be(18);
    }

    [Fact]
    public void Read_RelativeChange_GoesToTheLastFigure()
    {
        var figures = ReportReader.Read("出院40134人次，住院日7.8天，同比增长5%。").Figures;

        figures.Select(f => f.Changes.Length).Should().Equal(0, 1);
    }

    [Fact]
    public void Read_LabelBeforeTheChange_MakesItsOwnFigure()
    {
        var figures = ReportReader.Read("门诊量5人次，住院同比增长9%。").Figures;

        figures.Select(f => (f.Figure.Label, f.AsWritten, f.Start)).Should().Equal(("门诊量", "5人次", 3), ("住院", "9%", 13));
        figures[0].Changes.Should().BeEmpty();
    }

    [Fact]
    public void Read_OneWordBeforeTheChange_IsNoLabel() =>
        ReportReader.Read("门诊量5人次，也同比增长9%。").Figures.Should().ContainSingle()
            .Which.Figure.Change.Should().Be(new StatedChange(ChangeDirection.Up, 9m, "%", "同比"));

    [Fact]
    public void Read_ChangeInTheNextSentence_MakesItsOwnFigure() =>
        ReportReader.Read("门诊量5人次。同比增长9%。").Figures.Should().HaveCount(2);

    [Fact]
    public void Read_BasisOpeningTheClause_IsTheChangesBasis()
    {
        var figure = ReportReader.Read("与去年同期比门诊人次增长28.42%。").Figures.Single();

        figure.Figure.Label.Should().Be("门诊人次");
        figure.Figure.Metric.Should().Be("outpatientVisits");
        figure.Figure.Change.Should().Be(new StatedChange(ChangeDirection.Up, 28.42m, "%", "与去年同期比"));
        figure.Changes.Single().Change.Basis.Should().Be("与去年同期比");
    }

    [Fact]
    public void Read_FiguresMadeFromChanges_AreInTextOrder() =>
        ReportReader.Read("门诊同比增长9%，出院5人次，住院持平。").Figures.Select(f => f.Start).Should().Equal(6, 11, 17);

    [Fact]
    public void Read_Flat_AttachesToTheFigureBefore() =>
        ReportReader.Read("出院5人次，同比持平。").Figures.Single().Figure.Change.Should().Be(new StatedChange(ChangeDirection.Flat, basis: "同比"));

    [Fact]
    public void Read_NumberRightAfterARanking_IsNotPartOfIt()
    {
        var reading = ReportReader.Read("居全国第2位100家医院中。");

        reading.Rejected.Select(r => (r.AsWritten, r.Reason, r.Start)).Should().Equal(("2位", NotAFigureReason.Ranking, 4));
        reading.Figures.Select(f => f.AsWritten).Should().Equal("100家");
    }

    [Fact]
    public void Read_Rankings_AreKeptInOrderAndTheirNumbersRejected()
    {
        var reading = ReportReader.Read("医院居全国第81位，进入全国100强。");

        reading.Rankings.Select(r => (r.Position, r.WithinTop)).Should().Equal((81, false), (100, true));
        reading.Rejected.Select(r => (r.AsWritten, r.Reason)).Should().Contain(("81位", NotAFigureReason.Ranking));
    }
}
